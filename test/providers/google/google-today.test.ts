import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_GEMINI_API_KEY, DEMO_VERTEX_ACCESS_TOKEN, DEMO_VERTEX_PROJECT } from '../../../src/emulators/google';
import { parseFaultSpec } from '../../../src/emulators/faults';
import { loadBuiltinCatalog } from '../../../src/providers/catalog';
import {
  createGoogleVeoProvider,
  googleVertexRegistration,
  mapGoogleErrorBody,
  parseGoogleDurationMs,
  VERTEX_LOCATION_HOSTS,
  VertexLocationError,
} from '../../../src/providers/google';
import type { VideoRequest } from '../../../src/providers/spec';
import { startGoogleEmulatorServer, type GoogleEmulatorServer } from '../../emulators/google/google-emulator-server';

let server: GoogleEmulatorServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const request = (overrides: Partial<VideoRequest> = {}): VideoRequest => ({
  model: 'veo-3.1-generate-001',
  prompt: 'Morning fog over a harbour',
  durationSeconds: 8,
  aspectRatio: '16:9',
  audio: true,
  clientJobId: `today-${Math.random()}`,
  ...overrides,
});

const noWait = async () => undefined;

describe('Veo on the Gemini API today: shut down, and the listing says so', () => {
  it('lists the models the key may use, following nextPageToken, and shows no Veo id', async () => {
    server = await startGoogleEmulatorServer({
      legacyGeminiVeo: false,
      omniModels: [],
      otherListedModels: Array.from({ length: 1200 }, (_, index) => `gemini-test-${index}`),
    });
    const gemini = createGoogleVeoProvider({ platform: 'gemini-api', apiKey: DEMO_GEMINI_API_KEY, baseUrl: server.baseUrl, delay: noWait });
    const ids = await gemini.listAvailableModels!();
    // 1,200 models need two pages at Google's ceiling of 1,000.
    expect(ids).toHaveLength(1200);
    expect(ids[0]).toBe('gemini-test-0');
    expect(ids.some((id) => id.startsWith('veo-'))).toBe(false);
  });

  it('lists the Veo ids with the legacy emulator, without the "models/" prefix', async () => {
    server = await startGoogleEmulatorServer({ legacyGeminiVeo: true });
    const gemini = createGoogleVeoProvider({ platform: 'gemini-api', apiKey: DEMO_GEMINI_API_KEY, baseUrl: server.baseUrl, delay: noWait });
    expect(await gemini.listAvailableModels!()).toEqual(
      expect.arrayContaining(['veo-3.1-generate-preview', 'veo-3.1-fast-generate-preview']),
    );
  });

  it('explains a create of a shut-down preview id as retired', async () => {
    server = await startGoogleEmulatorServer({ legacyGeminiVeo: false });
    const gemini = createGoogleVeoProvider({ platform: 'gemini-api', apiKey: DEMO_GEMINI_API_KEY, baseUrl: server.baseUrl, delay: noWait });
    const error = await gemini.start(request({ model: 'veo-3.1-generate-preview' })).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'not-found', status: 404 });
    expect((error as Error).message).toMatch(/no longer available.*retired or not offered at this endpoint/);
  });

  it('offers no listing on Vertex AI (not checkable there)', async () => {
    server = await startGoogleEmulatorServer();
    const vertex = createGoogleVeoProvider({
      platform: 'vertex-ai',
      accessToken: DEMO_VERTEX_ACCESS_TOKEN,
      project: DEMO_VERTEX_PROJECT,
      baseUrl: server.baseUrl,
    });
    expect(vertex.listAvailableModels).toBeUndefined();
  });
});

