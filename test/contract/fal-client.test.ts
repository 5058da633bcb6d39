import { ApiError, createFalClient, fal, ValidationError, type RequestMiddleware } from '@fal-ai/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FAL_KEY } from '../../src/emulators/fal';
import { inspectMp4 } from '../../src/media';
import { buildFalInput } from '../../src/providers/fal';
import { DEMO_CLIP, startFalEmulatorServer, type FalEmulatorServer } from '../emulators/fal/fal-emulator-server';

/**
 * The official client (@fal-ai/client) against our fal emulator. The client hard-codes
 * https://queue.fal.run, so a request middleware rewrites the origin (research/providers.md §0);
 * everything else — paths, auth, statuses, error classes — is the client's own behaviour.
 */
let server: FalEmulatorServer;
const QUEUE_ORIGIN = 'https://queue.fal.run';
const rewrites: string[] = [];

const toEmulator: RequestMiddleware = async (request) => {
  rewrites.push(request.url);
  return request.url.startsWith(QUEUE_ORIGIN) ? { ...request, url: `${server.baseUrl}${request.url.slice(QUEUE_ORIGIN.length)}` } : request;
};

beforeAll(async () => {
  server = await startFalEmulatorServer({ queuedPolls: 2, runningPolls: 1 });
  fal.config({ credentials: DEMO_FAL_KEY, requestMiddleware: toEmulator });
});
afterAll(() => server.close());

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('@fal-ai/client against the fal emulator', () => {
  it('submits, watches the queue and reads the result: a video URL serving the demo clip', async () => {
    const updates: { status: string; queue_position?: number; logs?: unknown }[] = [];
    const result = await fal.subscribe('fal-ai/kling-video/v2.6/pro/text-to-video', {
      input: {
        prompt: 'a lighthouse at dusk, waves, gulls',
        duration: '5',
        aspect_ratio: '16:9',
        generate_audio: true,
        negative_prompt: 'blur',
      },
      logs: true,
      pollInterval: 1,
      onQueueUpdate: (update) => updates.push(update as (typeof updates)[number]),
    });

    expect(updates.map((update) => update.status)).toEqual(['IN_QUEUE', 'IN_QUEUE', 'IN_PROGRESS', 'COMPLETED']);
    expect(updates.slice(0, 2).map((update) => update.queue_position)).toEqual([1, 0]);
    expect(updates[2]?.logs).toEqual([expect.objectContaining({ message: 'Generating video' })]);
    // The client drops the endpoint's sub-path for status and result (research §6).
    expect(rewrites).toContain(`${QUEUE_ORIGIN}/fal-ai/kling-video/v2.6/pro/text-to-video`);
    expect(rewrites.some((url) => /^https:\/\/queue\.fal\.run\/fal-ai\/kling-video\/requests\/[\w-]+\/status\?logs=1$/.test(url))).toBe(
      true,
    );

    expect(result.requestId).toMatch(/^[\w-]+$/);
    const video = (result.data as { video: { url: string; content_type: string; file_size: number } }).video;
    expect(video).toMatchObject({ content_type: 'video/mp4', file_size: DEMO_CLIP.length });
    const file = await fetch(video.url);
    expect(Buffer.from(await file.arrayBuffer()).equals(Buffer.from(DEMO_CLIP))).toBe(true);
    expect(server.emulator.requests.get(result.requestId)?.input).toEqual({
      prompt: 'a lighthouse at dusk, waves, gulls',
      duration: '5',
      aspect_ratio: '16:9',
      generate_audio: true,
      negative_prompt: 'blur',
    });
  });

  it('runs the queue step by step: submit, status, result, on a Veo endpoint', async () => {
    const submitted = await fal.queue.submit('fal-ai/veo3.1/fast', {
      input: { prompt: 'a fox in snow', duration: '6s', aspect_ratio: '9:16', generate_audio: false },
    });
    expect(submitted).toMatchObject({ status: 'IN_QUEUE', request_id: expect.any(String), queue_position: 2 });
    expect(submitted.status_url).toMatch(/\/fal\/fal-ai\/veo3\.1\/requests\/[\w-]+\/status$/);

    let status = await fal.queue.status('fal-ai/veo3.1/fast', { requestId: submitted.request_id });
    for (let poll = 0; status.status !== 'COMPLETED' && poll < 5; poll++)
      status = await fal.queue.status('fal-ai/veo3.1/fast', { requestId: submitted.request_id });
    expect(status.status).toBe('COMPLETED');

    const result = await fal.queue.result('fal-ai/veo3.1/fast', { requestId: submitted.request_id });
    expect(result.data.video.url).toMatch(new RegExp(`/fal/files/${submitted.request_id}/output\\.mp4$`));
  });

  it('runs a December 2026 family through the client’s own endpoint types: LTX 2.3 (no audio) and its field errors', async () => {
    // The input literal is checked against Ltx23TextToVideoInput at compile time: the SDK's types are the contract.
    const result = await fal.subscribe('fal-ai/ltx-2.3/text-to-video', {
      input: { prompt: 'dawn over a harbour', duration: '8', aspect_ratio: '9:16', resolution: '1440p', generate_audio: false },
      pollInterval: 1,
    });
    const file = new Uint8Array(await (await fetch(result.data.video.url)).arrayBuffer());
    expect(inspectMp4(file).audio).toBeNull();
    expect(server.emulator.requests.get(result.requestId)?.input).toEqual({
      prompt: 'dawn over a harbour',
      duration: '8',
      aspect_ratio: '9:16',
      resolution: '1440p',
      generate_audio: false,
    });

    const error = await caught(
      fal.subscribe('fal-ai/ltx-2.3/text-to-video', { input: { prompt: 'x', resolution: '720p' as '1080p' }, pollInterval: 1 }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).getFieldErrors('resolution')).toEqual([expect.objectContaining({ type: 'literal_error' })]);
  });

  it('takes what our adapter builds for a Wan 2.7 image-to-video request, as the client would send it', async () => {
    const { input } = buildFalInput(
      {
        model: 'fal-ai/wan/v2.7/image-to-video',
        prompt: 'the kite lifts off',
        durationSeconds: 5,
        aspectRatio: '16:9',
        audio: true,
        clientJobId: 'contract-wan',
        resolution: '1080p',
        referenceImage: { bytes: new Uint8Array([1, 2, 3]), mimeType: 'image/png', fileName: 'kite.png' },
      },
      { providerId: 'fal', providerName: 'fal.ai' },
    );
    const result = await fal.subscribe('fal-ai/wan/v2.7/image-to-video', { input: input as never, pollInterval: 1 });
    expect(server.emulator.requests.get(result.requestId)?.input).toEqual({
      prompt: 'the kite lifts off',
      duration: '5',
      resolution: '1080p',
      image_url: 'data:image/png;base64,AQID',
    });
  });

  it('cancels a queued request; its result then fails as cancelled', async () => {
    const submitted = await fal.queue.submit('fal-ai/veo3.1', { input: { prompt: 'never mind [never]' } });
    await fal.queue.cancel('fal-ai/veo3.1', { requestId: submitted.request_id });
    expect((await fal.queue.status('fal-ai/veo3.1', { requestId: submitted.request_id })).status).toBe('COMPLETED');
    const error = await caught(fal.queue.result('fal-ai/veo3.1', { requestId: submitted.request_id }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 499, body: { error_type: 'client_cancelled' } });
  });

  it('raises ValidationError with fal\u2019s field errors for an input the model refuses', async () => {
    const error = await caught(
      fal.subscribe('fal-ai/kling-video/v2.6/pro/text-to-video', { input: { prompt: 'x', duration: '7' as '5' }, pollInterval: 1 }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).getFieldErrors('duration')).toEqual([
      expect.objectContaining({ loc: ['body', 'duration'], type: 'literal_error', msg: "Input should be '5' or '10'" }),
    ]);
  });

  it('raises ValidationError of type content_policy_violation for a moderated prompt', async () => {
    const error = await caught(fal.subscribe('fal-ai/veo3.1', { input: { prompt: 'something refused [moderate]' }, pollInterval: 1 }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors[0]).toMatchObject({ type: 'content_policy_violation', loc: ['body', 'prompt'] });
  });

  it('raises ApiError 500 with the runner error type for a failed run', async () => {
    const error = await caught(fal.subscribe('fal-ai/veo3.1', { input: { prompt: 'render trouble [fail]' }, pollInterval: 1 }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).not.toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ status: 500, body: { error_type: 'runner_server_error' } });
  });

  it('raises ApiError 401 for a wrong key and 404 for a retired endpoint', async () => {
    const stranger = createFalClient({ credentials: 'wrong-id:wrong-secret', requestMiddleware: toEmulator });
    const unauthorized = await caught(stranger.queue.submit('fal-ai/veo3.1', { input: { prompt: 'x' } }));
    expect(unauthorized).toBeInstanceOf(ApiError);
    expect(unauthorized).toMatchObject({ status: 401, body: { detail: 'No user found for Key ID and Secret' } });

    const retired = await caught(fal.queue.submit('fal-ai/sora-2/text-to-video', { input: { prompt: 'x' } }));
    expect(retired).toBeInstanceOf(ApiError);
    expect(retired).toMatchObject({ status: 404, body: { detail: "Application 'sora-2' not found" } });
  });
});
