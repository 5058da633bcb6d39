import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../src/shared/base64';

describe('encodeBase64', () => {
  it.each([0, 1, 2, 3, 4, 5, 255, 3 * 16_384, 3 * 16_384 + 1, 200_001])(
    'matches Node for %i bytes, padding and chunk edges included',
    (length) => {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 131 + 7) & 0xff);
      expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    },
  );
});
