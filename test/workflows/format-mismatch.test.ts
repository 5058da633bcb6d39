import { describe, expect, it } from 'vitest';
import { describeFormatMismatch, formatFrameRate } from '../../src/workflows/format-mismatch';

const hd25 = { frameWidth: 1920, frameHeight: 1080, frameRate: 25 };

describe('describeFormatMismatch', () => {
  it('is silent when size and rate match (29.97 and 30000/1001 are one rate)', () => {
    expect(describeFormatMismatch({ width: 1920, height: 1080, frameRate: 25 }, hd25)).toBeNull();
    expect(describeFormatMismatch({ width: 1920, height: 1080, frameRate: 29.97 }, { ...hd25, frameRate: 30000 / 1001 })).toBeNull();
    expect(describeFormatMismatch({ width: null, height: null, frameRate: null }, hd25)).toBeNull();
  });

  it('names both formats and what Premiere does when both differ', () => {
    const mismatch = describeFormatMismatch({ width: 1280, height: 720, frameRate: 24 }, hd25);
    expect(mismatch).toMatchObject({
      sizeDiffers: true,
      rateDiffers: true,
      message:
        "The clip is 1280×720 at 24 fps; the sequence is 1920×1080 at 25 fps: Premiere places it at 100 % (smaller than the frame) unless Default Media Scaling is set; use Clip › Video Options › Set to Frame Size to fit it, and it plays at the sequence's rate, repeating or skipping frames.",
    });
  });

  it('mentions only what differs, and a different aspect ratio', () => {
    expect(describeFormatMismatch({ width: 1920, height: 1080, frameRate: 24000 / 1001 }, hd25)?.message).toBe(
      "The clip is 23.976 fps; the sequence is 25 fps: it plays at the sequence's rate, repeating or skipping frames.",
    );
    const vertical = describeFormatMismatch({ width: 1080, height: 1920, frameRate: 25 }, hd25);
    expect(vertical?.rateDiffers).toBe(false);
    expect(vertical?.message).toContain('The clip is 1080×1920; the sequence is 1920×1080');
    expect(vertical?.message).toContain('cropped by the frame');
    expect(vertical?.message).toContain("Its aspect ratio (9:16) differs from the sequence's (16:9)");
  });

  it('formats rates as editors write them', () => {
    expect([25, 24000 / 1001, 30000 / 1001, 60000 / 1001, 24].map(formatFrameRate)).toEqual(['25', '23.976', '29.97', '59.94', '24']);
  });
});
