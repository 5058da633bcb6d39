import type { z } from 'zod';
import {
  createHttpClient,
  createVendorFileDownload,
  type FetchFunction,
  parseJsonResponse,
  parseStrictBody,
  parseVendorOptions,
  type PhaseTimeouts,
  resolvePhaseTimeouts,
  toProviderError,
} from '../http';
import {
  InvalidResponseError,
  ProviderApiError,
  type ByteSink,
  type DownloadOptions,
  type JobRef,
  type JobStatus,
  type ProviderWarning,
  type ReferenceImage,
  type StartedJob,
  type VideoAsset,
  type VideoProvider,
} from '../spec';
import { encodeBase64 } from '../../shared/base64';
import {
  RUNWAY_API_VERSION,
  runwayCreateResponseSchema,
  runwayImageToVideoRequestSchema,
  runwayTaskSchema,
  runwayTextToVideoRequestSchema,
  type RunwayImageToVideoRequest,
  type RunwayTask,
  type RunwayTextToVideoRequest,
} from './runway-api-schemas';
import { describeRunwayFailure, mapRunwayErrorBody } from './runway-error';
import { runwayModelFeatures } from './runway-model-features';
import { runwayOutputExpiresAtMs } from './runway-output-url';
import { runwayVideoOptionsSchema, type RunwayVideoRequest } from './runway-video-options';

export const RUNWAY_PROVIDER_ID = 'runway';
export const RUNWAY_DEFAULT_BASE_URL = 'https://api.dev.runwayml.com';
const PROVIDER_NAME = 'Runway';
/** Who strict bodies and `providerOptions.runway` are checked for. */
const RUNWAY_VENDOR = { provider: RUNWAY_PROVIDER_ID, providerName: PROVIDER_NAME, optionsKey: 'runway' };
/** Said when an output link answers 401/403/404/410: Runway's signed links expire. */
const RUNWAY_EXPIRED_LINK_ADVICE =
  'the output link has expired or is no longer valid (Runway links last 24\u201348 h); read the job status again for a fresh link';
/** "These URLs will expire within 24-48 hours" (SDK `tasks.ts`): the lower bound, when the URL says nothing. */
const OUTPUT_LIFETIME_MS = 24 * 60 * 60 * 1000;

export interface RunwayProviderSettings {
  readonly apiSecret: string;
  /** @default 'https://api.dev.runwayml.com' */
  readonly baseUrl?: string;
  /** @default globalThis.fetch */
  readonly fetch?: FetchFunction;
  /** ms since epoch; injected for tests. @default Date.now */
  readonly now?: () => number;
  /** Time limits per kind of call. @default DEFAULT_PHASE_TIMEOUTS */
  readonly timeouts?: Partial<PhaseTimeouts>;
  /** Injected for tests: the wait before a retried GET. @default abortableDelay */
  readonly delay?: (delayMs: number, signal?: AbortSignal) => Promise<void>;
}

/** Our status, plus a note where Runway says more than the union can (THROTTLED). */
type RunwayJobStatus = JobStatus & { readonly note?: string };

/** Runway's generation API as a VideoProvider, plus task cancellation. */
export interface RunwayVideoProvider extends VideoProvider {
  start(request: RunwayVideoRequest, options?: { signal?: AbortSignal }): Promise<StartedJob>;
  status(ref: JobRef, options?: { signal?: AbortSignal }): Promise<RunwayJobStatus>;
  /**
   * DELETE /v1/tasks/{id}: cancels a pending, throttled or running task; deletes a finished one
   * (its output is then gone). Not retried.
   */
  cancel(ref: JobRef, options?: { signal?: AbortSignal }): Promise<void>;
}

