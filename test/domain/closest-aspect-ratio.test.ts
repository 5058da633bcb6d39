import { describe, expect, it } from 'vitest';
import { closestAspectRatio } from '../../src/domain/format/closest-aspect-ratio';

describe('closestAspectRatio', () => {
  const allowed = ['16:9', '9:16', '1:1'];
  it('follows the sequence frame', () => {
    expect(closestAspectRatio(1920, 1080, allowed)).toBe('16:9');
    expect(closestAspectRatio(1080, 1920, allowed)).toBe('9:16');
    expect(closestAspectRatio(1080, 1080, allowed)).toBe('1:1');
    expect(closestAspectRatio(1080, 1350, allowed)).toBe('1:1'); // 4:5 is nearer square than 9:16
    expect(closestAspectRatio(4096, 1716, ['16:9', '21:9'])).toBe('21:9');
  });
  it('answers nothing without a size or choices', () => {
    expect(closestAspectRatio(0, 1080, allowed)).toBeUndefined();
    expect(closestAspectRatio(1920, 1080, [])).toBeUndefined();
  });
});
