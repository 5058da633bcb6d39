import {
  createHttpClient,
  createVendorFileDownload,
  parseJsonResponse,
  resolvePhaseTimeouts,
  toProviderError,
  type FetchFunction,
  type PhaseTimeouts,
} from '../http';
import {
  InvalidResponseError,
  ProviderApiError,
  type ByteSink,
  type DownloadOptions,
  type JobRef,
  type JobStatus,
  type StartedJob,
  type VideoAsset,
  type VideoProvider,
  type VideoRequest,
} from '../spec';
import { klingTaskEnvelopeSchema, type KlingTask, type KlingTaskEndpoint } from './kling-api-schemas';
import { createKlingTokenSource } from './kling-auth';
import { buildKlingCreate, klingEndpointOf } from './kling-create';
import { describeKlingCode, isKlingModerationMessage, mapKlingErrorBody } from './kling-error';
import { klingModelUsesOmniEndpoint } from './kling-model-features';

export const KLING_PROVIDER_ID = 'kling';
const PROVIDER_NAME = 'Kling';
/** Kling keeps results for 30 days (query response docs). */
const RESULT_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

export interface KlingProviderSettings {
  readonly accessKey: string;
  readonly secretKey: string;
  /** @default 'https://api-singapore.klingai.com' (global; China accounts use api-beijing) */
  readonly baseUrl?: string;
  /**
   * std = 720p, pro = 1080p, for requests that name no resolution (2160p, `4k`, only when asked).
   * @default 'pro' — editors place these clips in HD timelines.
   */
  readonly mode?: 'std' | 'pro';
  /** @default globalThis.fetch */
  readonly fetch?: FetchFunction;
  /** ms since epoch; injected for tests. @default Date.now */
  readonly now?: () => number;
  /** Time limits per kind of call. @default DEFAULT_PHASE_TIMEOUTS */
  readonly timeouts?: Partial<PhaseTimeouts>;
  /** Injected for tests: the wait before a retried GET. @default abortableDelay */
  readonly delay?: (delayMs: number, signal?: AbortSignal) => Promise<void>;
}

/** Kling's text-to-video, image-to-video and omni-video APIs as a VideoProvider. */
export function createKlingProvider(settings: KlingProviderSettings): VideoProvider {
  const token = createKlingTokenSource({ accessKey: settings.accessKey, secretKey: settings.secretKey }, settings.now);
  const timeouts = resolvePhaseTimeouts(settings.timeouts);
  const api = createHttpClient({
    prefixUrl: settings.baseUrl ?? 'https://api-singapore.klingai.com',
    headers: () => ({ authorization: `Bearer ${token()}` }),
    fetch: settings.fetch,
    timeoutMs: timeouts.pollMs,
    delay: settings.delay,
  });
  // Result files sit on a CDN that must not receive our token.
  const downloadFile = createVendorFileDownload({
    provider: KLING_PROVIDER_ID,
    providerName: PROVIDER_NAME,
    fetch: settings.fetch,
    delay: settings.delay,
    timeouts,
  });
  const mode = settings.mode ?? 'pro';

  /**
   * Kling answers a GET by our external_task_id exactly like one by its own task id (the omni-video
   * transcription documents the same lookup). An Omni model's tasks live on omni-video only. Otherwise
   * a request with its image looks on image2video only; one without may be a resumed image job whose
   * bytes were never stored (the ledger keeps only the file name), so both endpoints are asked.
   */
  async function recover(request: VideoRequest, options?: { signal?: AbortSignal }): Promise<JobRef | null> {
    const endpoints: KlingTaskEndpoint[] = klingModelUsesOmniEndpoint(request.model)
      ? ['omni-video']
      : request.referenceImage == null
        ? ['text2video', 'image2video']
        : ['image2video'];
    for (const endpoint of endpoints) {
      try {
        const task = await callKling(options?.signal, (signal) =>
          api.get(`v1/videos/${endpoint}/${encodeURIComponent(request.clientJobId)}`, { signal }),
        );
        return toJobRef(task.task_id, request, endpoint);
      } catch (error) {
        if (!(error instanceof ProviderApiError && error.kind === 'not-found')) throw error;
      }
    }
    return null;
  }

  return {
    id: KLING_PROVIDER_ID,
    displayName: PROVIDER_NAME,

    async start(request, options) {
      const { endpoint, body, warnings } = buildKlingCreate(request, mode);
      try {
        const task = await callKling(options?.signal, (signal) =>
          api.post(`v1/videos/${endpoint}`, { json: body, signal, timeout: timeouts.createMs }),
        );
        return { ref: toJobRef(task.task_id, request, endpoint), warnings } satisfies StartedJob;
      } catch (error) {
        // Kling refuses a second create with the same external_task_id. If a network layer re-sent
        // our create (browsers retry a POST on a dead keep-alive socket), the job exists: adopt it.
        if (!(error instanceof ProviderApiError && error.kind === 'invalid-request')) throw error;
        const existing = await recover(request, options).catch(() => null);
        if (existing == null) throw error;
        return { ref: existing, warnings } satisfies StartedJob;
      }
    },

    recover,

    async status(ref, options) {
      const taskId = typeof ref.data.taskId === 'string' ? ref.data.taskId : ref.jobId;
      const task = await callKling(options?.signal, (signal) =>
        api.get(`v1/videos/${klingEndpointOf(ref.data)}/${encodeURIComponent(taskId)}`, { signal }),
      );
      return toJobStatus(task);
    },

    async download(asset: VideoAsset, sink: ByteSink, options?: DownloadOptions) {
      return downloadFile(asset, sink, options);
    },
  };
}

