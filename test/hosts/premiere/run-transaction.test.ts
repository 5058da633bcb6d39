import type { FolderItem } from '@adobe/premierepro';
import { describe, expect, it } from 'vitest';
import { HostOperationError } from '../../../src/hosts/spec';
import { runTransaction } from '../../../src/hosts/premiere/run-transaction';
import { createFakePremiere } from '../../support/fake-premierepro';
import { scenario } from './premiere-fixtures';

async function setup() {
  const fake = createFakePremiere(scenario);
  const root: FolderItem = await fake.project.getRootItem();
  const binNames = () => fake.snapshot().items.filter((item) => item.kind === 'bin' && item.parentId === 'root').map((item) => item.name);
  return { fake, root, binNames };
}

describe('runTransaction', () => {
  it('commits every action as one undo entry named by the label', async () => {
    const { fake, root, binNames } = await setup();
    runTransaction(fake.project, 'Make bins', [() => root.createBinAction('A', false), () => root.createBinAction('B', false)]);
    expect(binNames()).toEqual(['A', 'B']);
    expect(fake.undoLabels).toEqual(['Make bins']);
    fake.undo();
    expect(binNames()).toEqual([]);
  });

  it('aborts the whole transaction when Premiere refuses an action, naming the step', async () => {
    const { fake, root, binNames } = await setup();
    fake.refuseAction(2);
    const run = () => runTransaction(fake.project, 'Make bins', [() => root.createBinAction('A', false), () => root.createBinAction('B', false)]);
    expect(run).toThrow(HostOperationError);
    // Bin A was added before B was refused: it must not survive.
    expect(binNames()).toEqual([]);
    expect(fake.undoLabels).toEqual([]);
    fake.refuseAction(1);
    expect(run).toThrow(/Make bins failed: edit 1 of 2 failed \(Premiere refused it\)/);
  });

  it('wraps a throwing factory with its cause and commits none of the earlier actions', async () => {
    const { fake, root, binNames } = await setup();
    const boom = new TypeError('Illegal Parameter type');
    let caught: unknown;
    try {
      runTransaction(fake.project, 'Make bins', [
        () => root.createBinAction('A', false),
        () => {
          throw boom;
        },
      ]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(HostOperationError);
    expect((caught as HostOperationError).message).toContain('edit 2 of 2 failed (Illegal Parameter type)');
    expect((caught as HostOperationError).cause).toBe(boom);
    expect(binNames()).toEqual([]);
    expect(fake.undoLabels).toEqual([]);
  });

  it('creates the actions inside the lock (the fake throws for any created outside)', async () => {
    const { fake, root } = await setup();
    expect(() => root.createBinAction('Outside', false)).toThrow(/lockedAccess/);
    runTransaction(fake.project, 'Inside', [() => root.createBinAction('Inside', false)]);
    expect(fake.undoLabels).toEqual(['Inside']);
  });

  it('adds no undo entry for an empty list', async () => {
    const { fake } = await setup();
    runTransaction(fake.project, 'Nothing', []);
    expect(fake.undoLabels).toEqual([]);
  });
});
