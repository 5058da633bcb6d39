import type { FolderItem } from '@adobe/premierepro';
import { describe, expect, it } from 'vitest';
import { HostOperationError } from '../../../src/hosts/spec';
import { PartialTransactionError, runTransaction } from '../../../src/hosts/premiere/run-transaction';
import { createFakePremiere } from '../../support/fake-premierepro';
import { scenario } from './premiere-fixtures';

const MAKE_BINS = { kind: 'importMedia', name: 'Make bins' } as const;

async function setup() {
  const fake = createFakePremiere(scenario);
  const root: FolderItem = await fake.project.getRootItem();
  const binNames = () =>
    fake
      .snapshot()
      .items.filter((item) => item.kind === 'bin' && item.parentId === 'root')
      .map((item) => item.name);
  return { fake, root, binNames };
}

describe('runTransaction', () => {
  it('commits every action as one undo entry named by the label', async () => {
    const { fake, root, binNames } = await setup();
    runTransaction(fake.project, MAKE_BINS, [() => root.createBinAction('A', false), () => root.createBinAction('B', false)]);
    expect(binNames()).toEqual(['A', 'B']);
    expect(fake.undoLabels).toEqual(['Make bins']);
    fake.undo();
    expect(binNames()).toEqual([]);
  });

  it('never throws inside the transaction: a refused action after others reports the partial commit and how to undo it', async () => {
    const { fake, root, binNames } = await setup();
    fake.refuseAction(2);
    const run = () =>
      runTransaction(fake.project, MAKE_BINS, [() => root.createBinAction('A', false), () => root.createBinAction('B', false)]);
    let caught: unknown;
    try {
      run();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PartialTransactionError);
    expect((caught as PartialTransactionError).refusedStep).toBe(2);
    expect((caught as Error).message).toMatch(/refused edit 2 of 2.*Edit › Undo "Make bins" reverts them/);
    // Bin A was added before B was refused: it is committed as one undo step, and undo removes it.
    expect(binNames()).toEqual(['A']);
    expect(fake.undoLabels).toEqual(['Make bins']);
    fake.undo();
    expect(binNames()).toEqual([]);
  });

  it('changes nothing when Premiere refuses the first action', async () => {
    const { fake, root, binNames } = await setup();
    fake.refuseAction(1);
    expect(() =>
      runTransaction(fake.project, MAKE_BINS, [() => root.createBinAction('A', false), () => root.createBinAction('B', false)]),
    ).toThrow(/Make bins failed: Premiere refused edit 1 of 2; nothing was changed/);
    expect(binNames()).toEqual([]);
    expect(fake.undoLabels).toEqual([]);
  });

  it('wraps a throwing factory with its cause and commits none of the earlier actions', async () => {
    const { fake, root, binNames } = await setup();
    const boom = new TypeError('Illegal Parameter type');
    let caught: unknown;
    try {
      runTransaction(fake.project, MAKE_BINS, [
        () => root.createBinAction('A', false),
        () => {
          throw boom;
        },
      ]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(HostOperationError);
    expect((caught as HostOperationError).message).toContain(
      'edit 2 of 2 could not be prepared (Illegal Parameter type); nothing was changed',
    );
    expect((caught as HostOperationError).cause).toBe(boom);
    expect(binNames()).toEqual([]);
    expect(fake.undoLabels).toEqual([]);
  });

  it('creates the actions inside the lock (the fake throws for any created outside)', async () => {
    const { fake, root } = await setup();
    expect(() => root.createBinAction('Outside', false)).toThrow(/lockedAccess/);
    runTransaction(fake.project, { kind: 'importMedia', name: 'Inside' }, [() => root.createBinAction('Inside', false)]);
    expect(fake.undoLabels).toEqual(['Inside']);
  });

  it('adds no undo entry for an empty list', async () => {
    const { fake } = await setup();
    runTransaction(fake.project, { kind: 'importMedia', name: 'Nothing' }, []);
    expect(fake.undoLabels).toEqual([]);
  });
});
