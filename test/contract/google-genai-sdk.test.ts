import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiError, GoogleGenAI, type GenerateVideosOperation } from '@google/genai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_GEMINI_API_KEY, DEMO_VERTEX_ACCESS_TOKEN, DEMO_VERTEX_PROJECT } from '../../src/emulators/google';
import { parseFaultSpec } from '../../src/emulators/faults';
import { loopedClip } from '../../src/media';
import { tinyPng } from '../support/tiny-png';
import { DEMO_CLIP, startGoogleEmulatorServer, type GoogleEmulatorServer } from '../emulators/google/google-emulator-server';

/**
 * The official SDK (@google/genai) against our Google emulator: if the SDK completes a whole
 * generation and raises its own error classes for the emulator's errors, the emulator speaks the
 * real wire protocol (research/providers.md §0, §2).
 */
let server: GoogleEmulatorServer;
let downloads: string;

beforeAll(async () => {
  // The pre-shutdown Gemini API (legacyGeminiVeo, the helper's default here): the SDK must still
  // prove the Veo wire format. google-today tests cover the shut-down state.
  server = await startGoogleEmulatorServer({ pollsUntilDone: 2 });
  downloads = mkdtempSync(join(tmpdir(), 'cliprelay-genai-'));
});
afterAll(async () => {
  await server.close();
  rmSync(downloads, { recursive: true, force: true });
});

const gemini = (apiKey = DEMO_GEMINI_API_KEY) => new GoogleGenAI({ apiKey, httpOptions: { baseUrl: server.baseUrl } });

/** Vertex AI with a caller-supplied token: an auth client that only hands out our bearer header. */
const vertex = () =>
  new GoogleGenAI({
    vertexai: true,
    project: DEMO_VERTEX_PROJECT,
    location: 'us-central1',
    httpOptions: { baseUrl: server.baseUrl },
    googleAuthOptions: {
      // Duck-typed AuthClient: GoogleAuth returns it from getClient() and asks it for headers.
      authClient: { getRequestHeaders: async () => new Headers({ authorization: `Bearer ${DEMO_VERTEX_ACCESS_TOKEN}` }) } as never,
    },
  });

