import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFaultSpec } from '../../../src/emulators/faults';
import { defaultCatalogModel, loadBuiltinCatalog, validateVideoRequest } from '../../../src/providers/catalog';
import { createFalProvider, falRegistration, type FalProviderSettings, type FalVideoProvider } from '../../../src/providers/fal';
import type { FetchFunction } from '../../../src/providers/http';
import { ProviderApiError, type JobRef, type JobStatus, type VideoRequest } from '../../../src/providers/spec';
import { JobTimeoutError } from '../../../src/workflows/job-timeout-error';
import { pollUntilDone } from '../../../src/workflows/poll-until-done';
import { createMemoryByteSink } from '../../support/memory-byte-sink';
import { DEMO_CLIP, startFalEmulatorServer, type FalEmulatorServer } from '../../emulators/fal/fal-emulator-server';
import { pollToEnd } from '../../support/poll-to-end';

// Not the demo key: a leak check is only meaningful for a string that appears nowhere by accident.
const FAL_KEY = 'a1b2c3d4-live-key-id:9f8e7d6c5b4a-live-secret';

let server: FalEmulatorServer;
let jobCounter = 0;
const waits: number[] = [];

beforeAll(async () => {
  server = await startFalEmulatorServer({ apiKey: FAL_KEY, queuedPolls: 2, runningPolls: 1 });
});
afterAll(() => server.close());

function provider(settings: Partial<FalProviderSettings> = {}): FalVideoProvider {
  return createFalProvider({
    apiKey: FAL_KEY,
    baseUrl: server.baseUrl,
    delay: async (delayMs) => {
      waits.push(delayMs);
    },
    ...settings,
  });
}

function request(overrides: Partial<VideoRequest> = {}): VideoRequest {
  jobCounter++;
  return {
    model: 'fal-ai/kling-video/v2.6/pro/text-to-video',
    prompt: 'A street market at night, sizzling woks, chatter',
    durationSeconds: 5,
    aspectRatio: '16:9',
    audio: true,
    clientJobId: `fal-job-${jobCounter}`,
    ...overrides,
  };
}

