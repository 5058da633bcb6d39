import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyGoogleRequest, DEMO_GEMINI_API_KEY, DEMO_VERTEX_ACCESS_TOKEN, GOOGLE_OMNI_MODELS } from '../../../src/emulators/google';
import { parseFaultSpec } from '../../../src/emulators/faults';
import { startGoogleEmulatorServer, type GoogleEmulatorServer } from './google-emulator-server';

/** Each rule the emulator enforces for Gemini Omni on the Interactions API, proven to fire. */
let server: GoogleEmulatorServer;
beforeAll(async () => {
  server = await startGoogleEmulatorServer({ legacyGeminiVeo: false, pollsUntilDone: 1 });
});
afterAll(() => server.close());

const withKey = { 'x-goog-api-key': DEMO_GEMINI_API_KEY };

async function call(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method: init.method ?? (init.body == null ? 'GET' : 'POST'),
    headers: { 'content-type': 'application/json', ...withKey, ...init.headers },
    body: init.body == null ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, json: text === '' ? undefined : JSON.parse(text) };
}

const omni = (overrides: Record<string, unknown> = {}, format: Record<string, unknown> = {}) => ({
  model: 'gemini-omni-1.2-flash',
  input: 'rain on a tin roof',
  background: true,
  response_format: { type: 'video', duration: '8s', ...format },
  ...overrides,
});

async function finished(id: string) {
  for (let polls = 0; polls < 5; polls++) {
    const { json } = await call(`/v1beta/interactions/${id}`);
    if (json.status !== 'queued' && json.status !== 'in_progress') return json;
  }
  throw new Error('never finished');
}

