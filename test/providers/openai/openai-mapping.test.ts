import { describe, expect, it } from 'vitest';
import {
  buildOpenAICreate,
  detectOpenAIAuthStyle,
  mapOpenAIErrorBody,
  toOpenAIJobStatus,
  type OpenAIVideoRequest,
} from '../../../src/providers/openai';
import { openaiVideoSchema } from '../../../src/providers/openai/openai-api-schemas';
import { redactKeyFragments } from '../../../src/providers/openai/openai-error';
import { ProviderApiError, type VideoRequest } from '../../../src/providers/spec';

const BASE = 'https://api.openai.com/v1';
const video = (fields: Record<string, unknown>) => openaiVideoSchema.parse({ id: 'video_1', status: 'queued', ...fields });
const request = (overrides: Partial<VideoRequest> = {}): VideoRequest => ({
  model: 'sora-2',
  prompt: 'a harbour at dawn',
  durationSeconds: 8,
  aspectRatio: '16:9',
  audio: true,
  clientJobId: 'job-1',
  ...overrides,
});

describe('toOpenAIJobStatus', () => {
  it.each([
    [
      { status: 'queued', progress: 0 },
      { state: 'pending', progress: 0 },
    ],
    [
      { status: 'in_progress', progress: 42 },
      { state: 'pending', progress: 0.42 },
    ],
    [
      { status: 'in_progress', progress: 140 },
      { state: 'pending', progress: 1 },
    ],
    [{ status: 'in_progress', progress: null }, { state: 'pending' }],
    [{ status: 'some_new_state' }, { state: 'pending' }],
  ])('reads %o as %o', (fields, expected) => {
    expect(toOpenAIJobStatus(video(fields), BASE)).toEqual(expected);
  });

  it('points a completed video at its content URL, with duration and expiry', () => {
    const status = toOpenAIJobStatus(
      video({ status: 'completed', progress: 100, seconds: '8', expires_at: 1_790_000_000, extra_field: true }),
      `${BASE}/`,
    );
    expect(status).toEqual({
      state: 'completed',
      assets: [{ url: `${BASE}/videos/video_1/content`, durationSeconds: 8, expiresAtMs: 1_790_000_000_000 }],
    });
  });

  it('keeps the provider\u2019s moderation reason and flags it', () => {
    const status = toOpenAIJobStatus(
      video({ status: 'failed', error: { code: 'moderation_blocked', message: 'Your request was blocked by our moderation system.' } }),
      BASE,
    );
    expect(status).toEqual({
      state: 'failed',
      reason: 'Your request was blocked by our moderation system.',
      code: 'moderation_blocked',
      moderated: true,
    });
  });

  it('gives a failure without an error a reason, not flagged as moderated', () => {
    expect(toOpenAIJobStatus(video({ status: 'failed', error: null }), BASE)).toMatchObject({
      state: 'failed',
      moderated: false,
      reason: expect.stringMatching(/without a reason/),
    });
  });
});

