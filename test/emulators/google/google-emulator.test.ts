import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeEmulatorRequest } from '../../../src/emulators/emulator-router';
import { parseFaultSpec } from '../../../src/emulators/faults';
import { classifyGoogleRequest, createGoogleEmulator, DEMO_GEMINI_API_KEY, DEMO_VERTEX_ACCESS_TOKEN } from '../../../src/emulators/google';
import { loopedClip } from '../../../src/media';
import { DEMO_CLIP, startGoogleEmulatorServer, type GoogleEmulatorServer } from './google-emulator-server';

let server: GoogleEmulatorServer;

beforeAll(async () => {
  server = await startGoogleEmulatorServer({ pollsUntilDone: 1 });
});
afterAll(() => server.close());

const VERTEX_MODELS = '/v1beta1/projects/demo-project/locations/us-central1/publishers/google/models';

async function call(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { 'content-type': 'application/json', ...init.headers },
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
    redirect: 'manual',
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text === '' ? undefined : JSON.parse(text) };
}

const withKey = { 'x-goog-api-key': DEMO_GEMINI_API_KEY };
const withToken = { authorization: `Bearer ${DEMO_VERTEX_ACCESS_TOKEN}` };
const body = (parameters: Record<string, unknown> = {}, prompt = 'a red kite over hills') => ({ instances: [{ prompt }], parameters });
/** What Veo serves for a create without durationSeconds (8 s): the 5 s demo clip played twice. */
const DEFAULT_LENGTH_CLIP = loopedClip(DEMO_CLIP, 8);

describe('Google emulator: Gemini API authentication', () => {
  it('refuses a call without a key with 403 PERMISSION_DENIED', async () => {
    const { status, json } = await call('/v1beta/models/veo-3.1-generate-preview:predictLongRunning', { body: body() });
    expect(status).toBe(403);
    expect(json).toEqual({ error: { code: 403, status: 'PERMISSION_DENIED', message: expect.stringMatching(/unregistered callers/) } });
  });

  it('refuses a wrong key with 400 INVALID_ARGUMENT and reason API_KEY_INVALID, as Google does', async () => {
    const { status, json } = await call('/v1beta/models/veo-3.1-generate-preview:predictLongRunning', {
      body: body(),
      headers: { 'x-goog-api-key': 'nope' },
    });
    expect(status).toBe(400);
    expect(json.error).toMatchObject({
      status: 'INVALID_ARGUMENT',
      details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID' }],
    });
  });

  it('accepts the key as a ?key= query parameter too', async () => {
    const { status, json } = await call(`/v1beta/models/veo-3.1-generate-preview:predictLongRunning?key=${DEMO_GEMINI_API_KEY}`, {
      body: body(),
    });
    expect(status).toBe(200);
    expect(json.name).toMatch(/^models\/veo-3\.1-generate-preview\/operations\/[a-z0-9]+$/);
  });
});

