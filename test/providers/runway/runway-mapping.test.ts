import { describe, expect, it } from 'vitest';
import {
  buildRunwayCreate,
  mapRunwayErrorBody,
  runwayOutputExpiresAtMs,
  toRunwayJobStatus,
  type RunwayVideoRequest,
} from '../../../src/providers/runway';
import { runwayTaskSchema } from '../../../src/providers/runway/runway-api-schemas';
import { ProviderApiError } from '../../../src/providers/spec';

const NOW_MS = Date.parse('2026-09-01T10:00:00Z');
const task = (fields: Record<string, unknown>) => runwayTaskSchema.parse({ id: 'task-1', status: 'PENDING', ...fields });
const request = (overrides: Partial<RunwayVideoRequest> = {}): RunwayVideoRequest => ({
  model: 'veo3.1',
  prompt: 'a fox in snow',
  durationSeconds: 8,
  aspectRatio: '16:9',
  audio: true,
  clientJobId: 'job-1',
  ...overrides,
});
const jwtWith = (claims: Record<string, unknown>) =>
  `${Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2ln`;

describe('toRunwayJobStatus', () => {
  it.each([
    [{ status: 'PENDING' }, { state: 'pending' }],
    [
      { status: 'RUNNING', progress: 0.25 },
      { state: 'pending', progress: 0.25 },
    ],
    [
      { status: 'RUNNING', progress: 40 },
      { state: 'pending', progress: 0.4 },
    ],
    [{ status: 'RUNNING' }, { state: 'pending' }],
    [{ status: 'SOMETHING_NEW' }, { state: 'pending' }],
  ])('reads %o as %o', (fields, expected) => {
    expect(toRunwayJobStatus(task(fields), NOW_MS)).toEqual(expected);
  });

  it('reads THROTTLED as pending with a note about the concurrency limit', () => {
    expect(toRunwayJobStatus(task({ status: 'THROTTLED', estimatedCost: { credits: 60 } }), NOW_MS)).toEqual({
      state: 'pending',
      note: expect.stringMatching(/concurrency limit/),
    });
  });

  it('dates output links by their _jwt expiry, else 24 h from now', () => {
    const exp = Math.floor(NOW_MS / 1000) + 36 * 3600;
    const signed = `https://dnznrvs05pmza.cloudfront.net/a.mp4?_jwt=${jwtWith({ keyHash: 'k', exp })}`;
    const status = toRunwayJobStatus(task({ status: 'SUCCEEDED', output: [signed, 'https://example.com/b.mp4'] }), NOW_MS);
    expect(status).toEqual({
      state: 'completed',
      assets: [
        { url: signed, expiresAtMs: exp * 1000 },
        { url: 'https://example.com/b.mp4', expiresAtMs: NOW_MS + 24 * 3600 * 1000 },
      ],
    });
  });

  it.each([
    ['SAFETY.INPUT.TEXT', true, /change the prompt or image/],
    ['SAFETY.OUTPUT.VIDEO', true, /result was moderated/],
    ['INTERNAL.BAD_OUTPUT.CODE01', false, /try again/],
    ['ASSET.INVALID', false, /check the input image/],
  ])('reads failure code %s as moderated=%s, with advice', (failureCode, moderated, advice) => {
    const status = toRunwayJobStatus(task({ status: 'FAILED', failure: 'Something went wrong.', failureCode }), NOW_MS);
    expect(status).toMatchObject({ state: 'failed', code: failureCode, moderated });
    expect(status.state === 'failed' && status.reason).toMatch(
      new RegExp(`^Something went wrong \\(${failureCode.replace(/\./g, '\\.')}\\) — `),
    );
    expect(status.state === 'failed' && status.reason).toMatch(advice);
  });

  it('reads CANCELLED as a failure that is not moderation', () => {
    expect(toRunwayJobStatus(task({ status: 'CANCELLED' }), NOW_MS)).toMatchObject({
      state: 'failed',
      code: 'CANCELLED',
      moderated: false,
    });
  });

  it('rejects a success without output as an invalid response', () => {
    expect(() => toRunwayJobStatus(task({ status: 'SUCCEEDED', output: [] }), NOW_MS)).toThrow(/succeeded without output/);
  });
});