export function createRunwayProvider(settings: RunwayProviderSettings): RunwayVideoProvider {
  const now = settings.now ?? Date.now;
  const timeouts = resolvePhaseTimeouts(settings.timeouts);
  const api = createHttpClient({
    prefixUrl: settings.baseUrl ?? RUNWAY_DEFAULT_BASE_URL,
    headers: () => ({ authorization: `Bearer ${settings.apiSecret}`, 'x-runway-version': RUNWAY_API_VERSION }),
    fetch: settings.fetch,
    timeoutMs: timeouts.pollMs,
    delay: settings.delay,
  });
  // Output files sit on a CDN behind signed URLs: they must not receive our key.
  const downloadFile = createVendorFileDownload({
    provider: RUNWAY_PROVIDER_ID,
    providerName: PROVIDER_NAME,
    fetch: settings.fetch,
    delay: settings.delay,
    timeouts,
    expiredFileAdvice: RUNWAY_EXPIRED_LINK_ADVICE,
  });

  async function send(signal: AbortSignal | undefined, request: (signal: AbortSignal | undefined) => Promise<Response>): Promise<Response> {
    try {
      return await request(signal);
    } catch (error) {
      throw await toProviderError(error, {
        provider: RUNWAY_PROVIDER_ID,
        providerName: PROVIDER_NAME,
        mapBody: mapRunwayErrorBody,
        signal,
      });
    }
  }
  async function call<Schema extends z.ZodType>(
    signal: AbortSignal | undefined,
    schema: Schema,
    request: (signal: AbortSignal | undefined) => Promise<Response>,
  ): Promise<z.output<Schema>> {
    return parseJsonResponse(await send(signal, request), schema, PROVIDER_NAME);
  }

  return {
    id: RUNWAY_PROVIDER_ID,
    displayName: PROVIDER_NAME,

    async start(request, options) {
      const { endpoint, body, warnings } = buildRunwayCreate(request);
      const created = await call(options?.signal, runwayCreateResponseSchema, (signal) =>
        api.post(`v1/${endpoint}`, { json: body, signal, timeout: timeouts.createMs }),
      );
      const ref: JobRef = { provider: RUNWAY_PROVIDER_ID, model: request.model, jobId: created.id, data: { taskId: created.id, endpoint } };
      return { ref, warnings } satisfies StartedJob;
    },

    async status(ref, options) {
      const task = await call(options?.signal, runwayTaskSchema, (signal) =>
        api.get(`v1/tasks/${encodeURIComponent(taskIdOf(ref))}`, { signal }),
      );
      return toRunwayJobStatus(task, now());
    },

    async cancel(ref, options) {
      // 204 No Content: nothing to parse.
      await send(options?.signal, (signal) => api.delete(`v1/tasks/${encodeURIComponent(taskIdOf(ref))}`, { signal }));
    },

    async download(asset: VideoAsset, sink: ByteSink, options?: DownloadOptions) {
      return downloadFile(asset, sink, options);
    },
  };
}

/**
 * The endpoint and body for a request, plus a warning for every option the model cannot honour.
 * Throws ProviderApiError('invalid-request') before the wire for what cannot be sent at all.
 */
export function buildRunwayCreate(
  request: RunwayVideoRequest,
):
  | { endpoint: 'text_to_video'; body: RunwayTextToVideoRequest; warnings: ProviderWarning[] }
  | { endpoint: 'image_to_video'; body: RunwayImageToVideoRequest; warnings: ProviderWarning[] } {
  const options = parseVendorOptions(runwayVideoOptionsSchema, request.providerOptions?.runway, RUNWAY_VENDOR) ?? {};
  const features = runwayModelFeatures(request.model);
  const warnings: ProviderWarning[] = [];
  if (request.audio && features.audio === 'none') {
    warnings.push({
      feature: 'audio',
      details: `Runway model ${request.model} renders silent clips; the clip will have no audio.`,
      localized: { id: 'jobs.warnRunwaySilent', values: { model: request.model } },
    });
  }
  if (!request.audio && features.audio === 'always') {
    warnings.push({
      feature: 'audio',
      details: `Runway model ${request.model} always generates audio and has no switch for it; the clip will have sound.`,
      localized: { id: 'jobs.warnRunwayAlwaysAudio', values: { model: request.model } },
    });
  }
  const negativePrompt = request.negativePrompt == null || request.negativePrompt === '' ? undefined : request.negativePrompt;
  if (negativePrompt != null && !features.negativePrompt) {
    warnings.push({
      feature: 'negativePrompt',
      details: `Runway model ${request.model} has no negative prompt; it was not sent.`,
      localized: { id: 'jobs.warnRunwayNoNegativePrompt', values: { model: request.model } },
    });
  }
  if (options.lastFrameImage != null && !features.lastFrame) {
    warnings.push({
      feature: 'lastFrameImage',
      details: `Runway model ${request.model} takes no last frame; it was not sent.`,
      localized: { id: 'jobs.warnRunwayNoLastFrame', values: { model: request.model } },
    });
  }
  if (request.seed != null && !features.seed) {
    warnings.push({
      feature: 'seed',
      details: `Runway model ${request.model} takes no seed; it was not sent.`,
      localized: { id: 'jobs.warnRunwayNoSeed', values: { model: request.model } },
    });
  }
  if (features.maxPromptUtf16Units != null && request.prompt.length > features.maxPromptUtf16Units) {
    throw invalidRequest(
      `Runway model ${request.model} takes prompts of at most ${features.maxPromptUtf16Units} characters (UTF-16 code units); this one has ${request.prompt.length} (field: promptText).`,
    );
  }

  // The neutral reference image goes in as a data URI; an explicit Runway option wins.
  const firstFrame = options.promptImage ?? (request.referenceImage == null ? undefined : runwayDataUri(request.referenceImage));
  if (options.promptImage != null && request.referenceImage != null) {
    warnings.push({
      feature: 'referenceImage',
      details: 'providerOptions.runway.promptImage was given as well; the reference image was not sent.',
      localized: { id: 'jobs.warnRunwayPromptImageWins' },
    });
  }
  const withImage = firstFrame != null;
  if (features.imageRequired && !withImage) {
    throw invalidRequest(
      `Runway model ${request.model} makes video from an image only; give a prompt image (field: providerOptions.runway.promptImage).`,
    );
  }
  // A larger size where the model lists one (veo3.1 and seedance2 at 1080p); else 720p with a warning.
  const sized = request.resolution == null ? undefined : features.ratiosByResolution[request.resolution];
  if (request.resolution != null && request.resolution !== '720p' && sized == null && options.ratio == null) {
    warnings.push({
      feature: 'resolution',
      details: `Runway renders ${request.model} at 720p here, not ${request.resolution}; set providerOptions.runway.ratio for another size.`,
      localized: { id: 'jobs.warnRunwayResolution', values: { model: request.model, resolution: request.resolution } },
    });
  }
  const ratio = options.ratio ?? (sized ?? (withImage ? features.imageRatios : features.textRatios))[request.aspectRatio];
  if (ratio == null) throw invalidRequest(`Runway model ${request.model} cannot make ${request.aspectRatio} clips (field: aspectRatio).`);

  const shared = {
    model: request.model,
    ratio,
    duration: request.durationSeconds,
    audio: features.audio === 'flag' ? request.audio : undefined,
    // 0 is a real seed.
    seed: features.seed ? request.seed : undefined,
    negativePrompt: features.negativePrompt ? negativePrompt : undefined,
  };
  if (firstFrame == null) {
    return {
      endpoint: 'text_to_video',
      body: parseStrictBody(runwayTextToVideoRequestSchema, { ...shared, promptText: request.prompt }, RUNWAY_VENDOR),
      warnings,
    };
  }
  const promptImage =
    options.lastFrameImage != null && features.lastFrame
      ? [
          { uri: firstFrame, position: 'first' as const },
          { uri: options.lastFrameImage, position: 'last' as const },
        ]
      : firstFrame;
  return {
    endpoint: 'image_to_video',
    body: parseStrictBody(
      runwayImageToVideoRequestSchema,
      {
        ...shared,
        promptImage,
        promptText: request.prompt === '' ? undefined : request.prompt,
      },
      RUNWAY_VENDOR,
    ),
    warnings,
  };
}

