import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_VERTEX_PROJECT } from '../../../src/emulators/google';
import { inspectMp4 } from '../../../src/media';
import { createVertexAiProvider, googleVertexRegistration, type VertexAiProviderSettings } from '../../../src/providers/google';
import type { FetchFunction } from '../../../src/providers/http';
import { ProviderApiError, type JobRef, type JobStatus, type VideoProvider, type VideoRequest } from '../../../src/providers/spec';
import { createMemoryByteSink } from '../../support/memory-byte-sink';
import { DEMO_CLIP, startGoogleEmulatorServer, type GoogleEmulatorServer } from '../../emulators/google/google-emulator-server';
import { pollToEnd } from '../../support/poll-to-end';

// Not the demo token: a leak check is only meaningful for a string that appears nowhere by accident.
const TOKEN = 'ya29.vertexOmniToken7f3a';

let server: GoogleEmulatorServer;
let jobCounter = 0;

beforeAll(async () => {
  server = await startGoogleEmulatorServer({ accessToken: TOKEN, legacyGeminiVeo: false, pollsUntilDone: 1 });
});
afterAll(() => server.close());

function recordingFetch(): { fetch: FetchFunction; sent: { method: string; url: string; authorization: string | null; body?: string }[] } {
  const sent: { method: string; url: string; authorization: string | null; body?: string }[] = [];
  const fetch: FetchFunction = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    sent.push({ method: request.method, url: request.url, authorization: request.headers.get('authorization') });
    return globalThis.fetch(input, init);
  };
  return { fetch, sent };
}

/** The registration, as the panel and CLI create it: catalog ids in, wire ids out. */
function vertexFromRegistration(location: string | undefined, fetch?: FetchFunction): VideoProvider {
  const credentials: Record<string, string> = { GOOGLE_VERTEX_ACCESS_TOKEN: TOKEN, GOOGLE_CLOUD_PROJECT: DEMO_VERTEX_PROJECT };
  if (location != null) credentials.GOOGLE_CLOUD_LOCATION = location;
  return googleVertexRegistration.create({ credentials, baseUrl: server.baseUrl, fetch });
}

