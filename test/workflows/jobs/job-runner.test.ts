import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KLING_ACCESS_KEY, DEMO_KLING_SECRET_KEY } from '../../../src/emulators/demo-credentials';
import { startEmulatorServer, type EmulatorServer } from '../../../src/emulators/emulator-server';
import { parseFaultSpec } from '../../../src/emulators/faults';
import { createSandboxState, SandboxHost } from '../../../src/hosts/sandbox';
import { inspectMp4 } from '../../../src/media';
import { createKlingProvider } from '../../../src/providers/kling';
import { JobLedger } from '../../../src/workflows/jobs/job-ledger';
import type { JobRecord } from '../../../src/workflows/jobs/job-record';
import { JobRunner } from '../../../src/workflows/jobs/job-runner';
import type { LedgerStorage } from '../../../src/platform/ledger-storage';
import { memoryLedgerStorage } from '../../support/memory-ledger-storage';
import { CONTRACT_SCENARIO } from '../../hosts/nle-host-contract';
import { createMemoryMediaFolder } from '../../support/memory-media-folder';
import { tinyPng } from '../../support/tiny-png';
import { storedLedgerJobs } from './stored-ledger-jobs';

const demoClip = readFileSync(resolve(__dirname, '../../../assets/demo-clip.mp4'));