function recordingFetch(): { fetch: FetchFunction; sent: { method: string; url: string; authorization: string | null }[] } {
  const sent: { method: string; url: string; authorization: string | null }[] = [];
  const fetch: FetchFunction = (input, init) => {
    const outgoing = input instanceof Request ? input : new Request(input, init);
    sent.push({ method: outgoing.method, url: outgoing.url, authorization: outgoing.headers.get('authorization') });
    return globalThis.fetch(input, init);
  };
  return { fetch, sent };
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('fal provider against the fal emulator', () => {
  it('submits the exact Kling input, with generate_audio sent explicitly', async () => {
    const started = await provider().start(request({ negativePrompt: 'watermark', audio: false }));

    expect(started.warnings).toEqual([]);
    expect(started.ref).toMatchObject({ provider: 'fal', model: 'fal-ai/kling-video/v2.6/pro/text-to-video' });
    expect(server.emulator.requests.get(started.ref.jobId)?.input).toEqual({
      prompt: 'A street market at night, sizzling woks, chatter',
      negative_prompt: 'watermark',
      duration: '5',
      aspect_ratio: '16:9',
      generate_audio: false,
    });
    // The URLs fal handed out, on the configured origin, sub-path dropped.
    expect(started.ref.data).toEqual({
      endpointId: 'fal-ai/kling-video/v2.6/pro/text-to-video',
      statusUrl: `${server.baseUrl}/fal-ai/kling-video/requests/${started.ref.jobId}/status`,
      responseUrl: `${server.baseUrl}/fal-ai/kling-video/requests/${started.ref.jobId}`,
      cancelUrl: `${server.baseUrl}/fal-ai/kling-video/requests/${started.ref.jobId}/cancel`,
    });
  });

  it('submits the exact Veo input: "8s" durations and the seed', async () => {
    const started = await provider({ veoResolution: '1080p' }).start(
      request({ model: 'fal-ai/veo3.1', durationSeconds: 8, seed: 0, aspectRatio: '9:16' }),
    );
    expect(server.emulator.requests.get(started.ref.jobId)?.input).toEqual({
      prompt: 'A street market at night, sizzling woks, chatter',
      duration: '8s',
      aspect_ratio: '9:16',
      generate_audio: true,
      resolution: '1080p',
      seed: 0,
    });
  });

  it('warns instead of sending what an endpoint cannot honour: audio on Kling 2.5, a seed on Kling', async () => {
    const started = await provider().start(request({ model: 'fal-ai/kling-video/v2.5-turbo/pro/text-to-video', seed: 7 }));
    expect(started.warnings.map((warning) => warning.feature)).toEqual(['audio', 'seed']);
    expect(server.emulator.requests.get(started.ref.jobId)?.input).not.toHaveProperty('generate_audio');
  });

  it('refuses an endpoint whose input it does not know, before sending', async () => {
    const before = server.emulator.requests.size;
    const error = await caught(provider().start(request({ model: 'fal-ai/some-other-model' })));
    expect(error).toMatchObject({
      kind: 'invalid-request',
      message: expect.stringMatching(/cannot fill the input of endpoint "fal-ai\/some-other-model"/),
    });
    expect(server.emulator.requests.size).toBe(before);
  });

  it('polls IN_QUEUE → IN_PROGRESS → COMPLETED, reads the result and downloads the clip without the key', async () => {
    const { fetch, sent } = recordingFetch();
    const fal = provider({ fetch });
    const started = await fal.start(request());
    const statuses = await pollToEnd(fal, started.ref);

    expect(statuses.map((status) => status.state)).toEqual(['pending', 'pending', 'pending', 'completed']);
    const asset = (statuses.at(-1) as Extract<JobStatus, { state: 'completed' }>).assets[0]!;
    expect(asset).toEqual({ url: `${server.baseUrl}/files/${started.ref.jobId}/output.mp4` });

    const sink = createMemoryByteSink();
    expect(await fal.download(asset, sink)).toBe(DEMO_CLIP.length);
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(DEMO_CLIP))).toBe(true);

    expect(sent.map((entry) => `${entry.method} ${entry.url.replace(server.baseUrl, '')}`)).toEqual([
      'POST /fal-ai/kling-video/v2.6/pro/text-to-video',
      ...Array.from({ length: 4 }, () => `GET /fal-ai/kling-video/requests/${started.ref.jobId}/status?logs=0`),
      `GET /fal-ai/kling-video/requests/${started.ref.jobId}`,
      `GET /files/${started.ref.jobId}/output.mp4`,
    ]);
    expect(sent.slice(0, -1).every((entry) => entry.authorization === `Key ${FAL_KEY}`)).toBe(true);
    expect(sent.at(-1)?.authorization).toBeNull(); // fal media is a public CDN
  });

  it('reports a content-policy result as a moderated failure', async () => {
    const fal = provider();
    const started = await fal.start(request({ model: 'fal-ai/veo3.1/fast', durationSeconds: 4, prompt: 'a refused scene [moderate]' }));
    expect((await pollToEnd(fal, started.ref)).at(-1)).toEqual({
      state: 'failed',
      moderated: true,
      code: 'content_policy_violation',
      reason: expect.stringMatching(/^prompt: The content could not be processed/),
    });
  });

  it('reports a runner failure as a failure that is not moderation, without retrying the 500', async () => {
    const fal = provider();
    const started = await fal.start(request({ prompt: 'render trouble [fail]' }));
    waits.length = 0;
    expect((await pollToEnd(fal, started.ref)).at(-1)).toEqual({
      state: 'failed',
      moderated: false,
      code: 'runner_server_error',
      reason: 'The runner failed while generating the video.',
    });
    expect(waits).toEqual([]);
  });

  it('refuses a duration the endpoint does not take before sending (an endpoint the catalog may not list)', async () => {
    const before = server.emulator.requests.size;
    await expect(provider().start(request({ durationSeconds: 7 }))).rejects.toMatchObject({
      kind: 'invalid-request',
      message: expect.stringMatching(/duration: .* takes 5 or 10 s, not 7 s/),
    });
    expect(server.emulator.requests.size).toBe(before);
  });

  it('reports an input fal refuses at run time as a failure naming the field', async () => {
    // Submitted by someone else (the SDK, an older ClipRelay): fal queues anything JSON and refuses at run time.
    const submitted = (await (
      await fetch(`${server.baseUrl}/fal-ai/kling-video/v2.6/pro/text-to-video`, {
        method: 'POST',
        headers: { authorization: `Key ${FAL_KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify({ prompt: 'x', duration: '7' }),
      })
    ).json()) as { request_id: string };
    const ref: JobRef = { provider: 'fal', model: 'fal-ai/kling-video/v2.6/pro/text-to-video', jobId: submitted.request_id, data: {} };
    expect((await pollToEnd(provider(), ref)).at(-1)).toMatchObject({
      state: 'failed',
      moderated: false,
      code: 'literal_error',
      reason: "duration: Input should be '5' or '10'",
    });
  });

  it('cancels a running request; it then reads as cancelled, and cancelling again is harmless', async () => {
    const fal = provider();
    const started = await fal.start(request({ prompt: 'endless [never]' }));
    await fal.status(started.ref);
    await fal.cancel(started.ref);
    expect(server.emulator.requests.get(started.ref.jobId)?.cancelled).toBe(true);
    expect(await fal.status(started.ref)).toMatchObject({
      state: 'failed',
      code: 'client_cancelled',
      reason: expect.stringMatching(/^The request was cancelled/),
    });
    await expect(fal.cancel(started.ref)).resolves.toBeUndefined();
  });

  it('gives up on a never-finishing request at the poller\u2019s timeout, with injected time', async () => {
    const fal = provider();
    const started = await fal.start(request({ prompt: 'endless [never]' }));
    let clockMs = 0;
    const error = await caught(
      pollUntilDone(fal, started.ref, {
        intervalMs: 5_000,
        timeoutMs: 20_000,
        now: () => clockMs,
        delay: async (delayMs) => {
          clockMs += delayMs;
        },
      }),
    );
    expect(error).toBeInstanceOf(JobTimeoutError);
    expect(server.emulator.requests.get(started.ref.jobId)?.polls).toBe(5);
  });

  it('retries a status read answered 429 with Retry-After', async () => {
    const fal = provider();
    const started = await fal.start(request());
    waits.length = 0;
    server.faults.add(...parseFaultSpec('fal:poll:429:retry-after=3'));
    await expect(fal.status(started.ref)).resolves.toEqual({ state: 'pending' });
    expect(waits).toEqual([3000]);
  });

  it('surfaces a 503 on submit without submitting again', async () => {
    const before = server.emulator.requests.size;
    server.faults.add(...parseFaultSpec('fal:create:503'));
    const error = await caught(provider().start(request()));
    expect(error).toBeInstanceOf(ProviderApiError);
    expect(error).toMatchObject({ kind: 'server', status: 503, providerCode: 'runner_scheduling_failure', isRetryable: true });
    expect(server.emulator.requests.size).toBe(before);
  });

  it('maps a wrong key to auth, naming no key', async () => {
    const wrong = 'wrong-key-id:wrong-key-secret';
    const error = await caught(provider({ apiKey: wrong }).start(request()));
    expect(error).toMatchObject({ kind: 'auth', status: 401, message: expect.stringMatching(/No user found for Key ID and Secret/) });
    const everything = `${(error as Error).message}\n${inspect(error, { depth: 10 })}\n${JSON.stringify(error)}`;
    expect(everything).not.toContain(wrong);
    expect(everything).not.toContain(FAL_KEY);
    expect(everything).not.toMatch(/Key [\w-]+:/);
  });

  it('maps an endpoint fal does not serve to not-found', async () => {
    // A Veo-family id, so the input is filled and the request reaches fal.
    const error = await caught(provider().start(request({ model: 'fal-ai/veo3.1/extend-video', durationSeconds: 8 })));
    expect(error).toMatchObject({ kind: 'not-found', status: 404, message: expect.stringMatching(/Path '\/extend-video' not found/) });
  });

  it('never sends the key to a stored URL on another origin', async () => {
    const { fetch, sent } = recordingFetch();
    const fal = provider({ fetch });
    const started = await fal.start(request());
    const tampered: JobRef = { ...started.ref, data: { ...started.ref.data, statusUrl: 'https://attacker.example/steal' } };
    await fal.status(tampered);
    expect(sent.at(-1)?.url).toBe(`${server.baseUrl}/fal-ai/kling-video/requests/${started.ref.jobId}/status?logs=0`);
  });
});

describe('fal models in the catalog and the registration', () => {
  const catalog = loadBuiltinCatalog();

  it('offers every fal endpoint with native audio (a switch, or always on), Kling 2.6 Pro by default', () => {
    const fal = catalog.models.filter((model) => model.provider === 'fal');
    expect(fal.map((model) => model.id)).toEqual(
      expect.arrayContaining(['fal-ai/kling-video/v2.6/pro/text-to-video', 'fal-ai/veo3.1', 'fal-ai/veo3.1/fast']),
    );
    expect(fal.filter((model) => model.audio === 'none')).toEqual([]);
    expect(defaultCatalogModel(catalog, 'fal')?.id).toBe('fal-ai/kling-video/v2.6/pro/text-to-video');
    expect(
      validateVideoRequest({ model: 'fal-ai/veo3.1/fast', prompt: 'x', durationSeconds: 5, aspectRatio: '16:9' }, catalog, 'fal').map(
        (problem) => problem.message,
      ),
    ).toEqual(['Veo 3.1 Fast (fal) accepts 4, 6 or 8 seconds; 5 s was asked.']);
  });

  it('asks for FAL_KEY', () => {
    expect(falRegistration).toMatchObject({
      id: 'fal',
      defaultBaseUrl: 'https://queue.fal.run',
    });
    expect(falRegistration.credentials.map((spec) => spec.name)).toEqual(['FAL_KEY']);
    expect(falRegistration.create({ credentials: { FAL_KEY: 'k:s' } }).id).toBe('fal');
  });
});