describe('mapOpenAIErrorBody', () => {
  const envelope = (error: Record<string, unknown>) => ({
    error: { message: null, type: 'invalid_request_error', param: null, code: null, ...error },
  });

  it.each([
    [
      'create',
      404,
      envelope({ code: 'model_not_found', message: 'The model `sora-1` does not exist.' }),
      'not-found',
      /retired at this endpoint/,
    ],
    ['read', 404, envelope({ message: 'Invalid URL (GET /v1/videos/video_1)' }), 'not-found', /retired at this endpoint/],
    ['create', 410, {}, 'not-found', /retired at this endpoint.*2026-09-24/],
    [
      'read',
      404,
      envelope({ message: "Video with id 'video_9' not found.", param: 'video_id' }),
      undefined,
      /^Video with id 'video_9' not found\.$/,
    ],
    [
      'create',
      401,
      envelope({ code: 'invalid_api_key', message: 'Incorrect API key provided: sk-ab***wxyz.' }),
      'auth',
      /check OPENAI_API_KEY/,
    ],
    [
      'create',
      400,
      envelope({ code: 'sentinel_block', message: 'Rejected by the safety system.' }),
      'moderation',
      /Rejected by the safety system/,
    ],
    [
      'create',
      429,
      envelope({ code: 'insufficient_quota', type: 'insufficient_quota', message: 'You exceeded your current quota.' }),
      'quota',
      /billing/,
    ],
    ['read', 429, envelope({ code: 'rate_limit_exceeded', message: 'Rate limit reached.' }), 'rate-limit', /Rate limit reached/],
    [
      'create',
      400,
      envelope({ code: 'invalid_value', param: 'seconds', message: "Invalid value: '7'." }),
      'invalid-request',
      /\(field: seconds\)$/,
    ],
    ['download', 404, envelope({ code: 'video_expired', message: 'The content has expired.' }), 'not-found', /no longer available/],
    ['create', 400, { error: { code: 'content_filter', message: 'Azure content filter' } }, 'moderation', /Azure content filter/],
    ['read', 502, '<html>Bad gateway</html>', undefined, undefined],
  ] as const)('%s %i %j → %s', (call, status, body, kind, message) => {
    const mapped = mapOpenAIErrorBody(call, status, body);
    expect(mapped.kind).toBe(kind);
    if (message == null) expect(mapped.message).toBeUndefined();
    else expect(mapped.message).toMatch(message);
  });

  it('points a retired Sora call at another provider, never at an endpoint that would still serve it', () => {
    const { message } = mapOpenAIErrorBody('create', 404, envelope({ message: 'Invalid URL (POST /v1/videos)' }));
    expect(message).toMatch(/Azure OpenAI retired sora-2 on 2026-10-15; choose a model from another provider/);
    expect(message).not.toMatch(/may still serve|still serves/);
  });

  it('never repeats the key fragment OpenAI echoes back', () => {
    const mapped = mapOpenAIErrorBody(
      'read',
      401,
      envelope({ code: 'invalid_api_key', message: 'Incorrect API key provided: sk-pr*********Zq9X.' }),
    );
    expect(mapped.message).not.toMatch(/Zq9X|sk-pr/);
    expect(redactKeyFragments('key sk-proj-abc123***xyz9 rejected')).toBe('key [redacted key] rejected');
  });
});

describe('detectOpenAIAuthStyle', () => {
  it.each([
    ['https://api.openai.com/v1', 'bearer'],
    ['https://my-res.openai.azure.com/openai/v1', 'api-key'],
    ['https://my-res.cognitiveservices.azure.com/openai/v1', 'api-key'],
    ['https://openai.azure.com.example.org/v1', 'bearer'],
    ['http://127.0.0.1:4010/openai', 'bearer'],
    ['not a url', 'bearer'],
  ])('%s → %s', (baseUrl, style) => {
    expect(detectOpenAIAuthStyle(baseUrl)).toBe(style);
  });
});

describe('buildOpenAICreate', () => {
  it('sends seconds as a string and the 720p size for the aspect ratio', () => {
    expect(buildOpenAICreate(request({ aspectRatio: '9:16', durationSeconds: 12 })).body).toEqual({
      model: 'sora-2',
      prompt: 'a harbour at dawn',
      seconds: '12',
      size: '720x1280',
    });
  });

  it.each([
    ['an aspect ratio Sora cannot make', request({ aspectRatio: '1:1' }), /16:9 or 9:16.*\(field: aspectRatio\)/],
    ['a duration the API does not take', request({ durationSeconds: 7 }), /\(field: seconds\)/],
    // Deliberately ill-typed: options can arrive from untyped places (presets, JSON).
    [
      'options that do not parse',
      { ...request(), providerOptions: { openai: { size: '640x480' } } } as unknown as OpenAIVideoRequest,
      /providerOptions\.openai\.size/,
    ],
  ])('refuses %s before anything is sent', (_label, input: OpenAIVideoRequest, message) => {
    let caught: unknown;
    try {
      buildOpenAICreate(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ProviderApiError);
    expect(caught).toMatchObject({ kind: 'invalid-request', status: undefined });
    expect((caught as Error).message).toMatch(message);
  });
});

describe('openaiRegistration after the shutdown', () => {
  it('tells whoever enters a key that nothing uses it any more', async () => {
    const { openaiRegistration } = await import('../../../src/providers/openai');
    expect(openaiRegistration.credentials.map((spec) => spec.label)).toEqual([
      'API key (no longer used: OpenAI shut the Sora API down on 2026-09-24)',
    ]);
  });
});
