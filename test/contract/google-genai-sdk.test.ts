import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiError, GoogleGenAI, type GenerateVideosOperation } from '@google/genai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_GEMINI_API_KEY, DEMO_VERTEX_ACCESS_TOKEN, DEMO_VERTEX_PROJECT } from '../../src/emulators/google';
import { parseFaultSpec } from '../../src/emulators/faults';
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

async function pollUntilDone(ai: GoogleGenAI, operation: GenerateVideosOperation): Promise<{ final: GenerateVideosOperation; polls: number }> {
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
    expect(Buffer.from(readFileSync(downloadPath)).equals(Buffer.from(DEMO_CLIP))).toBe(true);
  });

  it('reports an RAI-filtered result in the SDK\u2019s own fields', async () => {
    const ai = gemini();
    const operation = await ai.models.generateVideos({ model: 'veo-3.1-generate-preview', source: { prompt: 'something Google refuses [moderate]' }, config: { durationSeconds: 4 } });
    const { final } = await pollUntilDone(ai, operation);
    expect(final.error).toBeUndefined();
    expect(final.response?.generatedVideos).toBeUndefined();
    expect(final.response?.raiMediaFilteredCount).toBe(1);
    expect(final.response?.raiMediaFilteredReasons?.[0]).toMatch(/usage guidelines/);
  });

  it('reports a failed generation as the operation error', async () => {
    const ai = gemini();
    const operation = await ai.models.generateVideos({ model: 'veo-3.1-generate-preview', source: { prompt: 'render trouble [fail]' }, config: { durationSeconds: 8 } });
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
    await expect(gemini().models.generateVideos({ model: 'veo-3.1-generate-preview', source: { prompt: 'x' }, config: { seed: 3 } })).rejects.toThrow(
      /seed parameter is only supported in Gemini Enterprise Agent Platform mode/,
    );
    const response = await fetch(`${server.baseUrl}/v1beta/models/veo-3.1-generate-preview:predictLongRunning`, {
      method: 'POST',
      headers: { 'x-goog-api-key': DEMO_GEMINI_API_KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ instances: [{ prompt: 'x' }], parameters: { seed: 3 } }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { status: 'INVALID_ARGUMENT', message: expect.stringMatching(/`seed` isn't supported/) } });
  });

  it('raises ApiError 400 API_KEY_INVALID for a wrong key', async () => {
    const error = await caught(gemini('not-the-key').models.generateVideos({ model: 'veo-3.1-generate-preview', source: { prompt: 'x' } }));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect(JSON.parse((error as ApiError).message).error.details[0]).toMatchObject({ reason: 'API_KEY_INVALID' });
  });

  it('matches the SDK\u2019s own refusal of Vertex-only options with the emulator\u2019s', async () => {
    // The SDK refuses generateAudio on the Gemini API before sending; raw REST gets a 400 from us.
    await expect(gemini().models.generateVideos({ model: 'veo-3.1-generate-preview', source: { prompt: 'x' }, config: { generateAudio: false } })).rejects.toThrow(
      /only supported in Gemini Enterprise Agent Platform mode/,
    );
    const response = await fetch(`${server.baseUrl}/v1beta/models/veo-3.1-generate-preview:predictLongRunning`, {
      method: 'POST',
      headers: { 'x-goog-api-key': DEMO_GEMINI_API_KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ instances: [{ prompt: 'x' }], parameters: { generateAudio: false } }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { status: 'INVALID_ARGUMENT', message: expect.stringMatching(/`generateAudio` isn't supported/) } });
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
    expect(operation.name).toMatch(/^projects\/demo-project\/locations\/us-central1\/publishers\/google\/models\/veo-3\.1-generate-001\/operations\/[\w-]+$/);
    expect(server.emulator.operations.get(operation.name!)?.requestBody).toMatchObject({ parameters: { generateAudio: true, seed: 0, durationSeconds: 8 } });

    const { final } = await pollUntilDone(ai, operation);
    const bytes = final.response?.generatedVideos?.[0]?.video?.videoBytes;
    expect(typeof bytes).toBe('string');
    expect(Buffer.from(bytes!, 'base64').equals(Buffer.from(DEMO_CLIP))).toBe(true);
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
    expect(JSON.parse((error as ApiError).message).error.message).toMatch(/^Publisher Model `projects\/demo-project\/locations\/us-central1\/publishers\/google\/models\/veo-3\.0-generate-001` was not found/);
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