/** Runway takes a data URI of at most 5 MB (research/providers.md §4). */
const RUNWAY_MAX_DATA_URI_CHARS = 5 * 1024 * 1024;

function runwayDataUri(image: ReferenceImage): string {
  const uri = `data:${image.mimeType};base64,${encodeBase64(image.bytes)}`;
  if (uri.length > RUNWAY_MAX_DATA_URI_CHARS) {
    throw invalidRequest(
      `Runway takes reference images up to about 3.7 MB (5 MB as a data URI); "${image.fileName}" is ${(image.bytes.length / 1024 / 1024).toFixed(1)} MB.`,
    );
  }
  return uri;
}

/** Maps a Runway task to our status union; `nowMs` dates output links that carry no expiry. */
export function toRunwayJobStatus(task: RunwayTask, nowMs: number): RunwayJobStatus {
  switch (task.status) {
    case 'SUCCEEDED': {
      const output = task.output ?? [];
      if (output.length === 0) {
        throw new InvalidResponseError(PROVIDER_NAME, `task ${task.id} succeeded without output`);
      }
      return {
        state: 'completed',
        assets: output.map((url) => ({ url, expiresAtMs: runwayOutputExpiresAtMs(url) ?? nowMs + OUTPUT_LIFETIME_MS })),
      };
    }
    case 'FAILED': {
      const { reason, moderated } = describeRunwayFailure(task.failure, task.failureCode);
      return { state: 'failed', reason, code: task.failureCode ?? undefined, moderated };
    }
    case 'CANCELLED':
      return { state: 'failed', reason: `Runway task ${task.id} was cancelled or deleted.`, code: 'CANCELLED', moderated: false };
    case 'THROTTLED':
      // Over the tier's concurrency the task waits instead of being refused (research/providers.md §4 "Limits").
      return { state: 'pending', note: 'Waiting for a free slot: the Runway organization is at its concurrency limit.' };
    case 'RUNNING': {
      if (task.progress == null || !Number.isFinite(task.progress)) return { state: 'pending' };
      // Documented as 0..1; a value above 1 is read as a percent (the range is unverified, §10 item 5).
      const fraction = task.progress > 1 ? task.progress / 100 : task.progress;
      return { state: 'pending', progress: Math.min(1, Math.max(0, fraction)) };
    }
    default:
      // PENDING, and any status Runway adds later: still waiting.
      return { state: 'pending' };
  }
}

/** Download failures on a signed link: 401/403/404/410 mean it expired (or was never valid). */

function taskIdOf(ref: JobRef): string {
  return typeof ref.data.taskId === 'string' ? ref.data.taskId : ref.jobId;
}

function invalidRequest(message: string, cause?: unknown): ProviderApiError {
  return new ProviderApiError({ provider: RUNWAY_PROVIDER_ID, kind: 'invalid-request', message, cause });
}
