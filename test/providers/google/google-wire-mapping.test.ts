import { describe, expect, it } from 'vitest';
import {
  createGoogleErrorMapper,
  googleOperationSchema,
  googleRegistration,
  googleVertexRegistration,
  mapGoogleErrorBody,
  planGoogleDownload,
  toGoogleJobStatus,
} from '../../../src/providers/google';
import { writeInlineVideo } from '../../../src/providers/google/google-inline-video';
import { DownloadVerificationError } from '../../../src/providers/spec';
import { createMemoryByteSink } from '../../support/memory-byte-sink';
import { DEMO_CLIP } from '../../emulators/google/google-emulator-server';

const envelope = (status: string, message: string, details?: unknown[]) => ({ error: { code: 0, status, message, details } });

describe('mapGoogleErrorBody', () => {
  it.each([
    ['UNAUTHENTICATED', 401, 'auth'],
    ['PERMISSION_DENIED', 403, 'auth'],
    ['INVALID_ARGUMENT', 400, 'invalid-request'],
    ['FAILED_PRECONDITION', 400, 'invalid-request'],
    ['RESOURCE_EXHAUSTED', 429, 'rate-limit'],
    ['NOT_FOUND', 404, 'not-found'],
    ['UNAVAILABLE', 503, 'server'],
    ['INTERNAL', 500, 'server'],
    ['DEADLINE_EXCEEDED', 504, 'server'],
  ])('%s is %s', (status, httpStatus, kind) => {
    expect(mapGoogleErrorBody(httpStatus, envelope(status, 'm'), 'create')).toMatchObject({ kind, providerCode: status });
  });

  it('reads a wrong API key (400 INVALID_ARGUMENT, reason API_KEY_INVALID) as auth', () => {
    const body = envelope('INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.', [
      { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID', domain: 'googleapis.com' },
    ]);
    expect(mapGoogleErrorBody(400, body, 'create')).toMatchObject({
      kind: 'auth',
      message: expect.stringMatching(/^API key not valid.*check the Gemini API key/),
    });
  });

  it('reads a daily QuotaFailure as quota and a per-minute one as a rate limit, keeping RetryInfo', () => {
    const quota = (quotaId: string) =>
      envelope('RESOURCE_EXHAUSTED', 'You exceeded your current quota', [
        { '@type': 'type.googleapis.com/google.rpc.QuotaFailure', violations: [{ quotaId }] },
        { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '39s' },
      ]);
    expect(mapGoogleErrorBody(429, quota('PredictLongRunningRequestsPerDayPerProjectPerModel'), 'create').kind).toBe('quota');
    const perMinute = mapGoogleErrorBody(429, quota('PredictLongRunningRequestsPerMinutePerProjectPerModel'), 'create');
    expect(perMinute.kind).toBe('rate-limit');
    expect(perMinute.message).toMatch(/retrying in 39s/);
  });

  it('names the field of a BadRequest', () => {
    const body = envelope('INVALID_ARGUMENT', 'bad duration', [
      {
        '@type': 'type.googleapis.com/google.rpc.BadRequest',
        fieldViolations: [{ field: 'parameters.durationSeconds', description: 'x' }],
      },
    ]);
    expect(mapGoogleErrorBody(400, body, 'create').message).toBe('bad duration — field parameters.durationSeconds');
  });

  it('says "retired" only for a model on create; a missing operation on poll says so instead', () => {
    const missingModel = envelope('NOT_FOUND', 'models/veo-9 is not found for API version v1beta');
    expect(mapGoogleErrorBody(404, missingModel, 'create').message).toMatch(/retired or not offered at this endpoint/);
    expect(mapGoogleErrorBody(404, envelope('NOT_FOUND', 'Operation x not found.'), 'poll').message).toMatch(/operation no longer exists/);
    expect(mapGoogleErrorBody(404, envelope('NOT_FOUND', 'Operation x not found.'), 'create').message).not.toMatch(/retired/);
  });

  it('leaves a body that is not Google\u2019s to the HTTP status', () => {
    expect(mapGoogleErrorBody(502, '<html>Bad Gateway</html>', 'poll')).toEqual({ message: '<html>Bad Gateway</html>' });
    expect(mapGoogleErrorBody(502, { detail: 'x' }, 'poll')).toEqual({});
  });

  it('blanks out a credential a message might echo', () => {
    const mapper = createGoogleErrorMapper('create', ['AIzaFAKE-secret-test']);
    expect(mapper(400, envelope('INVALID_ARGUMENT', 'key AIzaFAKE-secret-test is malformed')).message).toBe('key [redacted] is malformed');
  });
});

describe('toGoogleJobStatus', () => {
  const status = (operation: unknown) =>
    toGoogleJobStatus(googleOperationSchema.parse(operation), { providerName: 'Google Veo', nowMs: 5 });

  it('reads not done as pending, with no progress (Google reports none)', () => {
    expect(status({ name: 'models/m/operations/1' })).toEqual({ state: 'pending' });
    expect(status({ name: 'models/m/operations/1', done: false, metadata: { anything: true } })).toEqual({ state: 'pending' });
  });

  it('addresses Vertex inline bytes by operation and index, and keeps gs:// URIs as they are', () => {
    expect(
      status({
        name: 'projects/p/operations/o',
        done: true,
        response: { videos: [{ bytesBase64Encoded: 'AAAA', mimeType: 'video/mp4' }, { gcsUri: 'gs://b/o.mp4' }] },
      }),
    ).toEqual({
      state: 'completed',
      assets: [{ url: 'x-google-operation:projects/p/operations/o?video=0' }, { url: 'gs://b/o.mp4' }],
    });
  });

  it('reads a moderation-worded operation error as moderated', () => {
    expect(
      status({ name: 'n', done: true, error: { code: 3, message: "The prompt violates Vertex AI's usage guidelines." } }),
    ).toMatchObject({
      state: 'failed',
      moderated: true,
      code: '3',
    });
  });

  it('rejects done without videos, error or filter report as an invalid response', () => {
    expect(() => status({ name: 'n', done: true, response: { generateVideoResponse: {} } })).toThrow(/finished without videos/);
  });
});

describe('planGoogleDownload', () => {
  const context = { apiBaseUrl: 'http://127.0.0.1:9/google/', storageBaseUrl: 'https://storage.googleapis.com' };

  it('rebuilds a Gemini file URI on the configured base, as the SDK does', () => {
    expect(planGoogleDownload('https://generativelanguage.googleapis.com/v1beta/files/abc123:download?alt=media', context)).toEqual({
      kind: 'http',
      url: 'http://127.0.0.1:9/google/v1beta/files/abc123:download?alt=media',
      authorized: true,
    });
  });

  it('maps gs:// to the Cloud Storage JSON API, the object name encoded as one segment', () => {
    expect(planGoogleDownload('gs://my-bucket/clips/op 1/sample_0.mp4', context)).toEqual({
      kind: 'http',
      url: 'https://storage.googleapis.com/storage/v1/b/my-bucket/o/clips%2Fop%201%2Fsample_0.mp4?alt=media',
      authorized: true,
    });
  });

  it('never sends the credential to a foreign host', () => {
    expect(planGoogleDownload('https://cdn.example.com/files/abc123.mp4', context)).toEqual({
      kind: 'http',
      url: 'https://cdn.example.com/files/abc123.mp4',
      authorized: false,
    });
  });

  it('reads an inline-video address back into operation and index', () => {
    expect(
      planGoogleDownload('x-google-operation:projects/p/locations/l/publishers/google/models/m/operations/o?video=2', context),
    ).toEqual({
      kind: 'inline',
      operationName: 'projects/p/locations/l/publishers/google/models/m/operations/o',
      videoIndex: 2,
    });
  });
});

describe('writeInlineVideo', () => {
  it('writes the decoded clip and closes the sink', async () => {
    const sink = createMemoryByteSink();
    expect(await writeInlineVideo(Buffer.from(DEMO_CLIP).toString('base64'), sink, { providerName: 'Google Veo' })).toBe(DEMO_CLIP.length);
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(DEMO_CLIP))).toBe(true);
    expect(sink.state).toBe('closed');
  });

  it.each([
    ['not base64', '@@@@', /not valid base64/],
    ['not an MP4', Buffer.from('<html>error page</html>').toString('base64'), /not an MP4/],
  ])('aborts the sink for %s', async (_label, base64, message) => {
    const sink = createMemoryByteSink();
    const error = await writeInlineVideo(base64, sink, { providerName: 'Google Veo' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DownloadVerificationError);
    expect((error as Error).message).toMatch(message);
    expect(sink.state).toBe('aborted');
    expect(sink.chunks).toEqual([]);
  });
});

describe('Google registrations', () => {
  it('ask for the SDK\u2019s own variable names; Vertex needs token and project, the rest optional', () => {
    expect(googleRegistration.id).toBe('google');
    expect(googleRegistration.credentials.map((spec) => spec.name)).toEqual(['GEMINI_API_KEY']);
    expect(googleVertexRegistration.id).toBe('google-vertex');
    expect(googleVertexRegistration.credentials.filter((spec) => spec.optional !== true).map((spec) => spec.name)).toEqual([
      'GOOGLE_VERTEX_ACCESS_TOKEN',
      'GOOGLE_CLOUD_PROJECT',
    ]);
  });

  it('create providers whose id matches the registration', () => {
    expect(googleRegistration.create({ credentials: { GEMINI_API_KEY: 'k' } }).id).toBe('google');
    expect(googleVertexRegistration.create({ credentials: { GOOGLE_VERTEX_ACCESS_TOKEN: 't', GOOGLE_CLOUD_PROJECT: 'p' } }).id).toBe(
      'google-vertex',
    );
  });
});