describe('runwayOutputExpiresAtMs', () => {
  it.each([
    ['https://x.example/a.mp4?_jwt=not-a-jwt', undefined],
    ['https://x.example/a.mp4', undefined],
    [`https://x.example/a.mp4?_jwt=${jwtWith({ exp: 'soon' })}`, undefined],
    ['::not a url', undefined],
  ])('%s → %s', (url, expected) => {
    expect(runwayOutputExpiresAtMs(url)).toBe(expected);
  });
});

describe('mapRunwayErrorBody', () => {
  it.each([
    [
      400,
      {
        error: 'Validation of body failed',
        issues: [{ code: 'invalid_union_discriminator', path: ['model'], message: "Expected 'gen4.5'" }],
      },
      'not-found',
      /may have been retired \(field: model\)$/,
    ],
    [
      400,
      {
        error: 'Validation of body failed',
        issues: [
          { path: ['ratio'], message: 'Invalid enum value' },
          { path: ['duration'], message: 'Expected 4 | 6 | 8' },
        ],
      },
      'invalid-request',
      /ratio: Invalid enum value; duration: Expected 4 \| 6 \| 8 \(field: ratio, duration\)$/,
    ],
    [400, { error: "Invalid parameter 'promptText'" }, undefined, /^Invalid parameter 'promptText'$/],
    [400, { error: 'You do not have enough credits to run this task.' }, 'quota', /add credits/],
    [401, { error: 'Invalid API key.' }, 'auth', /RUNWAYML_API_SECRET/],
    [429, { error: 'Too many requests.' }, 'rate-limit', /wait and try again/],
    [503, 'Service Unavailable', undefined, undefined],
  ] as const)('%i %j → %s', (status, body, kind, message) => {
    const mapped = mapRunwayErrorBody(status, body);
    expect(mapped.kind).toBe(kind);
    if (message == null) expect(mapped.message).toBeUndefined();
    else expect(mapped.message).toMatch(message);
  });
});

