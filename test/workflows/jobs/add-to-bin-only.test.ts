import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulatorServer, type EmulatorServer } from '../../../src/emulators/emulator-server';
import { memoryLedgerStorage } from '../../support/memory-ledger-storage';
import { demoClip, emulatedJobSession, emulatedRequest } from './emulated-job-session';

/** "Add to bin only": the job runner's place step imports the clip and leaves the timeline alone. */
describe('a clip added to the bin only', () => {
  let emulator: EmulatorServer;
  beforeAll(async () => {
    emulator = await startEmulatorServer({ port: 0, videoBytes: demoClip });
  });
  afterAll(() => emulator.close());

  const run = async (binOnly: boolean, id: string) => {
    const session = await emulatedJobSession(emulator, memoryLedgerStorage(), { runner: { placement: () => ({ binOnly }) } });
    const clipsBefore = [...session.host.state.videoTracks, ...session.host.state.audioTracks].flatMap((track) => track.clips).length;
    await session.runner.submit({
      request: emulatedRequest('kling', id),
      providerId: 'kling',
      providerName: 'Kling',
      projectName: 'Bin only',
      estimatedCostUsd: 1,
    });
    const job = (await session.runner.settled(id))!;
    const clipsAfter = [...session.host.state.videoTracks, ...session.host.state.audioTracks].flatMap((track) => track.clips).length;
    return { job, host: session.host, addedClips: clipsAfter - clipsBefore };
  };

  it('is imported into its bin with its provenance, saved, and nothing lands on the timeline', async () => {
    const { job, host, addedClips } = await run(true, `bin-only-${process.pid}`);
    expect(job.phase).toBe('saved');
    expect(job.placement).toBeUndefined();
    expect(addedClips).toBe(0);
    const item = host.state.items.find((candidate) => candidate.id === job.binItemId);
    expect(item?.binPath).toEqual(['ClipRelay', 'Kling']);
    expect(item?.provenance?.prompt).toBe('a harbour at dawn');
    expect(host.undoLabels).toEqual(['Import', 'ClipRelay: record clip provenance']);
  });

  it('a placed job keeps its project item too, for Reveal in bin', async () => {
    const { job, host, addedClips } = await run(false, `placed-${process.pid}`);
    expect(job.phase).toBe('placed');
    expect(addedClips).toBe(2);
    expect(host.state.items.map((item) => item.id)).toEqual([job.binItemId]);
  });
});