/** `endpoint` is stored so status() polls the family the task was created in. */
function toJobRef(taskId: string, request: VideoRequest, endpoint: KlingTaskEndpoint): JobRef {
  return {
    provider: KLING_PROVIDER_ID,
    model: request.model,
    jobId: taskId,
    data: { taskId, externalTaskId: request.clientJobId, endpoint },
  };
}

/** Maps a Kling task to our status union. */
export function toJobStatus(task: KlingTask): JobStatus {
  switch (task.task_status) {
    case 'succeed': {
      const videos = task.task_result?.videos ?? [];
      if (videos.length === 0) throw new InvalidResponseError(PROVIDER_NAME, `task ${task.task_id} succeeded without videos`);
      const finishedAtMs = task.updated_at ?? task.created_at;
      const expiresAtMs = finishedAtMs == null ? undefined : finishedAtMs + RESULT_LIFETIME_MS;
      return {
        state: 'completed',
        assets: videos.map((video) => ({
          url: video.url,
          durationSeconds: video.duration == null || video.duration === '' ? undefined : Number(video.duration),
          expiresAtMs,
        })),
      };
    }
    case 'failed': {
      const message = task.task_status_msg ?? '';
      const moderated = isKlingModerationMessage(message);
      return {
        state: 'failed',
        reason: message === '' ? 'Kling reported the task as failed without a reason.' : message,
        code: moderated && message.includes('1301') ? '1301' : undefined,
        moderated,
      };
    }
    default:
      // submitted, processing, and any status Kling adds later: still running. Kling reports no progress.
      return { state: 'pending' };
  }
}

/** One Kling call: errors mapped once, the envelope unwrapped, a non-zero code turned into an error. */
async function callKling(
  signal: AbortSignal | undefined,
  send: (signal: AbortSignal | undefined) => Promise<Response>,
): Promise<KlingTask> {
  let response: Response;
  try {
    response = await send(signal);
  } catch (error) {
    throw await toProviderError(error, { provider: KLING_PROVIDER_ID, providerName: PROVIDER_NAME, mapBody: mapKlingErrorBody, signal });
  }
  const envelope = await parseJsonResponse(response, klingTaskEnvelopeSchema, PROVIDER_NAME);
  if (envelope.code !== 0) {
    const mapped = describeKlingCode(envelope.code, envelope.message);
    throw new ProviderApiError({
      provider: KLING_PROVIDER_ID,
      kind: mapped.kind ?? 'server',
      status: response.status,
      providerCode: mapped.providerCode,
      message: `Kling refused the request: ${mapped.message ?? 'no message'} (code ${envelope.code})`,
    });
  }
  if (envelope.data == null) throw new InvalidResponseError(PROVIDER_NAME, 'the answer has no data');
  return envelope.data;
}
