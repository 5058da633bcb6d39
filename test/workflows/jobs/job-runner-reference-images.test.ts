import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulatorServer, type EmulatorServer } from '../../../src/emulators/emulator-server';
import { memoryLedgerStorage } from '../../support/memory-ledger-storage';
import { tinyPng } from '../../support/tiny-png';
import { demoClip, emulatedJobSession, emulatedRequest } from './emulated-job-session';

describe('JobRunner: reference images of what the clip should contain (Gemini Omni reference_to_video)', () => {
  let emulator: EmulatorServer;
  beforeAll(async () => {
    emulator = await startEmulatorServer({ port: 0, videoBytes: demoClip });
  });
  afterAll(() => emulator.close());

  it('sends them from memory and keeps their bytes out of the ledger, recording only their names', async () => {
    const storage = memoryLedgerStorage();
    const { runner } = await emulatedJobSession(emulator, storage);
    const bytes = tinyPng(48);
    const request = emulatedRequest('google', `job-${process.pid}-refs`, 'this fox on a night walk');
    const job = await runner.submit({
      request: {
        ...request,
        referenceImages: [
          { bytes, mimeType: 'image/png', fileName: 'fox.png' },
          { bytes, mimeType: 'image/png', fileName: 'lantern.png' },
        ],
      },
      providerId: 'google',
      providerName: 'Google Gemini',
      projectName: 'Contract',
      estimatedCostUsd: 1,
    });
    expect(job.request.referenceImages).toBeUndefined();
    expect(job.referenceImageName).toBe('fox.png, lantern.png');
    const settled = await runner.settled(job.id);
    expect(settled?.ref).toBeDefined();
    const sent = emulator.google.interactions.get(settled!.ref!.jobId);
    expect(sent?.create.task).toBe('reference_to_video');
    expect(sent?.create.imageCount).toBe(2);
    expect(storage.text).not.toContain(Buffer.from(bytes).toString('base64'));
    expect(storage.text).not.toContain('"bytes"');
  });
});
