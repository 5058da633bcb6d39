import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulatorServer, type EmulatorServer } from '../../../src/emulators/emulator-server';
import { parseFaultSpec } from '../../../src/emulators/faults';
import { byteplusJobSeed } from '../../../src/providers/byteplus';
import { memoryLedgerStorage } from '../../support/memory-ledger-storage';
import { demoClip, emulatedJobSession, emulatedRequest } from '../../workflows/jobs/emulated-job-session';

/**
 * Seedance on BytePlus through the whole job pipeline (create → poll → download → inspect → place)
 * against the mounted emulators, with the fault specs a user types into the sandbox: a create whose
 * answer is lost is found by listing, never posted twice.
 */
describe('BytePlus jobs end to end against the emulator server', () => {
  let emulator: EmulatorServer;
  beforeAll(async () => {
    emulator = await startEmulatorServer({ port: 0, videoBytes: demoClip });
  });
  afterAll(() => emulator.close());
  beforeEach(() => emulator.faults.clear());

  let counter = 0;
  const newId = () => `byteplus-${process.pid}-${++counter}`;
  const tasksOf = (id: string) => [...emulator.byteplus.tasks.values()].filter((task) => task.create.seed === byteplusJobSeed(id));
  const submit = (runner: Awaited<ReturnType<typeof emulatedJobSession>>['runner'], id: string, prompt?: string) =>
    runner.submit({
      request: emulatedRequest('byteplus', id, prompt),
      providerId: 'byteplus',
      providerName: 'BytePlus',
      projectName: 'Seedance',
      estimatedCostUsd: 1.5,
    });

  it('places the clip with its native audio linked', async () => {
    const { runner } = await emulatedJobSession(emulator, memoryLedgerStorage());
    const id = newId();
    await submit(runner, id);
    const done = await runner.settled(id);
    expect(done).toMatchObject({ phase: 'placed', media: { hasAudio: true } });
    expect(tasksOf(id)).toHaveLength(1);
  });

  it('finds a create whose answer was dropped by listing, through throttled look-ups, and posts it once', async () => {
    emulator.faults.add(...parseFaultSpec('byteplus:create:drop,byteplus:poll:429*2:retry-after=0'));
    const { runner } = await emulatedJobSession(emulator, memoryLedgerStorage());
    const id = newId();
    await submit(runner, id);
    expect(await runner.settled(id)).toMatchObject({ phase: 'placed', media: { hasAudio: true } });
    expect(tasksOf(id)).toHaveLength(1);
  });

  it('keeps a create answered by a gateway 502 unconfirmed, then finds the task by listing', async () => {
    emulator.faults.add(...parseFaultSpec('byteplus:create:gateway@502'));
    const { runner } = await emulatedJobSession(emulator, memoryLedgerStorage());
    const id = newId();
    await submit(runner, id);
    expect(await runner.settled(id)).toMatchObject({ phase: 'placed' });
    expect(tasksOf(id)).toHaveLength(1);
  });

  it('fails a create refused by moderation without a task, and says so', async () => {
    const { runner } = await emulatedJobSession(emulator, memoryLedgerStorage());
    const id = newId();
    await submit(runner, id, 'something refused [moderate]');
    expect(await runner.settled(id)).toMatchObject({ phase: 'failed', problem: { retryable: false } });
    expect(tasksOf(id)).toHaveLength(0);
  });
});
