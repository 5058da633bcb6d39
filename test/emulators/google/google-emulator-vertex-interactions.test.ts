import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyGoogleRequest, DEMO_GEMINI_API_KEY, DEMO_VERTEX_ACCESS_TOKEN, DEMO_VERTEX_PROJECT } from '../../../src/emulators/google';
import { parseFaultSpec } from '../../../src/emulators/faults';
import { startGoogleEmulatorServer, type GoogleEmulatorServer } from './google-emulator-server';

/** Each rule the emulator enforces for Gemini Omni on Vertex AI's Interactions API, proven to fire. */
let server: GoogleEmulatorServer;
beforeAll(async () => {
  server = await startGoogleEmulatorServer({ legacyGeminiVeo: false, pollsUntilDone: 1 });
});
afterAll(() => server.close());

const GLOBAL = `/v1beta1/projects/${DEMO_VERTEX_PROJECT}/locations/global/interactions`;
const bearer = { authorization: `Bearer ${DEMO_VERTEX_ACCESS_TOKEN}` };

async function call(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method: init.method ?? (init.body == null ? 'GET' : 'POST'),
    headers: { 'content-type': 'application/json', ...(init.headers ?? bearer) },
    body: init.body == null ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, json: text === '' ? undefined : JSON.parse(text) };
}

const omni = (model = 'gemini-omni-1.2-flash', format: Record<string, unknown> = {}) => ({
  model,
  input: 'wind chimes on a porch',
  background: true,
  response_format: { type: 'video', duration: '8s', delivery: 'inline', ...format },
});

describe('Google emulator: Gemini Omni on Vertex AI interactions', () => {
  it('needs the bearer token (a Gemini API key is not one) and the token’s project', async () => {
    const keyed = await call(GLOBAL, { body: omni(), headers: { 'x-goog-api-key': DEMO_GEMINI_API_KEY } });
    expect(keyed.status).toBe(401);
    expect(keyed.json.error.status).toBe('UNAUTHENTICATED');
    const otherProject = await call('/v1beta1/projects/someone-else/locations/global/interactions', { body: omni() });
    expect(otherProject.status).toBe(403);
    expect(otherProject.json.error.details[0].reason).toBe('IAM_PERMISSION_DENIED');
  });

  it('serves Omni in location global only', async () => {
    const regional = await call(`/v1beta1/projects/${DEMO_VERTEX_PROJECT}/locations/us-central1/interactions`, { body: omni() });
    expect(regional.status).toBe(404);
    expect(regional.json.error.message).toMatch(/use global/);
  });

  it('serves Vertex’s own ids with their own limits: the 1.1 preview, not the Gemini API’s 1.1', async () => {
    expect((await call(GLOBAL, { body: omni('gemini-omni-1.1-flash-preview') })).status).toBe(200);
    const geminiOnly = await call(GLOBAL, { body: omni('gemini-omni-1.1-flash') });
    expect(geminiOnly.status).toBe(404);
    expect(geminiOnly.json.error.message).toMatch(/API version v1beta1/);
    const tooLong = await call(GLOBAL, { body: omni('gemini-omni-1.1-flash-preview', { duration: '12s' }) });
    expect(tooLong.status).toBe(400);
  });

  it('keeps Vertex and Gemini API interactions apart: an id from one is not found on the other', async () => {
    const created = (await call(GLOBAL, { body: omni() })).json;
    expect(server.emulator.vertexInteractions.has(created.id)).toBe(true);
    expect((await call(`${GLOBAL}/${created.id}`)).json.status).toBe('in_progress');
    const onGemini = await call(`/v1beta/interactions/${created.id}`, { headers: { 'x-goog-api-key': DEMO_GEMINI_API_KEY } });
    expect(onGemini.status).toBe(404);
  });

  it('classifies Vertex interactions for scripted faults: create, poll, and cancel as other', async () => {
    expect(classifyGoogleRequest('POST', GLOBAL)).toBe('create');
    expect(classifyGoogleRequest('GET', `${GLOBAL}/v1_abc`)).toBe('poll');
    expect(classifyGoogleRequest('POST', `${GLOBAL}/v1_abc/cancel`)).toBe('other');
    server.faults.add(...parseFaultSpec('google:create:429'));
    expect((await call(GLOBAL, { body: omni() })).json.error.status).toBe('RESOURCE_EXHAUSTED');
  });
});