describe('Google emulator: Gemini API create and operations', () => {
  it.each([
    ['a duration Veo 3 does not take', { durationSeconds: 5 }, 'parameters.durationSeconds'],
    ['a duration as a string', { durationSeconds: '8' }, 'parameters.durationSeconds'],
    ['a square frame', { aspectRatio: '1:1' }, 'parameters.aspectRatio'],
    ['1080p for 4 seconds', { resolution: '1080p', durationSeconds: 4 }, 'parameters.resolution'],
    ['a negative seed', { seed: -1 }, 'parameters.seed'],
    ['allow_adult for text-to-video', { personGeneration: 'allow_adult' }, 'parameters.personGeneration'],
    ['the Vertex-only storageUri', { storageUri: 'gs://b/' }, 'parameters.storageUri'],
    ['an unknown parameter', { fancy: true }, 'parameters.fancy'],
  ])('refuses %s with INVALID_ARGUMENT naming the field', async (_label, parameters, field) => {
    const before = server.emulator.operations.size;
    const { status, json } = await call('/v1beta/models/veo-3.1-generate-preview:predictLongRunning', {
      body: body(parameters),
      headers: withKey,
    });
    expect(status).toBe(400);
    expect(json.error).toMatchObject({ status: 'INVALID_ARGUMENT', details: [{ fieldViolations: [{ field }] }] });
    expect(server.emulator.operations.size).toBe(before);
  });

  it('refuses malformed JSON and an empty prompt', async () => {
    expect(
      (await call('/v1beta/models/veo-3.1-generate-preview:predictLongRunning', { body: '{"instances":', headers: withKey })).status,
    ).toBe(400);
    const empty = await call('/v1beta/models/veo-3.1-generate-preview:predictLongRunning', { body: body({}, '  '), headers: withKey });
    expect(empty.json.error.details[0].fieldViolations[0].field).toBe('instances[0].prompt');
  });

  it('answers an unknown model with Gemini\u2019s not-found wording, and a shut-down one as no longer available', async () => {
    const unknown = await call('/v1beta/models/veo-9:predictLongRunning', { body: body(), headers: withKey });
    expect(unknown.status).toBe(404);
    expect(unknown.json.error).toEqual({
      code: 404,
      status: 'NOT_FOUND',
      message:
        'models/veo-9 is not found for API version v1beta, or is not supported for predictLongRunning. Call ListModels to see the list of available models and their supported methods.',
    });
    const retired = await call('/v1beta/models/veo-3.0-generate-preview:predictLongRunning', { body: body(), headers: withKey });
    expect(retired.status).toBe(404);
    expect(retired.json.error).toMatchObject({
      code: 404,
      status: 'NOT_FOUND',
      message: expect.stringMatching(/^models\/veo-3\.0-generate-preview is no longer available/),
    });
  });

  it('is not done, then done with a file URI; the file redirects to a signed link that serves the clip', async () => {
    const created = (await call('/v1beta/models/veo-3.1-generate-preview:predictLongRunning', { body: body(), headers: withKey })).json;
    const first = (await call(`/v1beta/${created.name}`, { headers: withKey })).json;
    expect(first).toEqual({ name: created.name });
    const done = (await call(`/v1beta/${created.name}`, { headers: withKey })).json;
    expect(done).toMatchObject({
      name: created.name,
      done: true,
      response: {
        '@type': 'type.googleapis.com/google.ai.generativelanguage.v1beta.PredictLongRunningResponse',
        generateVideoResponse: { generatedSamples: [{ video: { uri: expect.any(String) } }] },
      },
    });

    const uri = new URL(done.response.generateVideoResponse.generatedSamples[0].video.uri as string);
    expect(uri.origin).toBe('https://generativelanguage.googleapis.com');
    const localPath = `${uri.pathname}${uri.search}`;
    expect((await call(localPath)).status).toBe(403); // no key, no file

    const redirect = await call(localPath, { headers: withKey });
    expect(redirect.status).toBe(302);
    const signed = redirect.headers.get('location')!;
    expect(signed.startsWith(`${server.baseUrl}/signed-downloads/`)).toBe(true);
    const file = await fetch(signed);
    expect(file.headers.get('content-length')).toBe(String(DEFAULT_LENGTH_CLIP.length));
    expect(Buffer.from(await file.arrayBuffer()).equals(Buffer.from(DEFAULT_LENGTH_CLIP))).toBe(true);
    // A tampered signature is refused.
    expect((await fetch(signed.replace(/Signature=[^&]+/, 'Signature=forged'))).status).toBe(403);
  });

  it('never finishes a "[never]" prompt', async () => {
    const created = (
      await call('/v1beta/models/veo-3.1-generate-preview:predictLongRunning', { body: body({}, 'endless [never]'), headers: withKey })
    ).json;
    for (let poll = 0; poll < 5; poll++) expect((await call(`/v1beta/${created.name}`, { headers: withKey })).json.done).toBeUndefined();
  });

  it('answers scripted faults in Google\u2019s envelope, the wait as RetryInfo.retryDelay (no Retry-After header)', async () => {
    server.faults.add(...parseFaultSpec('google:create:429:retry-after=9,google:create:429:retry-after=1.5'));
    const { status, headers, json } = await call('/v1beta/models/veo-3.1-generate-preview:predictLongRunning', {
      body: body(),
      headers: withKey,
    });
    expect(status).toBe(429);
    expect(headers.get('retry-after')).toBeNull();
    expect(json.error).toMatchObject({
      code: 429,
      status: 'RESOURCE_EXHAUSTED',
      details: [
        { '@type': 'type.googleapis.com/google.rpc.QuotaFailure' },
        { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '9s' },
      ],
    });
    const fractional = await call('/v1beta/models/veo-3.1-generate-preview:predictLongRunning', { body: body(), headers: withKey });
    expect(fractional.json.error.details[1]).toEqual({ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '1.500s' });
  });

  it('refuses a seed on the Gemini API (Vertex AI only), with a BadRequest naming the field', async () => {
    const { status, json } = await call('/v1beta/models/veo-3.1-generate-preview:predictLongRunning', {
      body: body({ seed: 7 }),
      headers: withKey,
    });
    expect(status).toBe(400);
    expect(json.error).toMatchObject({
      code: 400,
      status: 'INVALID_ARGUMENT',
      details: [{ '@type': 'type.googleapis.com/google.rpc.BadRequest', fieldViolations: [{ field: 'parameters.seed' }] }],
    });
  });
});

