import { describe, expect, it } from 'vitest';
import { validateKlingOmniCreate } from '../../../src/emulators/kling/kling-emulator-omni-request';
import { tinyPng } from '../../support/tiny-png';

const PNG_BASE64 = Buffer.from(tinyPng(300)).toString('base64');
const body = (overrides: Record<string, unknown> = {}) => ({
  model_name: 'kling-v3-omni',
  prompt: 'a lighthouse keeper climbs the stairs',
  mode: 'pro',
  aspect_ratio: '16:9',
  duration: '8',
  sound: 'on',
  ...overrides,
});

describe('Kling emulator: omni-video create rules', () => {
  it('accepts kling-v3-omni text to video with sound, 3 to 15 s', () => {
    expect(validateKlingOmniCreate(body())).toMatchObject({
      modelName: 'kling-v3-omni',
      durationSeconds: 8,
      mode: 'pro',
      sound: 'on',
      shots: [],
    });
    expect(validateKlingOmniCreate(body({ duration: '15' }))).toMatchObject({ durationSeconds: 15 });
  });

  it('takes a first frame from image_list without aspect_ratio', () => {
    const create = validateKlingOmniCreate(body({ aspect_ratio: undefined, image_list: [{ image_url: PNG_BASE64, type: 'first_frame' }] }));
    expect(create).toMatchObject({ image: { form: 'base64', mimeType: 'image/png' } });
  });

  it.each([
    ['an unknown omni model', { model_name: 'kling-v3' }, 404, 1203, 'model_name kling-v3 does not exist'],
    ['16 s', { duration: '16' }, 400, 1201, /duration must be one of/],
    ['a numeric duration', { duration: 8 }, 400, 1201, /must be a string/],
    ['no aspect_ratio and no first frame', { aspect_ratio: undefined }, 400, 1201, 'aspect_ratio is required without a first frame'],
    [
      'an end frame without a first frame',
      { image_list: [{ image_url: PNG_BASE64, type: 'end_frame' }] },
      400,
      1201,
      'an end_frame image needs a first_frame image',
    ],
    [
      'a data: URL image',
      { image_list: [{ image_url: `data:image/png;base64,${PNG_BASE64}`, type: 'first_frame' }] },
      400,
      1201,
      /without a data: prefix/,
    ],
    [
      'more than 7 images',
      { image_list: Array.from({ length: 8 }, () => ({ image_url: 'https://example.com/a.png' })) },
      400,
      1201,
      /at most 7 images/,
    ],
    ['an empty prompt for one shot', { prompt: '' }, 400, 1201, 'prompt is required'],
    ['4k mode', { mode: '4k' }, 400, 1201, 'mode must be std or pro'],
    ['sound on kling-video-o1', { model_name: 'kling-video-o1' }, 400, 1201, 'sound is not supported by kling-video-o1'],
    ['a reference video (not emulated)', { video_list: [{ video_url: 'https://example.com/v.mp4' }] }, 400, 1201, /not emulated/],
  ])('refuses %s', (_name, overrides, status, code, message) => {
    const failure = validateKlingOmniCreate(body(overrides));
    expect(failure).toMatchObject({ status, code });
    expect((failure as { message: string }).message).toMatch(message);
  });
});