describe('JobRunner: ledger-backed generations that never lose or duplicate a paid job', () => {
  let emulator: EmulatorServer;
  beforeAll(async () => {
    emulator = await startEmulatorServer({ port: 0, videoBytes: demoClip, kling: { processingPolls: 2 } });
  });
  afterAll(() => emulator.close());

  let counter = 0;
  const request = (prompt = 'a harbour at dawn') => ({
    model: 'kling-v2-6',
    prompt,
    durationSeconds: 5,
    aspectRatio: '16:9' as const,
    audio: true,
    clientJobId: `job-${process.pid}-${++counter}`,
  });
  const tasksFor = (clientJobId: string) => [...emulator.kling.tasks.values()].filter((task) => task.externalTaskId === clientJobId);

  /** One panel session: its runner over a (possibly shared) ledger storage, host and folder. */
  /** A poll wait that only ends when the run is stopped or cancelled: the job sits in "generating". */
  const waitForever = (_ms: number, signal?: AbortSignal) =>
    new Promise<void>((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true }));

  async function session(
    storage: LedgerStorage,
    shared?: { host: SandboxHost; folder: ReturnType<typeof createMemoryMediaFolder> },
    pollDelay?: (ms: number, signal?: AbortSignal) => Promise<void>,
  ) {
    const folder = shared?.folder ?? createMemoryMediaFolder();
    const host =
      shared?.host ??
      new SandboxHost(createSandboxState(CONTRACT_SCENARIO), {
        probeMedia: async (path) => {
          const info = inspectMp4(await folder.readFile(path));
          return { durationSeconds: info.durationSeconds, hasVideo: true, hasAudio: info.audio != null };
        },
      });
    const runner = new JobRunner({
      ledger: await JobLedger.open(storage),
      provider: async () =>
        createKlingProvider({ accessKey: DEMO_KLING_ACCESS_KEY, secretKey: DEMO_KLING_SECRET_KEY, baseUrl: `${emulator.url}/kling` }),
      host,
      mediaFolder: folder,
      poll: { intervalMs: 1000, timeoutMs: 60_000, delay: pollDelay ?? (async () => {}) },
      fileName: (job) => `${job.id}.mp4`,
      binPath: (job) => ['ClipRelay', job.providerName],
    });
    return { runner, host, folder };
  }
  const submit = (runner: JobRunner, prompt?: string) =>
    runner.submit({
      request: request(prompt),
      providerId: 'kling',
      providerName: 'Kling',
      projectName: 'Contract',
      estimatedCostUsd: 0.35,
    });

  it('records the job before the create is sent, then lands it once', async () => {
    const writes: JobRecord[][] = [];
    const storage = memoryLedgerStorage();
    const spy: LedgerStorage = {
      read: storage.read,
      write: async (text) => (writes.push(storedLedgerJobs(text) as JobRecord[]), storage.write(text)),
    };
    const { runner, host } = await session(spy);
    const job = await submit(runner);
    const done = await runner.settled(job.id);
    expect(done).toMatchObject({ phase: 'placed', media: { durationSeconds: 5, hasAudio: true } });
    expect(writes[0]?.[0]).toMatchObject({ phase: 'queued' });
    expect(writes[0]?.[0]?.ref).toBeUndefined();
    expect(writes.map((jobs) => jobs[0]!.phase)).toEqual(
      expect.arrayContaining(['queued', 'creating', 'generating', 'downloading', 'placing', 'placed']),
    );
    expect(tasksFor(job.id)).toHaveLength(1);
    expect(host.state.items.map((item) => item.binPath)).toEqual([['ClipRelay', 'Kling']]);
  });

  it('survives a reload mid-job: the next session resumes polling and places the clip exactly once', async () => {
    const storage = memoryLedgerStorage();
    const first = await session(storage, undefined, waitForever);
    const job = await submit(first.runner);
    await expect.poll(() => first.runner.ledger.get(job.id)?.phase).toBe('generating');
    await first.runner.stop(); // the panel reloads
    expect((storedLedgerJobs(storage.text!)[0] as JobRecord).phase).toBe('generating');

    const second = await session(storage, { host: first.host, folder: first.folder });
    second.runner.resumeAll();
    expect(await second.runner.settled(job.id)).toMatchObject({ phase: 'placed' });
    expect(tasksFor(job.id)).toHaveLength(1);
    const placed = second.host.state.videoTracks.flatMap((track) => track.clips).filter((clip) => clip.mediaPath.includes(job.id));
    expect(placed).toHaveLength(1);
  });

  it('never places twice when the placement landed but its ledger write did not', async () => {
    const storage = memoryLedgerStorage();
    const first = await session(storage);
    const job = await submit(first.runner);
    const placedJob = await first.runner.settled(job.id);
    // Rewind the ledger to "placing", as if the panel died right after the edit.
    if (placedJob?.phase !== 'placed') throw new Error('expected a placed job');
    await first.runner.ledger.put({ ...placedJob, phase: 'placing', placement: undefined });
    const second = await session(storage, { host: first.host, folder: first.folder });
    second.runner.resumeAll();
    expect(await second.runner.settled(job.id)).toMatchObject({ phase: 'placed' });
    expect(second.host.state.videoTracks.flatMap((track) => track.clips).filter((clip) => clip.mediaPath.includes(job.id))).toHaveLength(1);
    expect(second.host.undoLabels.filter((label) => label.startsWith('ClipRelay: place'))).toHaveLength(1);
  });

  it('reconciles a create whose answer was lost instead of posting it again', async () => {
    const { runner } = await session(memoryLedgerStorage());
    emulator.faults.add(...parseFaultSpec('kling:create:drop'));
    const job = await submit(runner);
    expect(await runner.settled(job.id)).toMatchObject({ phase: 'placed' });
    expect(tasksFor(job.id)).toHaveLength(1);
  });

  it('treats a job left in "creating" as unconfirmed: proven absent means failed, and only a retry creates it', async () => {
    const storage = memoryLedgerStorage();
    const { runner } = await session(storage);
    const job = await runner.ledger.put({
      id: `job-${process.pid}-never-sent`,
      providerId: 'kling',
      providerName: 'Kling',
      request: { ...request(), clientJobId: `job-${process.pid}-never-sent` },
      projectName: 'Contract',
      createdAtMs: 1,
      updatedAtMs: 1,
      createSentAtMs: 1,
      phase: 'creating',
      estimatedCostUsd: 0.35,
      warnings: [],
      downloadAttempts: 0,
    });
    runner.resumeAll();
    const reconciled = await runner.settled(job.id);
    expect(reconciled).toMatchObject({
      phase: 'failed',
      problem: { retryable: true, message: expect.stringContaining('nothing was charged') },
    });
    expect(tasksFor(job.id)).toHaveLength(0);
    await runner.retry(job.id);
    expect(await runner.settled(job.id)).toMatchObject({ phase: 'placed' });
    expect(tasksFor(job.id)).toHaveLength(1);
  });

  it('sends a reference image from memory, storing only its name in the ledger', async () => {
    const storage = memoryLedgerStorage();
    const { runner } = await session(storage);
    const bytes = tinyPng(64);
    const job = await runner.submit({
      request: { ...request('the photo comes alive'), referenceImage: { bytes, mimeType: 'image/png', fileName: 'harbour.png' } },
      providerId: 'kling',
      providerName: 'Kling',
      projectName: 'Contract',
      estimatedCostUsd: 0.35,
    });
    expect(job).toMatchObject({ referenceImageName: 'harbour.png' });
    expect(job.request.referenceImage).toBeUndefined();
    expect(await runner.settled(job.id)).toMatchObject({ phase: 'placed' });
    expect(tasksFor(job.id).map((task) => task.endpoint)).toEqual(['image2video']);
    expect(storage.text).not.toContain(Buffer.from(bytes).toString('base64'));
    expect(storage.text).not.toContain('"bytes"');
  });

  it('fails a resumed queued job whose reference image was lost, without sending the prompt alone', async () => {
    const storage = memoryLedgerStorage();
    const { runner } = await session(storage);
    const id = `job-${process.pid}-lost-image`;
    await runner.ledger.put({
      id,
      providerId: 'kling',
      providerName: 'Kling',
      request: { ...request(), clientJobId: id },
      referenceImageName: 'harbour.png',
      projectName: 'Contract',
      createdAtMs: 1,
      updatedAtMs: 1,
      phase: 'queued',
      estimatedCostUsd: 0.35,
      warnings: [],
      downloadAttempts: 0,
    });
    runner.resumeAll();
    expect(await runner.settled(id)).toMatchObject({
      phase: 'failed',
      problem: { retryable: false, message: expect.stringContaining('Choose the image again') },
    });
    expect(tasksFor(id)).toHaveLength(0);
  });

  it('reports moderation with the provider reason', async () => {
    const { runner } = await session(memoryLedgerStorage());
    const job = await submit(runner, 'something [moderate]');
    expect(await runner.settled(job.id)).toMatchObject({
      phase: 'failed',
      problem: { moderated: true, retryable: false, message: expect.stringContaining('risk control') },
    });
  });

  it('keeps the job when the download keeps failing, and a retry finishes it', async () => {
    const { runner } = await session(memoryLedgerStorage());
    emulator.faults.add(...parseFaultSpec('kling:download:drop@1000*4'));
    const job = await submit(runner);
    const stuck = await runner.settled(job.id);
    expect(stuck).toMatchObject({ phase: 'downloading', downloadAttempts: 1, problem: { retryable: true } });
    expect(stuck?.ref).toBeDefined();
    await runner.retry(job.id);
    expect(await runner.settled(job.id)).toMatchObject({ phase: 'placed', downloadAttempts: 2 });
    expect(tasksFor(job.id)).toHaveLength(1);
  });

  it('fails clearly when every result link expired before download', async () => {
    const storage = memoryLedgerStorage();
    const { runner } = await session(storage);
    const job = await submit(runner);
    const placed = await runner.settled(job.id);
    if (placed?.phase !== 'placed') throw new Error('expected a placed job');
    expect(placed.assets).toBeUndefined(); // signed result URLs are not kept after the download
    await runner.ledger.put({ ...placed, phase: 'downloading', assets: [{ url: `${emulator.url}/kling/gone.mp4`, expiresAtMs: 1 }] });
    runner.resumeAll();
    expect(await runner.settled(job.id)).toMatchObject({ phase: 'failed', problem: { message: expect.stringContaining('expired') } });
  });

  it('cancels a running job and nothing brings it back', async () => {
    const { runner } = await session(memoryLedgerStorage(), undefined, waitForever);
    const job = await submit(runner);
    await expect.poll(() => runner.ledger.get(job.id)?.phase).toBe('generating');
    await runner.cancel(job.id);
    expect(await runner.settled(job.id)).toMatchObject({ phase: 'cancelled' });
  });
});