function request(overrides: Partial<VideoRequest> = {}): VideoRequest {
  jobCounter++;
  return {
    model: 'vertex/gemini-omni-1.2-flash',
    prompt: 'Steam from a tea cup, a clock ticking',
    durationSeconds: 6,
    aspectRatio: '16:9',
    audio: true,
    resolution: '720p',
    clientJobId: `vertex-omni-${jobCounter}`,
    ...overrides,
  };
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('Gemini Omni on Vertex AI (google-vertex), against the emulator', () => {
  it('sends the wire id on the Interactions path under the project and location global, with the bearer token, and keeps the catalog id in the ref', async () => {
    const { fetch, sent } = recordingFetch();
    const started = await vertexFromRegistration('global', fetch).start(request());
    expect(started.ref).toMatchObject({ provider: 'google-vertex', model: 'vertex/gemini-omni-1.2-flash', data: { api: 'interactions' } });
    expect(sent).toEqual([
      {
        method: 'POST',
        url: `${server.baseUrl}/v1beta1/projects/${DEMO_VERTEX_PROJECT}/locations/global/interactions`,
        authorization: `Bearer ${TOKEN}`,
      },
    ]);
    const body = server.emulator.vertexInteractions.get(started.ref.jobId)?.requestBody as Record<string, unknown>;
    expect(body.model).toBe('gemini-omni-1.2-flash');
    // Vertex has no Gemini file store: the video comes back inside the interaction.
    expect(body.response_format).toMatchObject({ delivery: 'inline', resolution: '720p', duration: '6s' });
  });

  it('polls to completed and downloads the inline video, which inspects as MP4 with audio', async () => {
    const provider = vertexFromRegistration('global');
    const { ref } = await provider.start(request({ model: 'vertex/gemini-omni-1.1-flash-preview' }));
    expect(server.emulator.vertexInteractions.get(ref.jobId)?.model).toBe('gemini-omni-1.1-flash-preview');
    const statuses = await pollToEnd(provider, ref);
    expect(statuses.map((status) => status.state)).toEqual(['pending', 'completed']);
    const done = statuses.at(-1) as Extract<JobStatus, { state: 'completed' }>;
    const sink = createMemoryByteSink();
    await provider.download(done.assets[0]!, sink);
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(DEMO_CLIP))).toBe(true);
    expect(inspectMp4(sink.bytes()).audio).not.toBeNull();
  });

  it('a job survives a reload: a new provider polls and downloads it by its ref alone', async () => {
    const { ref } = await vertexFromRegistration('global').start(request());
    const reloaded = vertexFromRegistration('global');
    const done = (await pollToEnd(reloaded, JSON.parse(JSON.stringify(ref)) as JobRef)).at(-1) as Extract<
      JobStatus,
      { state: 'completed' }
    >;
    const sink = createMemoryByteSink();
    await reloaded.download(done.assets[0]!, sink);
    expect(sink.bytes().length).toBe(DEMO_CLIP.length);
  });

  it('cancels a running Omni job through the interaction', async () => {
    const provider = vertexFromRegistration('global');
    const { ref } = await provider.start(request({ prompt: 'a render that never ends [never]' }));
    await provider.cancel!(ref);
    expect(server.emulator.vertexInteractions.get(ref.jobId)?.cancelled).toBe(true);
    expect(await provider.status(ref)).toMatchObject({ state: 'failed', code: 'CANCELLED' });
  });

  it('refuses Omni before anything is sent when the location is not global, naming the setting that fixes it', async () => {
    for (const location of ['us-central1', undefined]) {
      const { fetch, sent } = recordingFetch();
      const error = await caught(vertexFromRegistration(location, fetch).start(request()));
      expect(error).toBeInstanceOf(ProviderApiError);
      expect(error).toMatchObject({ kind: 'invalid-request' });
      expect((error as Error).message).toMatch(/GOOGLE_CLOUD_LOCATION to global/);
      expect(sent).toEqual([]);
    }
  });

  it('keeps Veo on predictLongRunning in the configured region, with its catalog id as the wire id', async () => {
    const { fetch, sent } = recordingFetch();
    const started = await vertexFromRegistration('us-central1', fetch).start(
      request({ model: 'veo-3.1-fast-generate-001', durationSeconds: 8 }),
    );
    expect(started.ref.model).toBe('veo-3.1-fast-generate-001');
    expect(sent.map((entry) => entry.url)).toEqual([
      `${server.baseUrl}/v1/projects/${DEMO_VERTEX_PROJECT}/locations/us-central1/publishers/google/models/veo-3.1-fast-generate-001:predictLongRunning`,
    ]);
  });

  it('maps an expired token to an auth error without the token in the message', async () => {
    const expired = createVertexAiProvider({
      accessToken: 'ya29.somebodyElse',
      project: DEMO_VERTEX_PROJECT,
      location: 'global',
      baseUrl: server.baseUrl,
    });
    const error = await caught(expired.start(request({ model: 'gemini-omni-1.2-flash' })));
    expect(error).toBeInstanceOf(ProviderApiError);
    expect(error).toMatchObject({ kind: 'auth' });
    expect(String((error as Error).message)).not.toContain('ya29.somebodyElse');
  });

  it('calls Vertex’s global host when no base URL is configured, whatever host the Veo location would use', async () => {
    const urls: string[] = [];
    const offline: FetchFunction = async (input) => {
      urls.push(input instanceof Request ? input.url : String(input));
      return new Response(JSON.stringify({ id: 'v1_abc', status: 'queued' }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    };
    const settings: VertexAiProviderSettings = {
      accessToken: TOKEN,
      project: 'p',
      location: 'global',
      fetch: offline,
      wireModelId: (id) => id.replace(/^vertex\//, ''),
    };
    await createVertexAiProvider(settings).start(request());
    expect(urls).toEqual(['https://aiplatform.googleapis.com/v1beta1/projects/p/locations/global/interactions']);
  });
});
