import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFaultSpec } from '../../../src/emulators/faults';
import { inspectMp4 } from '../../../src/media';
import { createGeminiApiProvider, type GeminiApiProviderSettings } from '../../../src/providers/google';
import type { FetchFunction } from '../../../src/providers/http';
import {
  InvalidResponseError,
  ProviderApiError,
  ProviderJobFailedError,
  type JobRef,
  type JobStatus,
  type VideoProvider,
  type VideoRequest,
} from '../../../src/providers/spec';
import { pollUntilDone } from '../../../src/workflows/poll-until-done';
import { createMemoryByteSink } from '../../support/memory-byte-sink';
import { tinyPng } from '../../support/tiny-png';
import { DEMO_CLIP, startGoogleEmulatorServer, type GoogleEmulatorServer } from '../../emulators/google/google-emulator-server';
import { pollToEnd } from '../../support/poll-to-end';

// Not the demo key: a leak check is only meaningful for a string that appears nowhere by accident.
const API_KEY = 'AIzaFAKE-omni-test';

let server: GoogleEmulatorServer;
let jobCounter = 0;
const waits: number[] = [];
const recordWait = async (delayMs: number) => {
  waits.push(delayMs);
};

beforeAll(async () => {
  // Today's Gemini API: no Veo ids, Omni on the Interactions API.
  server = await startGoogleEmulatorServer({ apiKey: API_KEY, legacyGeminiVeo: false, pollsUntilDone: 2 });
});
afterAll(() => server.close());

function recordingFetch(): { fetch: FetchFunction; sent: { method: string; url: string; key: string | null }[] } {
  const sent: { method: string; url: string; key: string | null }[] = [];
  const fetch: FetchFunction = (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    sent.push({ method: request.method, url: request.url, key: request.headers.get('x-goog-api-key') });
    return globalThis.fetch(input, init);
  };
  return { fetch, sent };
}

function gemini(settings: Partial<GeminiApiProviderSettings> = {}): VideoProvider {
  return createGeminiApiProvider({ apiKey: API_KEY, baseUrl: server.baseUrl, delay: recordWait, ...settings });
}