describe('Google RetryInfo feeds the retry wait', () => {
  it.each([
    ['12s', 12_000],
    ['1.500s', 1_500],
    ['0.25s', 250],
    ['3', undefined],
    ['soon', undefined],
  ])('reads retryDelay %s as %s ms', (text, ms) => {
    expect(parseGoogleDurationMs(text)).toBe(ms);
  });

  it('puts a RetryInfo wait on the error when Google asks for longer than we wait in place', async () => {
    server = await startGoogleEmulatorServer({ legacyGeminiVeo: true });
    const waits: number[] = [];
    const gemini = createGoogleVeoProvider({
      platform: 'gemini-api',
      apiKey: DEMO_GEMINI_API_KEY,
      baseUrl: server.baseUrl,
      delay: async (ms) => void waits.push(ms),
    });
    const started = await gemini.start(request({ model: 'veo-3.1-generate-preview' }));
    server.faults.add(...parseFaultSpec('google:poll:429:retry-after=90'));
    const error = await gemini.status(started.ref).catch((caught: unknown) => caught);
    // 90 s is over the 60 s we wait inside one call: the workflow gets the hint instead.
    expect(error).toMatchObject({ kind: 'rate-limit', status: 429, retryAfterSeconds: 90 });
    expect(waits).toEqual([]);
  });

  it('reads only a RetryInfo detail as a wait', () => {
    const body = {
      error: { code: 429, status: 'RESOURCE_EXHAUSTED', details: [{ '@type': 'type.googleapis.com/google.rpc.Other', retryDelay: '5s' }] },
    };
    expect(mapGoogleErrorBody(429, body, 'poll').retryAfterMs).toBeUndefined();
  });
});

describe('Veo on Vertex AI: settings the manifest allows, and an expired token', () => {
  it('accepts only locations whose hosts the manifest lists, and the catalog lists them too', () => {
    const manifest = JSON.parse(readFileSync(resolve(__dirname, '../../../manifest.json'), 'utf8')) as {
      requiredPermissions: { network: { domains: string[] } };
    };
    const vertexHosts = new Set(
      loadBuiltinCatalog()
        .models.filter((model) => model.provider === 'google-vertex')
        .flatMap((model) => model.apiHosts),
    );
    for (const origin of Object.values(VERTEX_LOCATION_HOSTS)) {
      expect(manifest.requiredPermissions.network.domains).toContain(origin);
      expect(vertexHosts).toContain(origin);
    }
    expect(VERTEX_LOCATION_HOSTS).toEqual({
      'us-central1': 'https://us-central1-aiplatform.googleapis.com',
      global: 'https://aiplatform.googleapis.com',
    });
  });

  it('refuses another location before calling anything, naming the accepted ones', () => {
    const create = () =>
      googleVertexRegistration.create({
        credentials: { GOOGLE_VERTEX_ACCESS_TOKEN: 't', GOOGLE_CLOUD_PROJECT: 'p', GOOGLE_CLOUD_LOCATION: 'europe-west4' },
      });
    expect(create).toThrow(VertexLocationError);
    expect(create).toThrow(
      'Vertex AI location "europe-west4" is not supported: ClipRelay may only call the hosts its Premiere manifest lists. Use one of us-central1, global (GOOGLE_CLOUD_LOCATION).',
    );
    expect(() =>
      googleVertexRegistration.create({
        credentials: { GOOGLE_VERTEX_ACCESS_TOKEN: 't', GOOGLE_CLOUD_PROJECT: 'p', GOOGLE_CLOUD_LOCATION: 'global' },
      }),
    ).not.toThrow();
  });

  it('says how to renew an expired access token', async () => {
    let nowMs = 0;
    server = await startGoogleEmulatorServer({ now: () => nowMs, accessTokenExpiresAtMs: 3_600_000 });
    const vertex = createGoogleVeoProvider({
      platform: 'vertex-ai',
      accessToken: DEMO_VERTEX_ACCESS_TOKEN,
      project: DEMO_VERTEX_PROJECT,
      baseUrl: server.baseUrl,
    });
    nowMs = 3_600_000;
    const error = await vertex.start(request()).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'auth', status: 401, providerCode: 'UNAUTHENTICATED' });
    expect((error as Error).message).toMatch(
      /the access token has expired: run `gcloud auth print-access-token` and paste the new token as the Vertex AI access token \(GOOGLE_VERTEX_ACCESS_TOKEN for the CLI\); tokens last one hour/,
    );
  });
});
