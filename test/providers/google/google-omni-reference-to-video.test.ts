import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinCatalog, validateVideoRequest } from '../../../src/providers/catalog';
import { DEMO_VERTEX_PROJECT } from '../../../src/emulators/google';
import { createGeminiApiProvider, googleVertexRegistration } from '../../../src/providers/google';
import { ProviderApiError, type ReferenceImage, type VideoRequest } from '../../../src/providers/spec';
import { tinyPng } from '../../support/tiny-png';
import { startGoogleEmulatorServer, type GoogleEmulatorServer } from '../../emulators/google/google-emulator-server';

const API_KEY = 'AIzaFAKE-omni-ref-test';
let server: GoogleEmulatorServer;
let counter = 0;

beforeAll(async () => {
  server = await startGoogleEmulatorServer({ apiKey: API_KEY, legacyGeminiVeo: false, pollsUntilDone: 1 });
});
afterAll(() => server.close());

const provider = () => createGeminiApiProvider({ apiKey: API_KEY, baseUrl: server.baseUrl, delay: async () => {} });
const png = (fileName: string): ReferenceImage => ({ bytes: tinyPng(), mimeType: 'image/png', fileName });
function request(overrides: Partial<VideoRequest> = {}): VideoRequest {
  counter++;
  return {
    model: 'gemini-omni-1.2-flash',
    prompt: 'The fox from the sketch runs through snow',
    durationSeconds: 8,
    aspectRatio: '16:9',
    audio: true,
    clientJobId: `omni-ref-${counter}`,
    ...overrides,
  };
}

describe('Gemini Omni reference-to-video', () => {
  it('sends the prompt then every reference image as plain image blocks, with the reference_to_video task', async () => {
    const started = await provider().start(request({ referenceImages: [png('fox.png'), png('snow.png')] }));
    expect(started.warnings).toEqual([]);
    const body = server.emulator.interactions.get(started.ref.jobId)?.requestBody as { input: unknown; generation_config: unknown };
    const data = Buffer.from(tinyPng()).toString('base64');
    expect(body.input).toEqual([
      { type: 'text', text: 'The fox from the sketch runs through snow' },
      { type: 'image', data, mime_type: 'image/png' },
      { type: 'image', data, mime_type: 'image/png' },
    ]);
    expect(body.generation_config).toEqual({ video_config: { task: 'reference_to_video' } });
  });

  it('refuses a first frame together with reference images before the wire (the wire cannot tell them apart)', async () => {
    const before = server.emulator.interactions.size;
    const error = await provider()
      .start(request({ referenceImage: png('frame.png'), referenceImages: [png('fox.png')] }))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderApiError);
    expect(error).toMatchObject({ kind: 'invalid-request' });
    expect(server.emulator.interactions.size).toBe(before);
  });

  it('does not send reference images when continuing a generation, and says so', async () => {
    const first = await provider().start(request());
    for (let attempt = 0; attempt < 10 && (await provider().status(first.ref)).state === 'pending'; attempt++);
    const extended = await provider().start(
      request({ continueFrom: { mode: 'extend', providerJobId: first.ref.jobId }, referenceImages: [png('fox.png')] }),
    );
    expect(extended.warnings.map((warning) => warning.feature)).toEqual(['referenceImages']);
    const body = server.emulator.interactions.get(extended.ref.jobId)?.requestBody as { input: unknown; generation_config: unknown };
    expect(body.input).toBe('The fox from the sketch runs through snow');
    expect(body.generation_config).toEqual({ video_config: { task: 'extend' } });
  });
});

describe('catalog check of reference images', () => {
  const catalog = loadBuiltinCatalog();
  const base = { prompt: 'a fox', durationSeconds: 5, aspectRatio: '16:9' as const };

  it('offers them on every Gemini Omni entry, on both the Gemini API and Vertex', () => {
    const omni = catalog.models.filter((model) => model.provider.startsWith('google') && model.id.includes('gemini-omni'));
    expect(omni.length).toBeGreaterThanOrEqual(4);
    for (const model of omni) expect(model.maxReferenceImages).toBe(3);
  });

  it('accepts up to the limit on Omni and refuses more, in words', () => {
    expect(
      validateVideoRequest({ ...base, model: 'gemini-omni-1.2-flash', referenceImages: [png('a'), png('b'), png('c')] }, catalog),
    ).toEqual([]);
    const problems = validateVideoRequest(
      { ...base, model: 'gemini-omni-1.2-flash', referenceImages: [png('a'), png('b'), png('c'), png('d')] },
      catalog,
    );
    expect(problems).toEqual([
      { field: 'referenceImages', message: 'Gemini Omni 1.2 Flash takes at most 3 images of what the clip should contain; 4 were chosen.' },
    ]);
  });

  it('refuses them on a model without the capability (Kling 2.6)', () => {
    const problems = validateVideoRequest({ ...base, model: 'kling-v2-6', referenceImages: [png('a')] }, catalog);
    expect(problems).toEqual([
      { field: 'referenceImages', message: expect.stringContaining('takes no images of what the clip should contain') },
    ]);
  });
});

describe('Gemini Omni reference-to-video on Vertex AI', () => {
  const TOKEN = 'ya29.vertexRefToken5e6f';
  let vertexServer: GoogleEmulatorServer;
  beforeAll(async () => {
    vertexServer = await startGoogleEmulatorServer({ accessToken: TOKEN, legacyGeminiVeo: false, pollsUntilDone: 1 });
  });
  afterAll(() => vertexServer.close());

  it('sends the same reference_to_video body under the project, with Google\u2019s model id', async () => {
    const vertex = googleVertexRegistration.create({
      credentials: { GOOGLE_VERTEX_ACCESS_TOKEN: TOKEN, GOOGLE_CLOUD_PROJECT: DEMO_VERTEX_PROJECT, GOOGLE_CLOUD_LOCATION: 'global' },
      baseUrl: vertexServer.baseUrl,
    });
    const started = await vertex.start(request({ model: 'vertex/gemini-omni-1.2-flash', referenceImages: [png('fox.png')] }));
    const body = vertexServer.emulator.vertexInteractions.get(started.ref.jobId)?.requestBody as {
      model: string;
      input: unknown[];
      generation_config: unknown;
    };
    expect(body.model).toBe('gemini-omni-1.2-flash');
    expect(body.input).toHaveLength(2);
    expect(body.generation_config).toEqual({ video_config: { task: 'reference_to_video' } });
  });
});
