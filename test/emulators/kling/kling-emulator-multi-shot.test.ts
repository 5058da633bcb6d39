import { describe, expect, it } from 'vitest';
import { validateKlingOmniCreate } from '../../../src/emulators/kling/kling-emulator-omni-request';
import { isKlingRequestFailure, validateKlingCreate } from '../../../src/emulators/kling/kling-emulator-request';

const shot = (index: number, duration: string, prompt = `shot ${index}`) => ({ index, prompt, duration });
const body = (overrides: Record<string, unknown> = {}) => ({
  model_name: 'kling-v3',
  duration: '10',
  mode: 'std',
  aspect_ratio: '16:9',
  sound: 'on',
  multi_shot: true,
  shot_type: 'customize',
  multi_prompt: [shot(1, '4'), shot(2, '3'), shot(3, '3')],
  ...overrides,
});
const refusal = (value: ReturnType<typeof validateKlingCreate>) => (isKlingRequestFailure(value) ? value : undefined);

describe('Kling emulator: multi-shot (multi_shot / shot_type / multi_prompt) rules', () => {
  it('accepts a customize list whose seconds add up, without a main prompt, and keeps the shots', () => {
    const create = validateKlingCreate(body());
    expect(refusal(create)).toBeUndefined();
    expect(create).toMatchObject({
      prompt: '',
      durationSeconds: 10,
      shots: [
        { index: 1, durationSeconds: 4 },
        { index: 2, durationSeconds: 3 },
        { index: 3, durationSeconds: 3 },
      ],
    });
  });

  it.each([
    ['more than 6 shots', { duration: '7', multi_prompt: [1, 2, 3, 4, 5, 6, 7].map((index) => shot(index, '1')) }, /at most 6 shots/],
    [
      'shot seconds that do not add up to the duration',
      { multi_prompt: [shot(1, '4'), shot(2, '3')] },
      /sum of multi_prompt durations \(7\) must equal duration \(10\)/,
    ],
    ['a shot of 0 s', { multi_prompt: [shot(1, '10'), shot(2, '0')] }, /duration must be from 1/],
    [
      'a shot duration given as a number',
      { multi_prompt: [shot(1, '4'), { index: 2, prompt: 'x', duration: 6 }] },
      /duration must be a string/,
    ],
    ['a shot prompt over 512 characters', { multi_prompt: [shot(1, '4'), shot(2, '6', 'x'.repeat(513))] }, /512 characters/],
    ['an empty shot prompt', { multi_prompt: [shot(1, '4'), shot(2, '6', ' ')] }, /prompt is required/],
    ['an index below 1', { multi_prompt: [shot(0, '4'), shot(1, '6')] }, /index must be a positive integer/],
    ['customize without multi_prompt', { multi_prompt: undefined }, /multi_prompt is required/],
    ['multi_shot without shot_type', { shot_type: undefined }, /shot_type must be customize or intelligence/],
    [
      'multi_shot on a model without it',
      { model_name: 'kling-v2-6', mode: 'pro', duration: '10' },
      /multi_shot is not supported by kling-v2-6/,
    ],
  ])('refuses %s as 400/1201', (_name, overrides, message) => {
    const failure = refusal(validateKlingCreate(body(overrides)));
    expect(failure).toMatchObject({ status: 400, code: 1201 });
    expect(failure!.message).toMatch(message);
  });

  it('lets intelligence cut the main prompt itself, which is then required', () => {
    expect(refusal(validateKlingCreate(body({ shot_type: 'intelligence', multi_prompt: undefined })))?.message).toBe('prompt is required');
    expect(
      validateKlingCreate(body({ shot_type: 'intelligence', multi_prompt: undefined, prompt: 'a chase in three cuts' })),
    ).toMatchObject({ shots: [] });
  });

  it('applies the same rules on omni-video for kling-v3-omni, and refuses multi-shot on kling-video-o1', () => {
    const omni = { ...body(), model_name: 'kling-v3-omni' };
    expect(validateKlingOmniCreate(omni)).toMatchObject({ modelName: 'kling-v3-omni', shots: [{ index: 1 }, { index: 2 }, { index: 3 }] });
    expect(validateKlingOmniCreate({ ...omni, multi_prompt: [shot(1, '9')] })).toMatchObject({
      code: 1201,
      message: expect.stringMatching(/must equal duration/),
    });
    expect(validateKlingOmniCreate({ ...omni, model_name: 'kling-video-o1', sound: 'off' })).toMatchObject({
      code: 1201,
      message: 'multi_shot is not supported by kling-video-o1',
    });
  });
});

describe('Kling emulator: 4k mode and Kling 4.0', () => {
  const single = (overrides: Record<string, unknown>) => ({
    model_name: 'kling-v3',
    prompt: 'p',
    duration: '5',
    mode: '4k',
    sound: 'on',
    ...overrides,
  });

  it('renders 4k on kling-v3 with sound, and refuses 4k elsewhere', () => {
    expect(validateKlingCreate(single({}))).toMatchObject({ mode: '4k', sound: 'on' });
    expect(refusal(validateKlingCreate(single({ model_name: 'kling-v2-6' })))?.message).toBe('mode 4k is not supported by kling-v2-6');
    expect(validateKlingOmniCreate({ ...single({ model_name: 'kling-v3-omni' }), aspect_ratio: '16:9' })).toMatchObject({
      code: 1201,
      message: 'mode must be std or pro',
    });
  });

  it('serves the guessed kling-v4 id (3 to 30 s) by default, and refuses it as an unknown model when told Kling does not know it', () => {
    expect(validateKlingCreate(single({ model_name: 'kling-v4', mode: 'pro', duration: '30' }))).toMatchObject({
      modelName: 'kling-v4',
      durationSeconds: 30,
    });
    expect(refusal(validateKlingCreate(single({ model_name: 'kling-v4', mode: 'pro', duration: '31' })))?.code).toBe(1201);
    expect(validateKlingCreate(single({ model_name: 'kling-v4', mode: 'pro' }), 'text2video', ['kling-v3'])).toEqual({
      status: 404,
      code: 1203,
      message: 'model_name kling-v4 does not exist',
    });
  });
});