describe('Google emulator: Gemini Omni interactions', () => {
  it('needs the Gemini API key', async () => {
    const { status, json } = await call('/v1beta/interactions', { body: omni(), headers: { 'x-goog-api-key': '' } });
    expect(status).toBe(403);
    expect(json.error.status).toBe('PERMISSION_DENIED');
  });

  it('answers a background create queued, then in progress, then completed with the video in a model_output step', async () => {
    const created = await call('/v1beta/interactions', { body: omni() });
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({
      id: expect.stringMatching(/^v1_/),
      object: 'interaction',
      status: 'queued',
      model: 'gemini-omni-1.2-flash',
    });
    expect((await call(`/v1beta/interactions/${created.json.id}`)).json.status).toBe('in_progress');
    const done = (await call(`/v1beta/interactions/${created.json.id}`)).json;
    expect(done.status).toBe('completed');
    expect(done.steps.at(-1)).toEqual({
      type: 'model_output',
      content: [{ type: 'video', mime_type: 'video/mp4', data: expect.any(String) }],
    });
  });

  it('answers a blocking create (no background) finished at once', async () => {
    const { json } = await call('/v1beta/interactions', { body: omni({ background: false }) });
    expect(json.status).toBe('completed');
  });

  it('refuses unknown fields the way proto JSON does', async () => {
    const { status, json } = await call('/v1beta/interactions', { body: omni({ durationSeconds: 8 }) });
    expect(status).toBe(400);
    expect(json.error.message).toMatch(/Unknown name "durationSeconds"/);
  });

  it('holds each model to its durations and resolutions: 1.2 takes 15 s and 4k, 1.1 stops at 10 s and 720p', async () => {
    expect(GOOGLE_OMNI_MODELS['gemini-omni-1.2-flash']).toMatchObject({ minSeconds: 3, maxSeconds: 15 });
    expect((await call('/v1beta/interactions', { body: omni({}, { duration: '15s', resolution: '4k' }) })).status).toBe(200);
    expect(
      (await call('/v1beta/interactions', { body: omni({}, { duration: '2s' }) })).json.error.details[0].fieldViolations[0].field,
    ).toBe('response_format.duration');
    expect((await call('/v1beta/interactions', { body: omni({ model: 'gemini-omni-1.1-flash' }, { duration: '11s' }) })).status).toBe(400);
    expect(
      (await call('/v1beta/interactions', { body: omni({ model: 'gemini-omni-1.1-flash' }, { resolution: '1080p' }) })).json.error.message,
    ).toMatch(/Resolution "1080p"/);
    expect((await call('/v1beta/interactions', { body: omni({}, { duration: 8 }) })).status).toBe(400);
    expect((await call('/v1beta/interactions', { body: omni({}, { aspect_ratio: '1:1' }) })).status).toBe(400);
  });

  it('needs an image for image_to_video and a previous interaction for edit and extend', async () => {
    const i2v = await call('/v1beta/interactions', { body: omni({ generation_config: { video_config: { task: 'image_to_video' } } }) });
    expect(i2v.json.error.details[0].fieldViolations[0].field).toBe('input');
    const edit = await call('/v1beta/interactions', { body: omni({ generation_config: { video_config: { task: 'edit' } } }) });
    expect(edit.json.error.details[0].fieldViolations[0].field).toBe('previous_interaction_id');
    const withImage = await call('/v1beta/interactions', {
      body: omni({
        input: [
          { type: 'text', text: 'wake up' },
          { type: 'image', data: 'iVBORw0KGgo=', mime_type: 'image/png' },
        ],
      }),
    });
    expect(withImage.status).toBe(200);
    expect(server.emulator.interactions.get(withImage.json.id)?.create.task).toBe('image_to_video');
  });

  it('refuses a previous_interaction_id that names nothing finished, and an extension past 30 s', async () => {
    expect((await call('/v1beta/interactions', { body: omni({ previous_interaction_id: 'v1_unknown' }) })).json.error).toMatchObject({
      code: 400,
      status: 'INVALID_ARGUMENT',
    });
    const running = await call('/v1beta/interactions', { body: omni({ input: 'still going [never]' }) });
    expect((await call('/v1beta/interactions', { body: omni({ previous_interaction_id: running.json.id }) })).status).toBe(400);

    const first = await call('/v1beta/interactions', { body: omni({}, { duration: '15s' }) });
    await finished(first.json.id);
    const extend = { generation_config: { video_config: { task: 'extend' } } };
    const second = await call('/v1beta/interactions', {
      body: omni({ ...extend, previous_interaction_id: first.json.id }, { duration: '15s' }),
    });
    expect(second.status).toBe(200);
    await finished(second.json.id);
    const third = await call('/v1beta/interactions', {
      body: omni({ ...extend, previous_interaction_id: second.json.id }, { duration: '3s' }),
    });
    expect(third.json.error.message).toMatch(/at most 30 seconds/);
  });

  it('answers a shut-down Omni id with 404 "no longer available", and an id the account is not served with 404', async () => {
    expect((await call('/v1beta/interactions', { body: omni({ model: 'gemini-omni-flash-preview' }) })).json.error.message).toMatch(
      /no longer available/,
    );
    const narrow = await startGoogleEmulatorServer({ legacyGeminiVeo: false, omniModels: ['gemini-omni-1.1-flash'] });
    try {
      const response = await fetch(`${narrow.baseUrl}/v1beta/interactions`, {
        method: 'POST',
        headers: { ...withKey, 'content-type': 'application/json' },
        body: JSON.stringify(omni()),
      });
      expect(response.status).toBe(404);
    } finally {
      await narrow.close();
    }
  });

  it('answers Veo\u2019s predictLongRunning for an Omni id with 400 "only supports Interactions API"', async () => {
    const { status, json } = await call('/v1beta/models/gemini-omni-1.2-flash:predictLongRunning', {
      body: { instances: [{ prompt: 'x' }], parameters: {} },
    });
    expect(status).toBe(400);
    expect(json.error.message).toBe('This model only supports Interactions API.');
  });

  it('cancels only a running background interaction', async () => {
    const running = await call('/v1beta/interactions', { body: omni({ input: 'forever [never]' }) });
    const cancelled = await call(`/v1beta/interactions/${running.json.id}/cancel`, { method: 'POST' });
    expect(cancelled.json.status).toBe('cancelled');
    const done = (await call('/v1beta/interactions', { body: omni({ background: false }) })).json;
    expect((await call(`/v1beta/interactions/${done.id}/cancel`, { method: 'POST' })).json.error.status).toBe('FAILED_PRECONDITION');
    expect((await call('/v1beta/interactions/v1_unknown/cancel', { method: 'POST' })).status).toBe(404);
  });

  it('deletes an interaction; reading it afterwards is 404', async () => {
    const created = await call('/v1beta/interactions', { body: omni() });
    expect((await call(`/v1beta/interactions/${created.json.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await call(`/v1beta/interactions/${created.json.id}`)).json.error.status).toBe('NOT_FOUND');
  });

  it('serves a uri-delivered result as a Gemini file only once the interaction completed', async () => {
    const created = await call('/v1beta/interactions', { body: omni({}, { delivery: 'uri' }) });
    const fileId = server.emulator.interactions.get(created.json.id)!.fileId;
    expect(
      (await fetch(`${server.baseUrl}/v1beta/files/${fileId}:download?alt=media`, { headers: withKey, redirect: 'manual' })).status,
    ).toBe(404);
    const done = await finished(created.json.id);
    expect(done.steps.at(-1).content[0].uri).toBe(`https://generativelanguage.googleapis.com/v1beta/files/${fileId}:download?alt=media`);
    expect(
      (await fetch(`${server.baseUrl}/v1beta/files/${fileId}:download?alt=media`, { headers: withKey, redirect: 'manual' })).status,
    ).toBe(302);
  });

  it('classifies interaction calls for scripted faults: create and poll', async () => {
    expect(classifyGoogleRequest('POST', '/v1beta/interactions')).toBe('create');
    expect(classifyGoogleRequest('GET', '/v1beta/interactions/v1_abc')).toBe('poll');
    expect(classifyGoogleRequest('POST', '/v1beta/interactions/v1_abc/cancel')).toBe('other');
    server.faults.add(...parseFaultSpec('google:create:429'));
    expect((await call('/v1beta/interactions', { body: omni() })).json.error.status).toBe('RESOURCE_EXHAUSTED');
  });

  it('keeps Vertex AI\u2019s Veo working beside it, Veo 3.1 Lite included', async () => {
    const path = '/v1/projects/demo-project/locations/us-central1/publishers/google/models/veo-3.1-lite-generate-001:predictLongRunning';
    const { status } = await call(path, {
      body: { instances: [{ prompt: 'x' }], parameters: {} },
      headers: { authorization: `Bearer ${DEMO_VERTEX_ACCESS_TOKEN}` },
    });
    expect(status).toBe(200);
  });
});
