import { describe, expect, it } from 'vitest';
import {
  buildFalInput,
  buildFalQueueUrls,
  createFalErrorMapper,
  falFailureFromResult,
  falInputFormat,
  falKlingSupportsAudio,
  mapFalErrorBody,
} from '../../../src/providers/fal';
import type { VideoRequest } from '../../../src/providers/spec';

const request = (overrides: Partial<VideoRequest> = {}): VideoRequest => ({
  model: 'fal-ai/veo3.1',
  prompt: 'rain on a tin roof',
  durationSeconds: 6,
  aspectRatio: '16:9',
  audio: true,
  clientJobId: 'c1',
  ...overrides,
});
const options = { providerId: 'fal', providerName: 'fal.ai' };

describe('fal endpoints', () => {
  it.each([
    ['fal-ai/kling-video/v2.6/pro/text-to-video', 'kling', true],
    ['fal-ai/kling-video/v3/standard/text-to-video', 'kling', true],
    ['fal-ai/kling-video/v2.5-turbo/pro/text-to-video', 'kling', false],
    ['fal-ai/kling-video/v2.1/master/text-to-video', 'kling', false],
    ['fal-ai/veo3', 'veo', false],
    ['fal-ai/veo3.1/fast', 'veo', false],
    ['fal-ai/sora-2/text-to-video', undefined, false],
  ])('%s is family %s (Kling audio: %s)', (endpointId, family, audio) => {
    expect(falInputFormat(endpointId)?.family).toBe(family);
    expect(falKlingSupportsAudio(endpointId)).toBe(audio);
  });

  it('builds status, result and cancel URLs on {owner}/{alias}, keeping a namespace', () => {
    expect(buildFalQueueUrls('https://queue.fal.run/', 'fal-ai/kling-video/v2.6/pro/text-to-video', 'r1')).toEqual({
      statusUrl: 'https://queue.fal.run/fal-ai/kling-video/requests/r1/status',
      responseUrl: 'https://queue.fal.run/fal-ai/kling-video/requests/r1',
      cancelUrl: 'https://queue.fal.run/fal-ai/kling-video/requests/r1/cancel',
    });
    expect(buildFalQueueUrls('https://queue.fal.run', 'workflows/me/my-flow/run', 'r2').responseUrl).toBe(
      'https://queue.fal.run/workflows/me/my-flow/requests/r2',
    );
  });
});

describe('buildFalInput', () => {
  it('refuses a Veo duration or frame fal does not have, as invalid-request naming the field', () => {
    expect(() => buildFalInput(request({ durationSeconds: 5 }), options)).toThrow(/duration/);
    expect(() => buildFalInput(request({ aspectRatio: '1:1' }), options)).toThrow(/aspect_ratio/);
  });

  it('leaves an empty negative prompt off the wire', () => {
    const wire = JSON.parse(JSON.stringify(buildFalInput(request({ negativePrompt: '' }), options).input)) as object;
    expect(wire).toEqual({ prompt: 'rain on a tin roof', duration: '6s', aspect_ratio: '16:9', generate_audio: true });
  });
});

describe('mapFalErrorBody', () => {
  it('reads a model error list: field and type, content policy as moderation', () => {
    expect(
      mapFalErrorBody(422, { detail: [{ loc: ['body', 'duration'], msg: "Input should be '5' or '10'", type: 'literal_error' }] }),
    ).toEqual({
      kind: 'invalid-request',
      message: "duration: Input should be '5' or '10'",
      providerCode: 'literal_error',
    });
    expect(mapFalErrorBody(422, { detail: [{ loc: ['body', 'prompt'], msg: 'flagged', type: 'content_policy_violation' }] }).kind).toBe(
      'moderation',
    );
  });

  it('reads a request error sentence, an empty balance as quota, and leaves other shapes to the status', () => {
    expect(mapFalErrorBody(504, { detail: 'Request timed out', error_type: 'request_timeout' })).toEqual({
      message: 'Request timed out',
      providerCode: 'request_timeout',
    });
    expect(mapFalErrorBody(403, { detail: 'User is locked. Reason: Exhausted balance.' }).kind).toBe('quota');
    expect(mapFalErrorBody(502, '<html>bad gateway</html>')).toEqual({ message: '<html>bad gateway</html>' });
    expect(mapFalErrorBody(500, { error: 'x' })).toEqual({});
  });

  it('blanks out the key if a message echoes it', () => {
    expect(createFalErrorMapper(['id:secret'])(401, { detail: 'Key id:secret is not valid' }).message).toBe('Key [redacted] is not valid');
  });
});

describe('falFailureFromResult', () => {
  it('turns a cancelled result into a failure saying so', () => {
    expect(falFailureFromResult(499, { detail: 'Request was cancelled by the client', error_type: 'client_cancelled' })).toEqual({
      state: 'failed',
      reason: 'The request was cancelled (Request was cancelled by the client).',
      code: 'client_cancelled',
      moderated: false,
    });
  });

  it('still explains a result error that is not JSON', () => {
    expect(falFailureFromResult(500, 'Internal Server Error')).toEqual({
      state: 'failed',
      reason: 'fal reported the request as failed (HTTP 500).',
      code: '500',
      moderated: false,
    });
  });
});