async function pollUntilDone(
  ai: GoogleGenAI,
  operation: GenerateVideosOperation,
): Promise<{ final: GenerateVideosOperation; polls: number }> {
  let current = operation;
  let polls = 0;
  while (current.done !== true) {
    if (polls >= 10) throw new Error('the operation never finished');
    current = await ai.operations.getVideosOperation({ operation: current });
    polls++;
  }
  return { final: current, polls };
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('@google/genai against the Google emulator: Gemini API', () => {
  it('generates, polls until done and downloads the demo clip with files.download', async () => {
    const ai = gemini();
    const operation = await ai.models.generateVideos({
      model: 'veo-3.1-fast-generate-preview',
      source: { prompt: 'a paper boat in a rain gutter, rain ambience' },
      config: { numberOfVideos: 1, durationSeconds: 6, aspectRatio: '9:16', negativePrompt: 'text overlays', resolution: '720p' },
    });
    expect(operation.name).toMatch(/^models\/veo-3\.1-fast-generate-preview\/operations\/[a-z0-9]+$/);
    expect(operation.done).toBeFalsy();
    expect(server.emulator.operations.get(operation.name!)?.requestBody).toEqual({
      instances: [{ prompt: 'a paper boat in a rain gutter, rain ambience' }],
      parameters: { sampleCount: 1, durationSeconds: 6, aspectRatio: '9:16', negativePrompt: 'text overlays', resolution: '720p' },
    });

    const { final, polls } = await pollUntilDone(ai, operation);
    expect(polls).toBe(3);
    const video = final.response?.generatedVideos?.[0];
    expect(video?.video?.uri).toMatch(/^https:\/\/generativelanguage\.googleapis\.com\/v1beta\/files\/[a-z0-9]+:download\?alt=media$/);

    // The SDK rebuilds the URI on its own base URL and follows the signed redirect.
    const downloadPath = join(downloads, 'veo.mp4');
    await ai.files.download({ file: video!, downloadPath });
    // The 5 s demo clip played twice: at least the 6 s asked for.
    expect(Buffer.from(readFileSync(downloadPath)).equals(Buffer.from(loopedClip(DEMO_CLIP, 6)))).toBe(true);
  });

  it('reports an RAI-filtered result in the SDK\u2019s own fields', async () => {
    const ai = gemini();
    const operation = await ai.models.generateVideos({
      model: 'veo-3.1-generate-preview',
      source: { prompt: 'something Google refuses [moderate]' },
      config: { durationSeconds: 4 },
    });
    const { final } = await pollUntilDone(ai, operation);
    expect(final.error).toBeUndefined();
    expect(final.response?.generatedVideos).toBeUndefined();
    expect(final.response?.raiMediaFilteredCount).toBe(1);
    expect(final.response?.raiMediaFilteredReasons?.[0]).toMatch(/usage guidelines/);
  });

  it('reports a failed generation as the operation error', async () => {
    const ai = gemini();
    const operation = await ai.models.generateVideos({
      model: 'veo-3.1-generate-preview',
      source: { prompt: 'render trouble [fail]' },
      config: { durationSeconds: 8 },
    });
    const { final } = await pollUntilDone(ai, operation);
    expect(final.error).toMatchObject({ code: 13, message: expect.stringMatching(/internal error/) });
  });

  it('raises ApiError 429 with Google\u2019s RESOURCE_EXHAUSTED body for a throttled create', async () => {
    server.faults.add(...parseFaultSpec('google:create:429:retry-after=3'));
    const error = await caught(gemini().models.generateVideos({ model: 'veo-3.1-generate-preview', source: { prompt: 'busy day' } }));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(429);
    expect(JSON.parse((error as ApiError).message)).toMatchObject({ error: { code: 429, status: 'RESOURCE_EXHAUSTED' } });
  });

  it('raises ApiError 404 naming a retired model', async () => {
    const error = await caught(gemini().models.generateVideos({ model: 'veo-3.0-generate-preview', source: { prompt: 'old model' } }));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
    expect(JSON.parse((error as ApiError).message).error.message).toMatch(/^models\/veo-3\.0-generate-preview is no longer available/);
  });

  it('reads the model listing with models.list, paging through nextPageToken', async () => {
    const pager = await gemini().models.list({ config: { pageSize: 2 } });
    const names: string[] = [];
    for await (const model of pager) names.push(model.name ?? '');
    expect(names).toEqual(expect.arrayContaining(['models/veo-3.1-generate-preview', 'models/veo-3.1-fast-generate-preview']));
    expect(names.length).toBeGreaterThan(2); // more than one page was read
    const veo = (await gemini().models.list()).page.find((model) => model.name === 'models/veo-3.1-generate-preview');
    // The SDK maps the wire's supportedGenerationMethods to supportedActions.
    expect(veo).toMatchObject({ displayName: 'Veo 3.1', supportedActions: ['predictLongRunning'] });
  });

  it('refuses seed on the Gemini API in the SDK and in the emulator alike (Vertex only)', async () => {
    await expect(
      gemini().models.generateVideos({ model: 'veo-3.1-generate-preview', source: { prompt: 'x' }, config: { seed: 3 } }),
    ).rejects.toThrow(/seed parameter is only supported in Gemini Enterprise Agent Platform mode/);
    const response = await fetch(`${server.baseUrl}/v1beta/models/veo-3.1-generate-preview:predictLongRunning`, {
      method: 'POST',
      headers: { 'x-goog-api-key': DEMO_GEMINI_API_KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ instances: [{ prompt: 'x' }], parameters: { seed: 3 } }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { status: 'INVALID_ARGUMENT', message: expect.stringMatching(/`seed` isn't supported/) },
    });
  });

  it('raises ApiError 400 API_KEY_INVALID for a wrong key', async () => {
    const error = await caught(gemini('not-the-key').models.generateVideos({ model: 'veo-3.1-generate-preview', source: { prompt: 'x' } }));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect(JSON.parse((error as ApiError).message).error.details[0]).toMatchObject({ reason: 'API_KEY_INVALID' });
  });

  it('matches the SDK\u2019s own refusal of Vertex-only options with the emulator\u2019s', async () => {
    // The SDK refuses generateAudio on the Gemini API before sending; raw REST gets a 400 from us.
    await expect(
      gemini().models.generateVideos({ model: 'veo-3.1-generate-preview', source: { prompt: 'x' }, config: { generateAudio: false } }),
    ).rejects.toThrow(/only supported in Gemini Enterprise Agent Platform mode/);
    const response = await fetch(`${server.baseUrl}/v1beta/models/veo-3.1-generate-preview:predictLongRunning`, {
      method: 'POST',
      headers: { 'x-goog-api-key': DEMO_GEMINI_API_KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ instances: [{ prompt: 'x' }], parameters: { generateAudio: false } }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { status: 'INVALID_ARGUMENT', message: expect.stringMatching(/`generateAudio` isn't supported/) },
    });
  });
});

describe('@google/genai against the Google emulator: Vertex AI', () => {
  it('generates with the audio switch, polls with fetchPredictOperation and gets the bytes inline', async () => {
    const ai = vertex();
    const operation = await ai.models.generateVideos({
      model: 'veo-3.1-generate-001',
      source: { prompt: 'wind over a wheat field' },
      config: { durationSeconds: 8, generateAudio: true, seed: 0, aspectRatio: '16:9' },
    });
    expect(operation.name).toMatch(
      /^projects\/demo-project\/locations\/us-central1\/publishers\/google\/models\/veo-3\.1-generate-001\/operations\/[\w-]+$/,
    );
    expect(server.emulator.operations.get(operation.name!)?.requestBody).toMatchObject({
      parameters: { generateAudio: true, seed: 0, durationSeconds: 8 },
    });

    const { final } = await pollUntilDone(ai, operation);
    const bytes = final.response?.generatedVideos?.[0]?.video?.videoBytes;
    expect(typeof bytes).toBe('string');
    expect(Buffer.from(bytes!, 'base64').equals(Buffer.from(loopedClip(DEMO_CLIP, 8)))).toBe(true);
  });

  it('returns a gs:// URI when an output bucket is given', async () => {
    const ai = vertex();
    const operation = await ai.models.generateVideos({
      model: 'veo-3.1-fast-generate-001',
      source: { prompt: 'city lights' },
      config: { durationSeconds: 4, outputGcsUri: 'gs://demo-bucket/clips/' },
    });
    const { final } = await pollUntilDone(ai, operation);
    expect(final.response?.generatedVideos?.[0]?.video?.uri).toMatch(/^gs:\/\/demo-bucket\/clips\/[\w-]+\/sample_0\.mp4$/);
  });

  it('raises ApiError 404 with Vertex\u2019s "Publisher Model … was not found" for a retired model', async () => {
    const error = await caught(vertex().models.generateVideos({ model: 'veo-3.0-generate-001', source: { prompt: 'retired' } }));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
    expect(JSON.parse((error as ApiError).message).error.message).toMatch(
      /^Publisher Model `projects\/demo-project\/locations\/us-central1\/publishers\/google\/models\/veo-3\.0-generate-001` was not found/,
    );
  });
});

describe('@google/genai against the Google emulator as it is today (no legacy Veo)', () => {
  it('lists no Veo model and raises ApiError 404 "no longer available" for the shut-down preview id', async () => {
    const today = await startGoogleEmulatorServer({ legacyGeminiVeo: false });
    try {
      const ai = new GoogleGenAI({ apiKey: DEMO_GEMINI_API_KEY, httpOptions: { baseUrl: today.baseUrl } });
      const names: string[] = [];
      for await (const model of await ai.models.list()) names.push(model.name ?? '');
      expect(names.length).toBeGreaterThan(0);
      expect(names.filter((name) => name.includes('veo'))).toEqual([]);
      const error = await caught(ai.models.generateVideos({ model: 'veo-3.1-generate-preview', source: { prompt: 'x' } }));
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).status).toBe(404);
      expect(JSON.parse((error as ApiError).message).error.message).toMatch(/^models\/veo-3\.1-generate-preview is no longer available/);
    } finally {
      await today.close();
    }
  });
});

/**
 * Gemini Omni through `ai.interactions` (the Interactions API surface of `@google/genai` 2.32.0):
 * the SDK builds the requests and parses the answers, so the emulator's paths, snake_case bodies,
 * statuses and video blocks are the ones the real service must speak for the SDK to work.
 */
describe('@google/genai interactions against the Google emulator: Gemini Omni', () => {
  const omniRequest = (overrides: Record<string, unknown> = {}) => ({
    model: 'gemini-omni-1.2-flash',
    input: 'a lighthouse keeper winds the lamp at dusk, gulls and surf',
    response_modalities: ['video' as const],
    background: true,
    response_format: { type: 'video' as const, aspect_ratio: '9:16', duration: '12s', resolution: '1080p', delivery: 'inline' },
    ...overrides,
  });

  async function pollInteraction(ai: GoogleGenAI, id: string) {
    const statuses: string[] = [];
    for (let polls = 0; polls < 10; polls++) {
      const interaction = await ai.interactions.get(id);
      statuses.push(interaction.status);
      if (interaction.status !== 'queued' && interaction.status !== 'in_progress') return { interaction, statuses };
    }
    throw new Error('the interaction never finished');
  }

  it('creates in the background, reports progress over polls and returns the video inline in output_video', async () => {
    const ai = gemini();
    const created = await ai.interactions.create(omniRequest());
    expect(created.status).toBe('queued');
    expect(server.emulator.interactions.get(created.id)?.requestBody).toEqual(omniRequest());

    const { interaction, statuses } = await pollInteraction(ai, created.id);
    expect(statuses).toEqual(['in_progress', 'in_progress', 'completed']);
    // The SDK lifts the last model_output video block into output_video.
    expect(interaction.output_video).toMatchObject({ type: 'video', mime_type: 'video/mp4' });
    expect(Buffer.from(interaction.output_video!.data!, 'base64').equals(Buffer.from(DEMO_CLIP))).toBe(true);
  });

  it('returns a Gemini file URI with delivery "uri", downloadable with files.download', async () => {
    const ai = gemini();
    const created = await ai.interactions.create(
      omniRequest({
        model: 'gemini-omni-1.1-flash',
        response_format: { type: 'video', aspect_ratio: '16:9', duration: '5s', resolution: '720p', delivery: 'uri' },
      }),
    );
    const { interaction } = await pollInteraction(ai, created.id);
    const uri = interaction.output_video?.uri;
    expect(uri).toMatch(/^https:\/\/generativelanguage\.googleapis\.com\/v1beta\/files\/[a-z0-9]+:download\?alt=media$/);
    const downloadPath = join(downloads, 'omni.mp4');
    await ai.files.download({ file: { uri, mimeType: 'video/mp4' }, downloadPath });
    expect(Buffer.from(readFileSync(downloadPath)).equals(Buffer.from(DEMO_CLIP))).toBe(true);
  });

  it('extends a finished generation by previous_interaction_id with the extend task', async () => {
    const ai = gemini();
    const first = await ai.interactions.create(omniRequest({ input: 'a paper plane over rooftops' }));
    await pollInteraction(ai, first.id);
    const extension = await ai.interactions.create(
      omniRequest({
        input: 'it lands in a fountain',
        previous_interaction_id: first.id,
        generation_config: { video_config: { task: 'extend' } },
      }),
    );
    const { interaction } = await pollInteraction(ai, extension.id);
    expect(interaction.status).toBe('completed');
    expect(interaction.previous_interaction_id).toBe(first.id);
    expect(server.emulator.interactions.get(extension.id)?.totalSeconds).toBe(24);
  });

  it('makes a clip from reference images with the reference_to_video task; without an image the task is refused', async () => {
    const ai = gemini();
    // Reference images are plain ImageContent blocks after the prompt: the SDK's type has no role
    // or reference_type field, so the task is what says they are not a first frame.
    const image = { type: 'image' as const, data: Buffer.from(tinyPng()).toString('base64'), mime_type: 'image/png' as const };
    const input = [{ type: 'text' as const, text: 'this fox and this lantern on a night walk' }, image, image];
    const created = await ai.interactions.create(
      omniRequest({ input, generation_config: { video_config: { task: 'reference_to_video' } } }),
    );
    const { interaction } = await pollInteraction(ai, created.id);
    expect(interaction.status).toBe('completed');
    expect(server.emulator.interactions.get(created.id)?.requestBody).toMatchObject({
      input,
      generation_config: { video_config: { task: 'reference_to_video' } },
    });

    const refused = await caught(
      ai.interactions.create(omniRequest({ generation_config: { video_config: { task: 'reference_to_video' } } })),
    );
    expect(refused).toMatchObject({ name: 'BadRequestError', status: 400 });
  });

  it('cancels a running generation and reads it back as cancelled', async () => {
    const ai = gemini();
    const created = await ai.interactions.create(omniRequest({ input: 'a very long render [never]' }));
    const cancelled = await ai.interactions.cancel(created.id);
    expect(cancelled.status).toBe('cancelled');
    expect((await ai.interactions.get(created.id)).status).toBe('cancelled');
  });

  it('reports a safety block as a failed interaction with the model step\u2019s error', async () => {
    const ai = gemini();
    const created = await ai.interactions.create(omniRequest({ input: 'something Google refuses [moderate]' }));
    const { interaction } = await pollInteraction(ai, created.id);
    expect(interaction.status).toBe('failed');
    const step = interaction.steps?.find((candidate) => candidate.type === 'model_output');
    expect(step).toMatchObject({ error: { message: expect.stringMatching(/usage guidelines/) } });
  });

  it('raises the SDK\u2019s own error classes: NotFoundError for an unknown interaction, BadRequestError for an unknown previous_interaction_id', async () => {
    const ai = gemini();
    const missing = await caught(ai.interactions.get('v1_doesnotexist'));
    expect(missing).toMatchObject({ name: 'NotFoundError', status: 404, error: { error: { status: 'NOT_FOUND' } } });
    const badPrevious = await caught(
      ai.interactions.create(
        omniRequest({ previous_interaction_id: 'v1_doesnotexist', generation_config: { video_config: { task: 'edit' } } }),
      ),
    );
    expect(badPrevious).toMatchObject({ name: 'BadRequestError', status: 400 });
    expect((badPrevious as Error).message).toMatch(/previous_interaction_id/);
  });

  it('answers Veo\u2019s predictLongRunning for an Omni id with "only supports Interactions API"', async () => {
    const error = await caught(gemini().models.generateVideos({ model: 'gemini-omni-1.2-flash', source: { prompt: 'x' } }));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect(JSON.parse((error as ApiError).message).error.message).toMatch(/only supports Interactions API/);
  });

  it('lists the Omni ids in models.list', async () => {
    const names: string[] = [];
    for await (const model of await gemini().models.list()) names.push(model.name ?? '');
    expect(names).toEqual(expect.arrayContaining(['models/gemini-omni-1.2-flash', 'models/gemini-omni-1.1-flash']));
  });
});

/**
 * Gemini Omni on Vertex AI through the same `ai.interactions` surface with `vertexai: true` and
 * location `global`: the SDK puts the project and location in the path
 * (`/v1beta1/projects/{p}/locations/global/interactions`) and sends the bearer token, so the
 * emulator's Vertex routes are the ones the SDK calls.
 */
describe('@google/genai interactions against the Google emulator: Gemini Omni on Vertex AI', () => {
  const vertexAt = (location: string) =>
    new GoogleGenAI({
      vertexai: true,
      project: DEMO_VERTEX_PROJECT,
      location,
      httpOptions: { baseUrl: server.baseUrl },
      googleAuthOptions: {
        authClient: { getRequestHeaders: async () => new Headers({ authorization: `Bearer ${DEMO_VERTEX_ACCESS_TOKEN}` }) } as never,
      },
    });
  const omniRequest = (model = 'gemini-omni-1.2-flash') => ({
    model,
    input: 'rain on a tin roof, a kettle starts to whistle',
    response_modalities: ['video' as const],
    background: true,
    response_format: { type: 'video' as const, aspect_ratio: '16:9', duration: '6s', resolution: '720p', delivery: 'inline' },
  });

  it('creates under the project and location global, polls with get and returns the video inline', async () => {
    const ai = vertexAt('global');
    const created = await ai.interactions.create(omniRequest());
    expect(created.status).toBe('queued');
    expect(server.emulator.vertexInteractions.get(created.id)?.requestBody).toEqual(omniRequest());
    // Nothing landed on the Gemini API's side.
    expect(server.emulator.interactions.has(created.id)).toBe(false);

    let interaction = await ai.interactions.get(created.id);
    for (let polls = 0; interaction.status !== 'completed' && polls < 10; polls++) interaction = await ai.interactions.get(created.id);
    expect(interaction.status).toBe('completed');
    expect(Buffer.from(interaction.output_video!.data!, 'base64').equals(Buffer.from(DEMO_CLIP))).toBe(true);
  });

  it('serves the Vertex preview id, and answers NotFoundError for a Gemini-API-only id and for a location other than global', async () => {
    const ai = vertexAt('global');
    expect((await ai.interactions.create(omniRequest('gemini-omni-1.1-flash-preview'))).status).toBe('queued');
    expect(await caught(ai.interactions.create(omniRequest('gemini-omni-1.1-flash')))).toMatchObject({
      name: 'NotFoundError',
      status: 404,
    });
    const regional = await caught(vertexAt('us-central1').interactions.create(omniRequest()));
    expect(regional).toMatchObject({ name: 'NotFoundError', status: 404 });
    expect((regional as Error).message).toMatch(/global/);
  });
});