describe('Google emulator: Vertex AI', () => {
  it('requires the bearer token and the project', async () => {
    const anonymous = await call(`${VERTEX_MODELS}/veo-3.1-generate-001:predictLongRunning`, { body: body() });
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.error).toMatchObject({ status: 'UNAUTHENTICATED', details: [{ reason: 'CREDENTIALS_MISSING' }] });

    const foreign = await call(
      '/v1/projects/other/locations/us-central1/publishers/google/models/veo-3.1-generate-001:predictLongRunning',
      { body: body(), headers: withToken },
    );
    expect(foreign.status).toBe(403);
    expect(foreign.json.error.message).toMatch(/Permission 'aiplatform.endpoints.predict' denied/);
  });

  it('answers a retired Veo 3 with Vertex\u2019s "Publisher Model … was not found"', async () => {
    const { status, json } = await call(`${VERTEX_MODELS}/veo-3.0-fast-generate-001:predictLongRunning`, {
      body: body(),
      headers: withToken,
    });
    expect(status).toBe(404);
    expect(json.error.message).toMatch(
      /^Publisher Model `projects\/demo-project\/locations\/us-central1\/publishers\/google\/models\/veo-3\.0-fast-generate-001` was not found/,
    );
  });

  it('polls through fetchPredictOperation only for an operation of the same model', async () => {
    const created = (
      await call(`${VERTEX_MODELS}/veo-3.1-generate-001:predictLongRunning`, { body: body({ generateAudio: false }), headers: withToken })
    ).json;
    expect(server.emulator.operations.get(created.name)?.create.generateAudio).toBe(false);
    const elsewhere = await call(`${VERTEX_MODELS}/veo-3.1-fast-generate-001:fetchPredictOperation`, {
      body: { operationName: created.name },
      headers: withToken,
    });
    expect(elsewhere.status).toBe(400);

    await call(`${VERTEX_MODELS}/veo-3.1-generate-001:fetchPredictOperation`, {
      body: { operationName: created.name },
      headers: withToken,
    });
    const done = (
      await call(`${VERTEX_MODELS}/veo-3.1-generate-001:fetchPredictOperation`, {
        body: { operationName: created.name },
        headers: withToken,
      })
    ).json;
    expect(done.response).toMatchObject({
      '@type': 'type.googleapis.com/cloud.ai.large_models.vision.GenerateVideoResponse',
      raiMediaFilteredCount: 0,
      videos: [{ mimeType: 'video/mp4' }],
    });
    expect(Buffer.from(done.response.videos[0].bytesBase64Encoded, 'base64').equals(Buffer.from(DEFAULT_LENGTH_CLIP))).toBe(true);
  });

  it('writes to a storageUri and serves the object through the Cloud Storage JSON API, with Range', async () => {
    const created = (
      await call(`${VERTEX_MODELS}/veo-3.1-generate-001:predictLongRunning`, {
        body: body({ storageUri: 'gs://bucket-a/out' }),
        headers: withToken,
      })
    ).json;
    for (let poll = 0; poll < 2; poll++)
      await call(`${VERTEX_MODELS}/veo-3.1-generate-001:fetchPredictOperation`, {
        body: { operationName: created.name },
        headers: withToken,
      });
    const gcsUri = server.emulator.operations.get(created.name)?.gcsUri;
    expect(gcsUri).toMatch(/^gs:\/\/bucket-a\/out\/[\w-]+\/sample_0\.mp4$/);

    const objectPath = `/storage/v1/b/bucket-a/o/${encodeURIComponent(gcsUri!.slice('gs://bucket-a/'.length))}?alt=media`;
    expect((await call(objectPath)).status).toBe(401);
    const partial = await fetch(`${server.baseUrl}${objectPath}`, { headers: { ...withToken, range: 'bytes=10-' } });
    expect(partial.status).toBe(206);
    expect(Buffer.from(await partial.arrayBuffer()).equals(Buffer.from(DEFAULT_LENGTH_CLIP.subarray(10)))).toBe(true);
    expect((await call('/storage/v1/b/bucket-a/o/missing.mp4?alt=media', { headers: withToken })).status).toBe(404);
  });

  it('filters a "[moderate]" prompt with Vertex\u2019s wording', async () => {
    const created = (
      await call(`${VERTEX_MODELS}/veo-3.1-generate-001:predictLongRunning`, { body: body({}, 'bad [moderate]'), headers: withToken })
    ).json;
    await call(`${VERTEX_MODELS}/veo-3.1-generate-001:fetchPredictOperation`, {
      body: { operationName: created.name },
      headers: withToken,
    });
    const done = (
      await call(`${VERTEX_MODELS}/veo-3.1-generate-001:fetchPredictOperation`, {
        body: { operationName: created.name },
        headers: withToken,
      })
    ).json;
    expect(done.response).toMatchObject({
      raiMediaFilteredCount: 1,
      raiMediaFilteredReasons: [expect.stringMatching(/Vertex AI's usage guidelines/)],
    });
    expect(done.response).not.toHaveProperty('videos');
  });
});

describe('classifyGoogleRequest', () => {
  it.each([
    ['POST', '/v1beta/models/veo-3.1-generate-preview:predictLongRunning', 'create'],
    ['POST', `${VERTEX_MODELS}/veo-3.1-generate-001:predictLongRunning`, 'create'],
    ['GET', '/v1beta/models/veo-3.1-generate-preview/operations/abc', 'poll'],
    ['POST', `${VERTEX_MODELS}/veo-3.1-generate-001:fetchPredictOperation`, 'poll'],
    ['GET', '/v1beta/files/abc:download?alt=media', 'download'],
    ['GET', '/signed-downloads/abc?Signature=x', 'download'],
    ['GET', '/storage/v1/b/b/o/x.mp4?alt=media', 'download'],
    ['GET', '/v1beta/models', 'other'],
  ])('%s %s is %s', (method, path, phase) => {
    expect(classifyGoogleRequest(method, path)).toBe(phase);
  });

  it("answers unknown paths 404 in Google's error envelope", async () => {
    const response = await fetch(`${server.baseUrl}/v2/unknown`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 404, status: 'NOT_FOUND' } });
  });
});

