import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CapturedFrame, FrameRequest, NleHost } from '../../../src/hosts/spec';
import { hostThumbnails, JobThumbnail } from '../../../src/ui/jobs/job-thumbnail';
import type { JobRecord } from '../../../src/workflows/jobs/job-record';

const base = {
  id: 'job-7',
  providerId: 'kling',
  providerName: 'Kling',
  request: { model: 'kling-v2-6', prompt: 'Harbour', durationSeconds: 5, aspectRatio: '16:9' as const, audio: true, clientJobId: 'job-7' },
  projectName: 'P',
  createdAtMs: 0,
  updatedAtMs: 0,
  estimatedCostUsd: 1,
  warnings: [],
  downloadAttempts: 0,
};
const media = { durationSeconds: 5, hasAudio: true, width: 640, height: 360, frameRate: 25 };
const ref = { provider: 'kling', model: 'kling-v2-6', jobId: 't1', data: {} };
const placed: JobRecord = {
  ...base,
  phase: 'placed',
  ref,
  mediaPath: '/clips/a.mp4',
  media,
  placement: { videoClipId: 'v', audioClipId: 'a', startSeconds: 3, endSeconds: 8 },
};
const downloaded: JobRecord = { ...base, phase: 'placing', ref, mediaPath: '/clips/a.mp4', media };

const FRAME: CapturedFrame = { bytes: new Uint8Array([1]), mimeType: 'image/png', fileName: 'f.png' };

function fakeHost(capabilities: Partial<NleHost['capabilities']>, fail = false) {
  const calls: string[] = [];
  const host = {
    capabilities: { name: 'Fake', writesGainKeyframes: true, writesProvenance: true, ducksRetimedClips: true, ...capabilities },
    captureSequenceFrame: async (atSeconds: number, request: FrameRequest) => {
      calls.push(`sequence ${atSeconds} ${request.maxWidthPx} ${request.fileStem}`);
      if (fail) throw new Error('busy');
      return FRAME;
    },
    captureMediaFrame: async (mediaPath: string, mediaSeconds: number) => {
      calls.push(`media ${mediaPath} ${mediaSeconds}`);
      return FRAME;
    },
  } as unknown as NleHost;
  return { host, calls };
}

describe('job thumbnails', () => {
  it('are not offered by a host that makes no frames (the card shows the placeholder)', () => {
    expect(hostThumbnails(fakeHost({}).host)).toBeUndefined();
    const html = renderToStaticMarkup(<JobThumbnail job={placed} thumbnailOf={undefined} />);
    expect(html).toContain('role="img" aria-label="No picture yet: a 5 s clip"');
    expect(html).toContain('>5 s<');
  });

  it('picture a placed clip a second into it on the sequence, once per placement', async () => {
    const { host, calls } = fakeHost({ capturesSequenceFrames: true });
    const thumbnailOf = hostThumbnails(host)!;
    const first = thumbnailOf(placed);
    expect(thumbnailOf(placed)).toBe(first);
    await first;
    expect(calls).toEqual(['sequence 4 160 thumbnail-job-7']);
    // Nothing to picture before placement on a host that cannot decode media (Premiere).
    expect(thumbnailOf(downloaded)).toBeNull();
  });

  it('picture a downloaded clip from its file where the host can decode it', async () => {
    const { host, calls } = fakeHost({ capturesMediaFrames: true });
    await hostThumbnails(host)!(downloaded);
    expect(calls).toEqual(['media /clips/a.mp4 1']);
  });

  it('try again after a failed picture instead of keeping the failure', async () => {
    const { host, calls } = fakeHost({ capturesSequenceFrames: true }, true);
    const thumbnailOf = hostThumbnails(host)!;
    await expect(thumbnailOf(placed)).rejects.toThrow('busy');
    await expect(thumbnailOf(placed)).rejects.toThrow('busy');
    expect(calls).toHaveLength(2);
  });
});