describe('buildRunwayCreate', () => {
  it('sends Veo 3.1 the audio flag, seed 0 and the negative prompt', () => {
    expect(buildRunwayCreate(request({ seed: 0, negativePrompt: 'text overlays' }))).toEqual({
      endpoint: 'text_to_video',
      body: {
        model: 'veo3.1',
        promptText: 'a fox in snow',
        ratio: '1280:720',
        duration: 8,
        audio: true,
        seed: 0,
        negativePrompt: 'text overlays',
      },
      warnings: [],
    });
  });

  it('leaves audio and the negative prompt off gen4.5, with warnings', () => {
    const { body, warnings } = buildRunwayCreate(
      request({ model: 'gen4.5', durationSeconds: 5, aspectRatio: '9:16', negativePrompt: 'blur' }),
    );
    expect(body).toEqual({ model: 'gen4.5', promptText: 'a fox in snow', ratio: '720:1280', duration: 5 });
    expect(warnings.map((warning) => warning.feature)).toEqual(['audio', 'negativePrompt']);
  });

  it('goes to image_to_video with a prompt image; Veo takes first and last frames', () => {
    const built = buildRunwayCreate(
      request({
        providerOptions: { runway: { promptImage: 'https://e.com/a.png', lastFrameImage: 'https://e.com/b.png', ratio: '1920:1080' } },
      }),
    );
    expect(built.endpoint).toBe('image_to_video');
    expect(built.body).toMatchObject({
      ratio: '1920:1080',
      promptImage: [
        { uri: 'https://e.com/a.png', position: 'first' },
        { uri: 'https://e.com/b.png', position: 'last' },
      ],
    });
  });

  it('sends Seedance 2.0 the audio flag and its own ratio sizes, 1080p only on seedance2', () => {
    expect(buildRunwayCreate(request({ model: 'seedance2', durationSeconds: 10, aspectRatio: '21:9', audio: false, seed: 7 }))).toEqual({
      endpoint: 'text_to_video',
      body: { model: 'seedance2', promptText: 'a fox in snow', ratio: '1470:630', duration: 10, audio: false, seed: 7 },
      warnings: [],
    });
    expect(buildRunwayCreate(request({ model: 'seedance2', resolution: '1080p', aspectRatio: '4:3' })).body.ratio).toBe('1664:1248');
    const fast = buildRunwayCreate(request({ model: 'seedance2_fast', resolution: '1080p' }));
    expect(fast.body.ratio).toBe('1280:720');
    expect(fast.warnings.map((warning) => warning.feature)).toEqual(['resolution']);
    expect(buildRunwayCreate(request({ model: 'seedance2_mini', aspectRatio: '1:1' })).body).toMatchObject({
      ratio: '960:960',
      audio: true,
    });
  });

  it('sends Seedance 2.0 a last frame and prompts up to 3500 units', () => {
    const built = buildRunwayCreate(
      request({
        model: 'seedance2',
        prompt: 'a'.repeat(3500),
        providerOptions: { runway: { promptImage: 'https://e.com/a.png', lastFrameImage: 'https://e.com/b.png' } },
      }),
    );
    expect(built.body).toMatchObject({
      promptImage: [
        { uri: 'https://e.com/a.png', position: 'first' },
        { uri: 'https://e.com/b.png', position: 'last' },
      ],
    });
    expect(() => buildRunwayCreate(request({ model: 'seedance2', prompt: 'a'.repeat(3501) }))).toThrow(/at most 3500/);
  });

  it('sends Gemini Omni Flash no audio flag, seed or negative prompt, and says its audio is always on', () => {
    const built = buildRunwayCreate(
      request({
        model: 'gemini_omni_flash',
        durationSeconds: 6,
        aspectRatio: '9:16',
        audio: false,
        seed: 3,
        negativePrompt: 'blur',
        prompt: 'a'.repeat(1200),
      }),
    );
    expect(built.body).toEqual({ model: 'gemini_omni_flash', promptText: 'a'.repeat(1200), ratio: '720:1280', duration: 6 });
    expect(built.warnings.map((warning) => warning.feature)).toEqual(['audio', 'negativePrompt', 'seed']);
    expect(built.warnings[0]?.details).toMatch(/always generates audio/);
  });

  it('sends Gemini Omni Flash a first frame only', () => {
    const built = buildRunwayCreate(
      request({
        model: 'gemini_omni_flash',
        durationSeconds: 5,
        providerOptions: { runway: { promptImage: 'https://e.com/a.png', lastFrameImage: 'https://e.com/b.png' } },
      }),
    );
    expect(built.body).toMatchObject({ promptImage: 'https://e.com/a.png' });
    expect(built.warnings.map((warning) => warning.feature)).toContain('lastFrameImage');
  });

  it('renders Veo 3.1 at 1080p when asked', () => {
    expect(buildRunwayCreate(request({ resolution: '1080p', aspectRatio: '9:16' }))).toMatchObject({
      body: { ratio: '1080:1920' },
      warnings: [],
    });
  });

  it('maps gen4_turbo ratios for image input', () => {
    const built = buildRunwayCreate(
      request({
        model: 'gen4_turbo',
        audio: false,
        aspectRatio: '1:1',
        durationSeconds: 5,
        providerOptions: { runway: { promptImage: 'data:image/png;base64,AA' } },
      }),
    );
    expect(built.body).toEqual({
      model: 'gen4_turbo',
      promptImage: 'data:image/png;base64,AA',
      promptText: 'a fox in snow',
      ratio: '960:960',
      duration: 5,
    });
  });

  it.each([
    ['gen4_turbo without an image', request({ model: 'gen4_turbo' }), /from an image only.*providerOptions\.runway\.promptImage/],
    ['a ratio the model cannot make', request({ aspectRatio: '4:3' }), /cannot make 4:3 clips \(field: aspectRatio\)/],
    ['a prompt over 1000 UTF-16 units', request({ prompt: '🎬'.repeat(501) }), /\(field: promptText\)/],
    ['options that do not parse', request({ providerOptions: { runway: { ratio: 'wide' } } }), /providerOptions\.runway\.ratio/],
  ])('refuses %s before anything is sent', (_label, input, message) => {
    let caught: unknown;
    try {
      buildRunwayCreate(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ProviderApiError);
    expect(caught).toMatchObject({ kind: 'invalid-request', status: undefined });
    expect((caught as Error).message).toMatch(message);
  });
});
