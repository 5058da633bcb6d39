import { describe, expect, it } from 'vitest';
import { createSandboxState, SandboxHost } from '../../../src/hosts/sandbox';
import { HostOperationError } from '../../../src/hosts/spec';

const state = createSandboxState({
  sequenceName: 'Frames',
  frameRate: 25,
  playheadSeconds: 0,
  videoTracks: [
    { name: 'Video 1', clips: [{ name: 'Wide.mp4', mediaPath: '/m/wide.mp4', startSeconds: 0, endSeconds: 10, inPointSeconds: 2 }] },
    {
      name: 'Video 2',
      clips: [
        { name: 'Insert.mp4', mediaPath: '/m/insert.mp4', startSeconds: 4, endSeconds: 6, speed: 2 },
        { name: 'Hidden.mp4', mediaPath: '/m/hidden.mp4', startSeconds: 7, endSeconds: 9, disabled: true },
      ],
    },
  ],
  audioTracks: [],
});

function hostWithGrabber() {
  const grabs: { mediaPath: string; mediaSeconds: number; maxWidthPx: number }[] = [];
  const host = new SandboxHost(state, {
    probeMedia: async () => ({ durationSeconds: 5, hasVideo: true, hasAudio: true }),
    grabFrame: async (mediaPath, mediaSeconds, maxWidthPx) => {
      grabs.push({ mediaPath, mediaSeconds, maxWidthPx });
      return { bytes: new Uint8Array([1, 2, 3]), mimeType: 'image/png', fileName: 'grab.png' };
    },
  });
  return { host, grabs };
}

describe('sandbox frames', () => {
  it('pictures the enabled clip on the highest video track at the time, at its media time', async () => {
    const { host, grabs } = hostWithGrabber();
    const frame = await host.captureSequenceFrame(5, { maxWidthPx: 320, fileStem: 'x' });
    // Insert on V2 covers 5 s: one second in at double speed is media 2 s.
    expect(grabs).toEqual([{ mediaPath: '/m/insert.mp4', mediaSeconds: 2, maxWidthPx: 320 }]);
    expect(frame).toEqual({ bytes: new Uint8Array([1, 2, 3]), mimeType: 'image/png', fileName: 'Frame at 00.00.05.00.png' });
  });

  it('looks through a disabled clip to the track below, and honours the in point', async () => {
    const { host, grabs } = hostWithGrabber();
    await host.captureSequenceFrame(8, { maxWidthPx: 100, fileStem: 'x' });
    expect(grabs).toEqual([{ mediaPath: '/m/wide.mp4', mediaSeconds: 10, maxWidthPx: 100 }]);
  });

  it('says there is no picture where no clip covers the time', async () => {
    const { host } = hostWithGrabber();
    const capture = host.captureSequenceFrame(12, { maxWidthPx: 100, fileStem: 'x' });
    await expect(capture).rejects.toBeInstanceOf(HostOperationError);
    await expect(capture).rejects.toThrow('no video clip at 00:00:12:00; move the playhead over one');
  });

  it('offers frames only when the page gave it a way to draw them', () => {
    expect(hostWithGrabber().host.capabilities).toMatchObject({ capturesSequenceFrames: true, capturesMediaFrames: true });
    const plain = new SandboxHost(state, { probeMedia: async () => ({ durationSeconds: 1, hasVideo: true, hasAudio: false }) });
    expect(plain.capabilities.capturesSequenceFrames).not.toBe(true);
    expect(plain.capabilities.capturesMediaFrames).not.toBe(true);
  });
});
