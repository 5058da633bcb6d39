import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulatorServer, type EmulatorServer } from '../../../src/emulators/emulator-server';
import { parseFaultSpec } from '../../../src/emulators/faults';
import { memoryLedgerStorage } from '../../support/memory-ledger-storage';
import { demoClip, emulatedJobSession, emulatedRequest, resendingPostFetch } from './emulated-job-session';

/**
 * Issue 11's concrete failures, each reproduced against the emulators: a paid job never ends
 * "failed" while the provider may hold it, and an ambiguous create is never posted again.
 */
describe('job lifecycle under combined faults', () => {
  let emulator: EmulatorServer;
  beforeAll(async () => {
    emulator = await startEmulatorServer({ port: 0, videoBytes: demoClip, kling: { processingPolls: 1 } });
  });
  afterAll(() => emulator.close());
  beforeEach(() => emulator.faults.clear());

  let counter = 0;
  const newId = () => `life-${process.pid}-${++counter}`;
  const klingTasks = (id: string) => [...emulator.kling.tasks.values()].filter((task) => task.externalTaskId === id);
  const submit = (runner: Awaited<ReturnType<typeof emulatedJobSession>>['runner'], providerId: string, id: string, prompt?: string) =>
    runner.submit({
      request: emulatedRequest(providerId, id, prompt),
      providerId,
      providerName: providerId,
      projectName: 'Faults',
      estimatedCostUsd: 0.5,
    });

  it("adopts the job when the README's two fault examples meet: a dropped create re-sent by the browser, then throttled look-ups", async () => {
    emulator.faults.add(...parseFaultSpec('kling:create:drop,kling:poll:429*3:retry-after=2'));
    // The HTTP client waits out each Retry-After itself (2 s, twice); before the fix the lost
    // look-up turned Kling's duplicate-id refusal into a failed job.
    const { runner } = await emulatedJobSession(emulator, memoryLedgerStorage(), { fetch: resendingPostFetch() });
    const id = newId();
    await submit(runner, 'kling', id);
    const done = await runner.settled(id);
    // Before: "Failed · Kling rejected the request: external_task_id … already exists".
    expect(done).toMatchObject({ phase: 'placed' });
    expect(klingTasks(id)).toHaveLength(1);
  });

  it('keeps a create answered by a gateway 502 unconfirmed and finds the job by our id instead of failing it', async () => {
    emulator.faults.add(...parseFaultSpec('kling:create:gateway@502'));
    const { runner } = await emulatedJobSession(emulator, memoryLedgerStorage());
    const id = newId();
    await submit(runner, 'kling', id);
    expect(await runner.settled(id)).toMatchObject({ phase: 'placed', createAnswer: expect.stringContaining('502') });
    expect(klingTasks(id)).toHaveLength(1);
  });

  it('keeps a job unconfirmed and resumable while every look-up is throttled, and never posts it again', async () => {
    emulator.faults.add(...parseFaultSpec('kling:create:drop,kling:poll:429*inf:retry-after=0'));
    const storage = memoryLedgerStorage();
    const { runner } = await emulatedJobSession(emulator, storage, {
      runner: { poll: { intervalMs: 1000, timeoutMs: 10_000, delay: async () => {} } },
    });
    const id = newId();
    await submit(runner, 'kling', id);
    const stuck = await runner.settled(id);
    expect(stuck).toMatchObject({ phase: 'unconfirmed', problem: { retryable: true, message: expect.stringMatching(/never sent again/) } });
    await runner.retry(id);
    expect((await runner.settled(id))?.phase).toBe('unconfirmed');
    emulator.faults.clear();
    await runner.retry(id);
    expect(await runner.settled(id)).toMatchObject({ phase: 'placed' });
    expect(klingTasks(id)).toHaveLength(1);
  });

  it('waits the grace period before taking "not found" as absence', async () => {
    let nowMs = 1_000_000;
    const delays: number[] = [];
    const { runner } = await emulatedJobSession(emulator, memoryLedgerStorage(), {
      now: () => nowMs,
      runner: {
        reconcileGraceMs: 30_000,
        poll: { intervalMs: 1000, timeoutMs: 600_000, delay: async (ms) => void ((nowMs += ms), delays.push(ms)) },
      },
    });
    const id = newId();
    // A create that never reached Kling: the look-up finds nothing, however long we wait.
    await runner.ledger.put({ ...baseJob(id), phase: 'unconfirmed', createSentAtMs: nowMs });
    runner.resumeAll();
    const done = await runner.settled(id);
    expect(done).toMatchObject({ phase: 'failed', providerHold: 'none', problem: { retryable: true } });
    expect(delays.reduce((sum, ms) => sum + ms, 0)).toBeGreaterThanOrEqual(30_000);
    expect(klingTasks(id)).toHaveLength(0);
  });

  it('for a provider that cannot be asked by our id, shows the facts and lets only the user send it again', async () => {
    emulator.faults.add(...parseFaultSpec('runway:create:gateway@504'));
    const { runner } = await emulatedJobSession(emulator, memoryLedgerStorage());
    const id = newId();
    await submit(runner, 'runway', id);
    const stuck = await runner.settled(id);
    expect(stuck).toMatchObject({ phase: 'unconfirmed', problem: { retryable: false } });
    expect(stuck?.problem?.message).toMatch(/sent at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/);
    expect(stuck?.problem?.message).toMatch(/504/);
    expect(stuck?.problem?.message).toMatch(/\$0\.50; if the first one did arrive, both are billed/);
    const tasksBefore = emulator.runway.tasks.size;
    await runner.retry(id); // Retry is not a re-post
    expect((await runner.settled(id))?.phase).toBe('unconfirmed');
    expect(emulator.runway.tasks.size).toBe(tasksBefore);
    await runner.recreate(id); // the user's explicit decision
    expect(await runner.settled(id)).toMatchObject({
      phase: 'placed',
      warnings: expect.arrayContaining([expect.stringMatching(/may also have been created and billed/)]),
    });
  });

  it("refuses a prompt over Kling's limit locally, in the user's words, as never sent", async () => {
    const { runner } = await emulatedJobSession(emulator, memoryLedgerStorage());
    const id = newId();
    await submit(runner, 'kling', id, 'a'.repeat(2_600));
    const done = await runner.settled(id);
    expect(done).toMatchObject({ phase: 'failed', providerHold: 'none', problem: { retryable: false } });
    expect(done?.problem?.message).toBe(
      'Prompt is 2,600 characters; Kling accepts up to 2,500 (field: prompt). Nothing was sent, so nothing was charged; change the request and generate again.',
    );
    expect(klingTasks(id)).toHaveLength(0);
  });

  it('keeps polling through throttled and malformed status answers instead of giving up on a paid job', async () => {
    emulator.faults.add(...parseFaultSpec('kling:poll:malformed*2,kling:poll:503*2'));
    const { runner } = await emulatedJobSession(emulator, memoryLedgerStorage());
    const id = newId();
    await submit(runner, 'kling', id);
    expect(await runner.settled(id)).toMatchObject({ phase: 'placed' });
  });

  const baseJob = (id: string) => ({
    id,
    providerId: 'kling',
    providerName: 'Kling',
    request: emulatedRequest('kling', id),
    projectName: 'Faults',
    createdAtMs: 1,
    updatedAtMs: 1,
    estimatedCostUsd: 0.5,
    warnings: [],
    downloadAttempts: 0,
  });

  it('reads the job status again for a fresh link when the file host refuses the stored one (an expired signed URL), once a run', async () => {
    // The first link is refused (403: expired), the one the next status read signs works.
    emulator.faults.add(...parseFaultSpec('kling:download:403'));
    const storage = memoryLedgerStorage();
    const { runner } = await emulatedJobSession(emulator, storage);
    const id = newId();
    await submit(runner, 'kling', id);
    expect(await runner.settled(id)).toMatchObject({ phase: 'placed', downloadAttempts: 2 });
    expect(klingTasks(id)).toHaveLength(1);

    // A host that refuses every link: one fresh read, then the job waits with the host's words, kept for a later run.
    emulator.faults.clear();
    emulator.faults.add(...parseFaultSpec('kling:download:410*inf'));
    const second = newId();
    await submit(runner, 'kling', second);
    const stopped = await runner.settled(second);
    expect(stopped).toMatchObject({
      phase: 'downloading',
      downloadAttempts: 2,
      problem: { message: expect.stringMatching(/expired|gone|fresh link|410/i) },
    });
    expect(stopped?.assets?.length).toBeGreaterThan(0);
    // The next run (a reload, `cliprelay resume`) reads the status again too, and lands it once the host serves the file.
    emulator.faults.clear();
    const { runner: later } = await emulatedJobSession(emulator, storage);
    later.resumeAll();
    expect(await later.settled(second)).toMatchObject({ phase: 'placed' });
    expect(klingTasks(second)).toHaveLength(1);
  });
});
