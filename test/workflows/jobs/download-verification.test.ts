import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspectMp4 } from '../../../src/media';
import type { ByteSink, DownloadOptions, VideoAsset, VideoProvider } from '../../../src/providers/spec';
import { clipExcessSeconds, clipShortfallSeconds } from '../../../src/workflows/jobs/clip-duration-check';
import { DownloadDeadlineError } from '../../../src/workflows/jobs/download-deadline';
import { JobLedger } from '../../../src/workflows/jobs/job-ledger';
import { JobRunner } from '../../../src/workflows/jobs/job-runner';
import { topLevelBoxCatcher } from '../../../src/workflows/jobs/moov-box-catcher';
import { memoryLedgerStorage } from '../../support/memory-ledger-storage';
import { createMemoryMediaFolder } from '../../support/memory-media-folder';

const demoClip = new Uint8Array(readFileSync(resolve(__dirname, '../../../assets/demo-clip.mp4')));
const demoSeconds = inspectMp4(demoClip).durationSeconds; // 5.0

/** A provider whose job is done at once; its download is `download`, its result reports `asset`. */
function fakeProvider(asset: VideoAsset, download?: (sink: ByteSink, options?: DownloadOptions) => Promise<number>): VideoProvider {
  return {
    id: 'fake',
    displayName: 'Fake',
    start: async (request) => ({ ref: { provider: 'fake', model: request.model, jobId: 'task-1', data: {} }, warnings: [] }),
    status: async () => ({ state: 'completed', assets: [asset] }),
    download:
      download == null
        ? async (_asset, sink) => {
            // In uneven chunks, as a network delivers them.
            for (let offset = 0; offset < demoClip.length; offset += 7_001) await sink.write(demoClip.subarray(offset, offset + 7_001));
            await sink.close();
            return demoClip.length;
          }
        : (_asset, sink, options) => download(sink, options),
  };
}

async function runOne(provider: VideoProvider, options: { downloadTimeoutMs?: number } = {}) {
  const storage = memoryLedgerStorage();
  const folder = createMemoryMediaFolder();
  const runner = new JobRunner({
    ledger: await JobLedger.open(storage),
    provider: async () => provider,
    mediaFolder: folder,
    poll: { intervalMs: 1, timeoutMs: 5_000 },
    fileName: () => 'clip.mp4',
    binPath: () => [],
    downloadTimeoutMs: options.downloadTimeoutMs,
  });
  const job = await runner.submit({
    request: { model: 'fake-1', prompt: 'a quay', durationSeconds: 8, aspectRatio: '16:9', audio: false, clientJobId: 'job-1' },
    providerId: 'fake',
    providerName: 'Fake',
    projectName: 'p',
    estimatedCostUsd: 1,
  });
  return { done: (await runner.settled(job.id))!, folder, storage };
}

describe('a clip whose duration is clearly shorter than the provider reported', () => {
  it.each([
    // [file seconds, frame rate, reported, refused?]
    [5.0, 24, 5, false], // exact
    [4.96, 24, 5, false], // a frame short, reported in whole seconds
    [5.04, 24, 5, false], // 121 frames at 24 fps: Seedance's 5 s
    [4.5, 24, 5, false], // "5" may be a rounded 4.5
    [4.2, 24, 5, true],
    [5.0, 24, 5.1, false], // Kling's tenths
    [4.7, 24, 5.1, true],
    [8.0, 24, 10, true],
    [4.4, 2, 5, false], // a low or variable frame rate: one frame is long
    [12.0, 24, 8, false], // longer is never refused: providers pad
  ])('file %s s at %s fps, reported %s s: refused %s', (fileSeconds, frameRate, reported, refused) => {
    expect(clipShortfallSeconds(fileSeconds, frameRate, reported) != null).toBe(refused);
  });

  it.each([
    // [file seconds, reported, worth a word?]
    [5.04, 5, false],
    [6.4, 5, false], // padded by 1.4 s: under the 1.5 s floor
    [6.6, 5, true],
    [11.9, 10, false], // 19 % longer
    [12.6, 10, true],
    [3.0, 5, false], // shorter is the refusal's business, never this note
  ])('file %s s, reported %s s: noted as longer %s', (fileSeconds, reported, noted) => {
    expect(clipExcessSeconds(fileSeconds, reported) != null).toBe(noted);
  });

  it('reads the moov however the bytes are split, without holding the rest of the file', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 9_000 }), { minLength: 1, maxLength: 40 }), (sizes) => {
        const catcher = topLevelBoxCatcher('moov', 1 << 20);
        let offset = 0;
        for (let index = 0; offset < demoClip.length; index++) {
          const size = sizes[index % sizes.length]!;
          catcher.push(demoClip.subarray(offset, offset + size));
          offset += size;
        }
        const moov = catcher.caught();
        expect(moov).not.toBeNull();
        expect(moov!.length).toBeLessThan(demoClip.length / 2);
        expect(inspectMp4(moov!).durationSeconds).toBe(demoSeconds);
      }),
      { numRuns: 60 },
    );
  });

  it('is refused before its final name: the sink is aborted, the job stays downloadable and says why', async () => {
    const { done, folder } = await runOne(fakeProvider({ url: 'https://cdn.example/clip.mp4', durationSeconds: 8 }));
    expect(done.phase).toBe('downloading');
    expect(done.problem).toMatchObject({ retryable: true });
    expect(done.problem?.message).toBe(
      'Fake reported a clip of 8 s, but the file is 5.00 s long (3.00 s missing); it was not saved under its final name. The job is kept, so it can be downloaded again.',
    );
    expect(folder.files.size).toBe(0);
    expect(folder.aborted).toEqual(['/memory/clip.mp4']);
  });

  it('is accepted when the report is within a frame and its own rounding, and the signed URL is not kept', async () => {
    const { done, folder, storage } = await runOne(
      fakeProvider({ url: 'https://cdn.example/v/clip.mp4?X-Goog-Signature=deadbeef&X-Goog-Expires=900', durationSeconds: 5.1 }),
    );
    expect(done).toMatchObject({ phase: 'saved', downloadedFrom: 'https://cdn.example/v/clip.mp4' });
    expect(done.assets).toBeUndefined();
    expect(folder.files.has('/memory/clip.mp4')).toBe(true);
    expect(storage.text).not.toMatch(/deadbeef|Signature|Expires/);
  });
});

describe('a download that does not finish within its deadline', () => {
  it('is stopped for real and the job kept, downloading, with the reason', async () => {
    let sawAbort: unknown;
    const trickle = fakeProvider({ url: 'https://cdn.example/clip.mp4' }, async (sink, options) => {
      await sink.write(demoClip.subarray(0, 1_000));
      // A server trickling nothing more: only the deadline ends this.
      await new Promise<void>((_resolve, reject) =>
        options!.signal!.addEventListener('abort', () => {
          sawAbort = options!.signal!.reason;
          reject(options!.signal!.reason as Error);
        }),
      );
      return 0;
    });
    const { done, folder } = await runOne(trickle, { downloadTimeoutMs: 30 });
    expect(sawAbort).toBeInstanceOf(DownloadDeadlineError);
    expect(done.phase).toBe('downloading');
    expect(done.problem).toMatchObject({ retryable: true });
    expect(done.problem?.message).toMatch(/^The Fake download did not finish within 30 ms and was stopped; the job is kept/);
    expect(folder.files.size).toBe(0);
  });
});
