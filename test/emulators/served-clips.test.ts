import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServedClips } from '../../src/emulators/served-clips';
import { inspectMp4 } from '../../src/media';

const DEMO_CLIP = new Uint8Array(readFileSync(join(__dirname, '../../assets/demo-clip.mp4')));

describe('createServedClips', () => {
  it('serves the clip as it is without a duration, and long enough with one', () => {
    const served = createServedClips(DEMO_CLIP);
    expect(served({})).toBe(DEMO_CLIP);
    expect(served({ durationSeconds: 4 })).toBe(DEMO_CLIP);
    expect(inspectMp4(served({ durationSeconds: 10 })).durationSeconds).toBe(10);
    expect(inspectMp4(served({ durationSeconds: 11 })).durationSeconds).toBe(15);
  });

  it('hands out the very same bytes for the same request, so ranged downloads of one task agree', () => {
    const served = createServedClips(DEMO_CLIP);
    expect(served({ durationSeconds: 10 })).toBe(served({ durationSeconds: 10 }));
    expect(served({ durationSeconds: 10, silent: true })).toBe(served({ durationSeconds: 10, silent: true }));
  });

  it('drops the audio of a looped clip for a silent request and keeps its length', () => {
    const silent = inspectMp4(createServedClips(DEMO_CLIP)({ durationSeconds: 10, silent: true }));
    expect(silent).toMatchObject({ durationSeconds: 10, audio: null });
    expect(silent.video).not.toBeNull();
  });

  it('serves bytes that are no MP4 (a test stand-in) as they are', () => {
    const standIn = new Uint8Array([1, 2, 3, 4]);
    expect(createServedClips(standIn)({ durationSeconds: 10 })).toBe(standIn);
  });
});
