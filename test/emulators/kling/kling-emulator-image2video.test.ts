import { describe, expect, it } from 'vitest';
import { validateKlingCreate } from '../../../src/emulators/kling/kling-emulator-request';
import { tinyPng } from '../../support/tiny-png';

const base = { model_name: 'kling-v2-6', duration: '5', mode: 'pro' };
const png64 = Buffer.from(tinyPng()).toString('base64');

describe('Kling emulator: image2video validation', () => {
  it('accepts raw base64 of a PNG or JPEG, or an URL, with an optional prompt', () => {
    expect(validateKlingCreate({ ...base, image: png64 }, 'image2video')).toMatchObject({
      prompt: '',
      image: { form: 'base64', mimeType: 'image/png' },
    });
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]).toString('base64');
    expect(validateKlingCreate({ ...base, image: jpeg, prompt: 'x' }, 'image2video')).toMatchObject({
      image: { form: 'base64', mimeType: 'image/jpeg', sizeBytes: 8 },
    });
    expect(validateKlingCreate({ ...base, image: 'https://example.com/a.png' }, 'image2video')).toMatchObject({ image: { form: 'url' } });
  });

  it.each([
    [{}, 'image is required'],
    [{ image: `data:image/png;base64,${png64}` }, 'image must be a URL or raw base64 without a data: prefix'],
    [{ image: 'not base64!' }, 'image is not valid base64'],
    [{ image: Buffer.from('GIF89a..').toString('base64') }, 'image must be a jpg, jpeg or png file'],
    [{ image: Buffer.alloc(10 * 1024 * 1024 + 3, 0x89).toString('base64') }, 'image cannot exceed 10MB'],
  ])('refuses %#: %s', (fields, message) => {
    expect(validateKlingCreate({ ...base, ...fields }, 'image2video')).toEqual({ status: 400, code: 1201, message });
  });

  it('still requires a prompt on text2video', () => {
    expect(validateKlingCreate({ ...base, aspect_ratio: '16:9' })).toMatchObject({ code: 1201, message: 'prompt is required' });
  });
});
