import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_GEMINI_API_KEY, DEMO_VERTEX_ACCESS_TOKEN, GOOGLE_RETIRED_MODELS } from '../../../src/emulators/google';
import { startGoogleEmulatorServer, type GoogleEmulatorServer } from './google-emulator-server';

let server: GoogleEmulatorServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const withKey = { 'x-goog-api-key': DEMO_GEMINI_API_KEY };
const createBody = JSON.stringify({ instances: [{ prompt: 'a heron' }], parameters: {} });

async function call(path: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}) {
  const response = await fetch(`${server!.baseUrl}${path}`, {
    method: init.method ?? (init.body == null ? 'GET' : 'POST'),
    headers: { 'content-type': 'application/json', ...init.headers },
    body: init.body,
  });
  return { status: response.status, json: await response.json() };
}

describe('Google emulator by default: the Gemini API as it is on 2026-12-06', () => {
  it('answers every Gemini API Veo id with 404 "no longer available", the preview ids included', async () => {
    server = await startGoogleEmulatorServer({ legacyGeminiVeo: false });
    expect(GOOGLE_RETIRED_MODELS['gemini-api']).toEqual(
      expect.arrayContaining(['veo-3.1-generate-preview', 'veo-3.1-fast-generate-preview', 'veo-3.0-generate-001']),
    );
    for (const model of [
      'veo-3.1-generate-preview',
      'veo-3.1-fast-generate-preview',
      'veo-3.1-lite-generate-preview',
      'veo-3.0-generate-001',
    ]) {
      const { status, json } = await call(`/v1beta/models/${model}:predictLongRunning`, { body: createBody, headers: withKey });
      expect(status).toBe(404);
      expect(json.error).toMatchObject({
        code: 404,
        status: 'NOT_FOUND',
        message: expect.stringContaining(`models/${model} is no longer available`),
      });
    }
  });

  it('lists models in the Gemini API shape, with no Veo id', async () => {
    server = await startGoogleEmulatorServer({ legacyGeminiVeo: false });
    const { status, json } = await call('/v1beta/models', { headers: withKey });
    expect(status).toBe(200);
    expect(json.models.length).toBeGreaterThan(0);
    for (const model of json.models) {
      expect(model).toMatchObject({
        name: expect.stringMatching(/^models\//),
        displayName: expect.any(String),
        supportedGenerationMethods: expect.any(Array),
      });
    }
    expect(json.models.map((model: { name: string }) => model.name).filter((name: string) => name.includes('veo'))).toEqual([]);
  });

  it('still serves Vertex AI\u2019s GA Veo 3.1', async () => {
    server = await startGoogleEmulatorServer({ legacyGeminiVeo: false });
    const path = '/v1/projects/demo-project/locations/us-central1/publishers/google/models/veo-3.1-generate-001:predictLongRunning';
    const { status } = await call(path, { body: createBody, headers: { authorization: `Bearer ${DEMO_VERTEX_ACCESS_TOKEN}` } });
    expect(status).toBe(200);
  });
});

describe('Google emulator: model listing', () => {
  it('lists the served Veo ids with predictLongRunning, pages with nextPageToken, and needs the key', async () => {
    server = await startGoogleEmulatorServer({ legacyGeminiVeo: true, otherListedModels: ['gemini-2.5-flash'] });
    expect((await call('/v1beta/models')).status).toBe(403);

    const first = await call('/v1beta/models?pageSize=2', { headers: withKey });
    expect(first.json.models).toHaveLength(2);
    expect(first.json.nextPageToken).toEqual(expect.any(String));
    const names: string[] = first.json.models.map((model: { name: string }) => model.name);
    let token: string | undefined = first.json.nextPageToken;
    while (token != null) {
      const page = await call(`/v1beta/models?pageSize=2&pageToken=${encodeURIComponent(token)}`, { headers: withKey });
      names.push(...page.json.models.map((model: { name: string }) => model.name));
      token = page.json.nextPageToken;
    }
    expect(names).toEqual([
      'models/gemini-2.5-flash',
      'models/veo-3.1-generate-preview',
      'models/veo-3.1-fast-generate-preview',
      'models/veo-3.1-lite-generate-preview',
      'models/veo-3.0-generate-001',
      'models/veo-3.0-fast-generate-001',
      'models/gemini-omni-1.2-flash',
      'models/gemini-omni-1.1-flash',
    ]);
    const veo = (await call('/v1beta/models', { headers: withKey })).json.models.find(
      (model: { name: string }) => model.name === 'models/veo-3.1-generate-preview',
    );
    expect(veo).toMatchObject({ supportedGenerationMethods: ['predictLongRunning'], displayName: 'Veo 3.1' });
  });

  it('refuses a page size that is not a number', async () => {
    server = await startGoogleEmulatorServer();
    expect((await call('/v1beta/models?pageSize=lots', { headers: withKey })).json.error).toMatchObject({
      code: 400,
      status: 'INVALID_ARGUMENT',
    });
  });
});

describe('Google emulator: an expired Vertex access token', () => {
  it('answers 401 UNAUTHENTICATED with ErrorInfo reason ACCESS_TOKEN_EXPIRED once the token has expired', async () => {
    let nowMs = 1_000;
    server = await startGoogleEmulatorServer({ now: () => nowMs, accessTokenExpiresAtMs: 3_601_000 });
    const path = '/v1/projects/demo-project/locations/us-central1/publishers/google/models/veo-3.1-generate-001:predictLongRunning';
    const headers = { authorization: `Bearer ${DEMO_VERTEX_ACCESS_TOKEN}` };
    expect((await call(path, { body: createBody, headers })).status).toBe(200);
    nowMs = 3_601_000;
    const { status, json } = await call(path, { body: createBody, headers });
    expect(status).toBe(401);
    expect(json.error).toMatchObject({
      code: 401,
      status: 'UNAUTHENTICATED',
      details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'ACCESS_TOKEN_EXPIRED' }],
    });
  });
});