function request(overrides: Partial<VideoRequest> = {}): VideoRequest {
  jobCounter++;
  return {
    model: 'gemini-omni-1.2-flash',
    prompt: 'A ferry horn across a grey harbour, gulls overhead',
    durationSeconds: 12,
    aspectRatio: '16:9',
    audio: true,
    resolution: '1080p',
    clientJobId: `omni-job-${jobCounter}`,
    ...overrides,
  };
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

const interactionOf = (ref: JobRef) => server.emulator.interactions.get(ref.jobId);

describe('Gemini Omni on the Gemini API (Interactions API), against the emulator', () => {
  it('creates text-to-video with the exact body: background, snake_case video format, the text_to_video task, URI delivery', async () => {
    const started = await gemini().start(request());
    expect(started.warnings).toEqual([]);
    expect(started.ref).toMatchObject({
      provider: 'google',
      model: 'gemini-omni-1.2-flash',
      data: { api: 'interactions', interactionId: started.ref.jobId },
    });
    expect(interactionOf(started.ref)?.requestBody).toEqual({
      model: 'gemini-omni-1.2-flash',
      input: 'A ferry horn across a grey harbour, gulls overhead',
      response_modalities: ['video'],
      background: true,
      store: true,
      response_format: { type: 'video', aspect_ratio: '16:9', duration: '12s', resolution: '1080p', delivery: 'uri' },
      generation_config: { video_config: { task: 'text_to_video' } },
    });
  });

  it('sends a first frame as an image block with the image_to_video task, and 2160p as "4k"', async () => {
    const started = await gemini().start(
      request({ resolution: '2160p', referenceImage: { bytes: tinyPng(), mimeType: 'image/png', fileName: 'frame.png' } }),
    );
    const body = interactionOf(started.ref)?.requestBody as {
      input: unknown;
      response_format: { resolution: string };
      generation_config: unknown;
    };
    expect(body.input).toEqual([
      { type: 'text', text: 'A ferry horn across a grey harbour, gulls overhead' },
      { type: 'image', data: Buffer.from(tinyPng()).toString('base64'), mime_type: 'image/png' },
    ]);
    expect(body.response_format.resolution).toBe('4k');
    expect(body.generation_config).toEqual({ video_config: { task: 'image_to_video' } });
  });

  it('warns instead of sending what Omni cannot honour: silence, a negative prompt, a seed', async () => {
    const started = await gemini().start(request({ audio: false, negativePrompt: 'text overlays', seed: 0 }));
    expect(started.warnings.map((warning) => warning.feature)).toEqual(['audio', 'negativePrompt', 'seed']);
    const body = interactionOf(started.ref)?.requestBody as Record<string, unknown>;
    expect(Object.keys(body)).not.toEqual(expect.arrayContaining(['seed']));
    expect(JSON.stringify(body)).not.toMatch(/text overlays/);
  });

  it('refuses before the wire what Omni cannot render', async () => {
    const error = await caught(gemini().start(request({ aspectRatio: '1:1' })));
    expect(error).toBeInstanceOf(ProviderApiError);
    expect(error).toMatchObject({ kind: 'invalid-request' });
    expect(await caught(gemini().start(request({ resolution: '1440p' })))).toMatchObject({ kind: 'invalid-request' });
  });

  it('polls queued → in progress → completed, downloads the file URI with the key only from the API origin, and the clip inspects as MP4 with audio', async () => {
    const { fetch, sent } = recordingFetch();
    const provider = gemini({ fetch });
    const { ref } = await provider.start(request());
    const statuses = await pollToEnd(provider, ref);
    expect(statuses.map((status) => status.state)).toEqual(['pending', 'pending', 'completed']);
    const done = statuses.at(-1) as Extract<JobStatus, { state: 'completed' }>;
    expect(done.assets[0]?.url).toMatch(/^https:\/\/generativelanguage\.googleapis\.com\/v1beta\/files\/[a-z0-9]+:download\?alt=media$/);

    const sink = createMemoryByteSink();
    await provider.download(done.assets[0]!, sink);
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(DEMO_CLIP))).toBe(true);
    expect(inspectMp4(sink.bytes()).audio).not.toBeNull();
    // The key went to the emulator's API origin (the file URI rebuilt on it), never to the signed redirect.
    const signed = sent.filter((entry) => entry.url.includes('/signed-downloads/'));
    expect(signed.every((entry) => entry.key == null)).toBe(true);
    expect(
      sent
        .filter((entry) => entry.url.startsWith(server.baseUrl) && !entry.url.includes('/signed-downloads/'))
        .every((entry) => entry.key === API_KEY),
    ).toBe(true);
  });

  it('writes inline delivery through the inline-video path, from the final poll without reading again', async () => {
    const { fetch, sent } = recordingFetch();
    const provider = gemini({ fetch, omniDelivery: 'inline' });
    const { ref } = await provider.start(request({ model: 'gemini-omni-1.1-flash', resolution: '720p', durationSeconds: 6 }));
    const done = await pollUntilDone(provider, ref, { intervalMs: 1, timeoutMs: 60_000, delay: async () => undefined });
    expect(done.assets[0]?.url).toBe(`x-google-operation:interactions/${ref.jobId}?video=0`);
    const readsBefore = sent.length;
    const sink = createMemoryByteSink();
    expect(await provider.download(done.assets[0]!, sink)).toBe(DEMO_CLIP.length);
    expect(sent.length).toBe(readsBefore);
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(DEMO_CLIP))).toBe(true);

    // After a reload (a new provider, no memory of the poll) it reads the interaction again.
    const reloaded = createMemoryByteSink();
    await gemini({ omniDelivery: 'inline' }).download(done.assets[0]!, reloaded);
    expect(Buffer.from(reloaded.bytes()).equals(Buffer.from(DEMO_CLIP))).toBe(true);
  });

  it('extends and edits an earlier Omni generation by previous_interaction_id', async () => {
    const provider = gemini();
    const first = await provider.start(request({ durationSeconds: 8 }));
    await pollToEnd(provider, first.ref);

    const extended = await provider.start(
      request({ prompt: 'the ferry docks', durationSeconds: 7, continueFrom: { mode: 'extend', providerJobId: first.ref.jobId } }),
    );
    expect(interactionOf(extended.ref)?.requestBody).toMatchObject({
      previous_interaction_id: first.ref.jobId,
      generation_config: { video_config: { task: 'extend' } },
      input: 'the ferry docks',
    });
    expect(interactionOf(extended.ref)?.totalSeconds).toBe(15);
    expect((await pollToEnd(provider, extended.ref)).at(-1)?.state).toBe('completed');

    const edited = await provider.start(
      request({
        prompt: 'make it night',
        durationSeconds: 8,
        continueFrom: { mode: 'edit', providerJobId: first.ref.jobId },
        referenceImage: { bytes: tinyPng(), mimeType: 'image/png', fileName: 'f.png' },
      }),
    );
    expect(edited.warnings.map((warning) => warning.feature)).toEqual(['referenceImage']);
    expect(interactionOf(edited.ref)?.requestBody).toMatchObject({
      input: 'make it night',
      generation_config: { video_config: { task: 'edit' } },
    });
  });

  it('maps Google\u2019s refusal of an unknown previous generation to an invalid request naming the field', async () => {
    const error = await caught(gemini().start(request({ continueFrom: { mode: 'extend', providerJobId: 'v1_gone' } })));
    expect(error).toBeInstanceOf(ProviderApiError);
    expect(error).toMatchObject({ kind: 'invalid-request', status: 400 });
    expect((error as Error).message).toMatch(/previous_interaction_id/);
  });

  it('refuses an extension that would pass 30 seconds in total, in Google\u2019s envelope', async () => {
    const provider = gemini();
    const first = await provider.start(request({ durationSeconds: 15 }));
    await pollToEnd(provider, first.ref);
    const second = await provider.start(request({ durationSeconds: 15, continueFrom: { mode: 'extend', providerJobId: first.ref.jobId } }));
    await pollToEnd(provider, second.ref);
    const error = await caught(
      provider.start(request({ durationSeconds: 3, continueFrom: { mode: 'extend', providerJobId: second.ref.jobId } })),
    );
    expect(error).toMatchObject({ kind: 'invalid-request', status: 400 });
  });

  it('reports a safety block as a moderated failure with Google\u2019s reason, through the poller', async () => {
    const provider = gemini();
    const { ref } = await provider.start(request({ prompt: 'something refused [moderate]' }));
    const error = await caught(pollUntilDone(provider, ref, { intervalMs: 1, timeoutMs: 60_000, delay: async () => undefined }));
    expect(error).toBeInstanceOf(ProviderJobFailedError);
    expect(error).toMatchObject({ moderated: true, reason: expect.stringMatching(/usage guidelines/) });
  });

  it('reports an internal failure with its reason and code, not as moderated', async () => {
    const provider = gemini();
    const { ref } = await provider.start(request({ prompt: 'render trouble [fail]' }));
    expect((await pollToEnd(provider, ref)).at(-1)).toEqual({
      state: 'failed',
      reason: 'Video generation failed due to an internal error. Please try again later.',
      code: 'internal',
      moderated: false,
    });
  });

  it('cancels a running generation; its next status is a cancelled failure', async () => {
    const provider = gemini();
    const { ref } = await provider.start(request({ prompt: 'a long render [never]' }));
    await provider.cancel!(ref);
    expect(interactionOf(ref)?.cancelled).toBe(true);
    expect(await provider.status(ref)).toEqual({
      state: 'failed',
      reason: 'The generation was cancelled.',
      code: 'CANCELLED',
      moderated: false,
    });
  });

  it('retries a status read after a 503 and waits the RetryInfo delay Google gives', async () => {
    const provider = gemini();
    const { ref } = await provider.start(request());
    waits.length = 0;
    server.faults.add(...parseFaultSpec('google:poll:503:retry-after=4'));
    expect(await provider.status(ref)).toEqual({ state: 'pending' });
    expect(waits).toContain(4000);
  });

  it('never repeats a create: a 503 on create is an error, and only one interaction exists', async () => {
    const before = server.emulator.interactions.size;
    server.faults.add(...parseFaultSpec('google:create:503'));
    const error = await caught(gemini().start(request()));
    expect(error).toBeInstanceOf(ProviderApiError);
    expect(error).toMatchObject({ status: 503 });
    expect(server.emulator.interactions.size).toBe(before);
  });

  it('offers no recovery of a lost create: the Interactions API has no lookup by our id, so a dropped answer is an error and nothing is re-posted', async () => {
    expect(gemini().recover).toBeUndefined();
    const before = server.emulator.interactions.size;
    server.faults.add(...parseFaultSpec('google:create:drop'));
    const error = await caught(gemini().start(request()));
    expect(error).toBeInstanceOf(ProviderApiError);
    // Google made the interaction; we sent one create and no second.
    expect(server.emulator.interactions.size).toBe(before + 1);
  });

  it('reads a cut-off status answer as an invalid response, not as a state', async () => {
    const provider = gemini();
    const { ref } = await provider.start(request());
    server.faults.add(...parseFaultSpec('google:poll:malformed'));
    expect(await caught(provider.status(ref))).toBeInstanceOf(InvalidResponseError);
    expect(await provider.status(ref)).toEqual({ state: 'pending' });
  });

  it('resumes a URI download that drops mid-file, and aborts the sink when it keeps dropping', async () => {
    const provider = gemini();
    const { ref } = await provider.start(request());
    const done = await pollUntilDone(provider, ref, { intervalMs: 1, timeoutMs: 60_000, delay: async () => undefined });
    const hitsBefore = server.faults.hits.length;
    server.faults.add(...parseFaultSpec('google:download:drop@1000*2'));
    const resumed = createMemoryByteSink();
    await provider.download(done.assets[0]!, resumed);
    expect(server.faults.hits.slice(hitsBefore).some((hit) => hit.fault.effect.kind === 'drop-download')).toBe(true);
    expect(Buffer.from(resumed.bytes()).equals(Buffer.from(DEMO_CLIP))).toBe(true);
    server.faults.clear();

    server.faults.add(...parseFaultSpec('google:download:drop@1000*50'));
    const broken = createMemoryByteSink();
    expect(await caught(provider.download(done.assets[0]!, broken))).toBeInstanceOf(Error);
    expect(broken.state).toBe('aborted');
    server.faults.clear();
  });

  it('keeps the key out of every error it raises', async () => {
    const error = await caught(
      gemini().status({
        provider: 'google',
        model: 'gemini-omni-1.2-flash',
        jobId: 'v1_nothere',
        data: { api: 'interactions', interactionId: 'v1_nothere' },
      }),
    );
    expect(error).toMatchObject({ kind: 'not-found', status: 404 });
    expect(`${(error as Error).message}\n${inspect(error, { depth: 10 })}\n${JSON.stringify(error)}`).not.toContain(API_KEY);
  });

  it('refuses a job whose ref holds no usable interaction id, before any request', async () => {
    const error = await caught(
      gemini().status({
        provider: 'google',
        model: 'gemini-omni-1.2-flash',
        jobId: 'x',
        data: { api: 'interactions', interactionId: '../models' },
      }),
    );
    expect(error).toBeInstanceOf(InvalidResponseError);
  });

  it('lists the Omni ids from GET /v1beta/models', async () => {
    expect(await gemini().listAvailableModels!()).toEqual(expect.arrayContaining(['gemini-omni-1.2-flash', 'gemini-omni-1.1-flash']));
  });

  it('still routes a Veo id to predictLongRunning, whose shut-down answer explains itself', async () => {
    const error = await caught(gemini().start(request({ model: 'veo-3.1-generate-preview', durationSeconds: 8, resolution: '720p' })));
    expect(error).toMatchObject({ kind: 'not-found', status: 404 });
    expect((error as Error).message).toMatch(/no longer available/);
  });
});
