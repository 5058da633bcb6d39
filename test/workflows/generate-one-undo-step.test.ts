import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulatorServer, type EmulatorServer } from '../../src/emulators/emulator-server';
import { demoClip, emulatedJobSession, emulatedRequest } from './jobs/emulated-job-session';
import { memoryLedgerStorage } from '../support/memory-ledger-storage';

/**
 * Issue 13: after a Generate, one Undo must take the clip back with its provenance. The import into the
 * bin is the host's own undo step (Premiere records it whatever we do); everything ClipRelay does after it
 * is one step.
 */
describe('a Generate is one undo step after the import', () => {
  let emulator: EmulatorServer;
  beforeAll(async () => {
    emulator = await startEmulatorServer({ port: 0, videoBytes: demoClip, kling: { processingPolls: 1 } });
  });
  afterAll(() => emulator.close());

  it('places the clip and records its provenance under one label; one Undo removes both', async () => {
    const { runner, host } = await emulatedJobSession(emulator, memoryLedgerStorage());
    const labelsBefore = host.undoLabels.length;
    const job = await runner.submit({
      request: emulatedRequest('kling', `undo-${process.pid}`),
      providerId: 'kling',
      providerName: 'Kling',
      projectName: 'Contract',
      estimatedCostUsd: 0.35,
    });
    const done = await runner.settled(job.id);
    expect(done).toMatchObject({ phase: 'placed' });
    const labels = host.undoLabels.slice(labelsBefore);
    expect(labels).toHaveLength(2);
    expect(labels[1]).toBe('ClipRelay: place Kling clip');
    const item = host.state.items.at(-1)!;
    expect(item.provenance).toMatchObject({ providerId: 'kling', prompt: 'a harbour at dawn' });

    host.undo();
    expect(host.state.items.at(-1)?.provenance ?? null).toBeNull();
    expect(host.state.audioTracks.flatMap((track) => track.clips).some((clip) => clip.itemId === item.id)).toBe(false);
  });
});