describe('Google emulator mounted under a base path, as the sandbox does (/emulators/google)', () => {
  it('hands out signed download links that include the base path', async () => {
    const key = DEMO_GEMINI_API_KEY;
    const emulator = createGoogleEmulator({
      apiKey: key,
      accessToken: 't',
      project: 'p',
      videoBytes: DEMO_CLIP,
      basePath: '/emulators/google',
      pollsUntilDone: 0,
      legacyGeminiVeo: true,
    });
    const host = createServer((req, res) => {
      void routeEmulatorRequest([{ name: 'google', prefix: '/emulators/google', handle: emulator.handle }], req, res).then((handled) => {
        if (!handled) res.writeHead(418).end();
      });
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
    try {
      const headers = { 'x-goog-api-key': key, 'content-type': 'application/json' };
      const created = (await (
        await fetch(`${origin}/emulators/google/v1beta/models/veo-3.1-generate-preview:predictLongRunning`, {
          method: 'POST',
          headers,
          body: JSON.stringify(body()),
        })
      ).json()) as { name: string };
      const done = await (await fetch(`${origin}/emulators/google/v1beta/${created.name}`, { headers })).json();
      const uri = new URL(done.response.generateVideoResponse.generatedSamples[0].video.uri as string);
      const redirect = await fetch(`${origin}/emulators/google${uri.pathname}${uri.search}`, { headers, redirect: 'manual' });
      expect(redirect.headers.get('location')).toMatch(new RegExp(`^${origin}/emulators/google/signed-downloads/`));
      expect((await fetch(redirect.headers.get('location')!)).status).toBe(200);
    } finally {
      host.closeAllConnections();
      await new Promise((resolve) => host.close(resolve));
    }
  });
});
