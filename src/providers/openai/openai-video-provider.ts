import type { z } from 'zod';
import {
  createHttpClient,
  createVendorFileDownload,
  isUnderBaseUrl,
  type FetchFunction,
  parseJsonResponse,
  parseStrictBody,
  parseVendorOptions,
  type PhaseTimeouts,
  resolvePhaseTimeouts,
  toProviderError,
} from '../http';
import {
  ProviderApiError,
  type ByteSink,
  type DownloadOptions,
  type JobRef,
  type JobStatus,
  type ProviderWarning,
  type StartedJob,
  type VideoAsset,
  type VideoProvider,
} from '../spec';
import {
  openaiVideoCreateRequestSchema,
  openaiVideoListSchema,
  openaiVideoRemixRequestSchema,
  openaiVideoSchema,
  type OpenAIVideo,
  type OpenAIVideoCreateRequest,
} from './openai-api-schemas';
import { detectOpenAIAuthStyle, openaiAuthHeaders, type OpenAIAuthStyle } from './openai-auth';
import { isOpenAIModerationCode, openaiErrorMapper, type OpenAICall } from './openai-error';
import { openaiVideoOptionsSchema, type OpenAIVideoRequest } from './openai-video-options';
import { openaiSizeFor, openaiSizeForAspectRatio } from './openai-video-size';

export const OPENAI_PROVIDER_ID = 'openai';
export const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';
const PROVIDER_NAME = 'OpenAI';
/** Who strict bodies and `providerOptions.openai` are checked for. */
const OPENAI_VENDOR = { provider: OPENAI_PROVIDER_ID, providerName: PROVIDER_NAME, optionsKey: 'openai' };

export interface OpenAIProviderSettings {
  readonly apiKey: string;
  /**
   * OpenAI, or Azure OpenAI's v1 API (`https://<resource>.openai.azure.com/openai/v1`), or an emulator.
   * @default 'https://api.openai.com/v1'
   */
  readonly baseUrl?: string;
  /** @default 'api-key' for Azure OpenAI hosts, else 'bearer' */
  readonly authStyle?: OpenAIAuthStyle;
  /** @default globalThis.fetch */
  readonly fetch?: FetchFunction;
  /**
   * Time limits per kind of call. The content endpoint can be slow to start streaming
   * (research/providers.md §0), which `downloadHeadersMs` covers. @default DEFAULT_PHASE_TIMEOUTS
   */
  readonly timeouts?: Partial<PhaseTimeouts>;
  /** Injected for tests: the wait before a retried GET. @default abortableDelay */
  readonly delay?: (delayMs: number, signal?: AbortSignal) => Promise<void>;
}

/** One page of GET /videos, newest first unless asked otherwise. */
export interface OpenAIVideoPage {
  readonly videos: readonly OpenAIVideoSummary[];
  readonly hasMore: boolean;
  /** Pass as `after` for the next page; undefined on the last one. */
  readonly nextAfter?: string;
}

export interface OpenAIVideoSummary {
  readonly ref: JobRef;
  readonly status: JobStatus;
  readonly prompt?: string;
  /** ms since epoch. */
  readonly createdAtMs?: number;
  readonly remixedFromJobId?: string;
}

export interface OpenAIListQuery {
  readonly after?: string;
  /** @default the API's (20) */
  readonly limit?: number;
  /** @default 'desc' */
  readonly order?: 'asc' | 'desc';
}

/** The Videos API (Sora 2) as a VideoProvider, plus the operations only it has. */
export interface OpenAIVideoProvider extends VideoProvider {
  start(request: OpenAIVideoRequest, options?: { signal?: AbortSignal }): Promise<StartedJob>;
  /** A new job that changes a completed video with a new prompt (POST /videos/{id}/remix). Never retried. */
  remix(source: JobRef, prompt: string, options?: { signal?: AbortSignal }): Promise<StartedJob>;
  /** The account's (project's) recent videos. */
  list(query?: OpenAIListQuery, options?: { signal?: AbortSignal }): Promise<OpenAIVideoPage>;
}

export function createOpenAIProvider(settings: OpenAIProviderSettings): OpenAIVideoProvider {
  const baseUrl = (settings.baseUrl ?? OPENAI_DEFAULT_BASE_URL).replace(/\/+$/, '');
  const authHeaders = openaiAuthHeaders(settings.apiKey, settings.authStyle ?? detectOpenAIAuthStyle(baseUrl));
  const timeouts = resolvePhaseTimeouts(settings.timeouts);
  const api = createHttpClient({
    prefixUrl: baseUrl,
    headers: () => authHeaders,
    fetch: settings.fetch,
    timeoutMs: timeouts.pollMs,
    delay: settings.delay,
  });
  // The content URL is an API URL, but assets are plain data kept in the job ledger: the key is
  // added at download time, and only for URLs under our own base URL, so it never reaches another
  // host, a JobStatus or the ledger.
  const downloadFile = createVendorFileDownload({
    provider: OPENAI_PROVIDER_ID,
    providerName: PROVIDER_NAME,
    fetch: settings.fetch,
    delay: settings.delay,
    timeouts,
    mapBody: openaiErrorMapper('download'),
    credentials: { headers: authHeaders, sendTo: isUnderBaseUrl(baseUrl) },
  });

  async function call<Schema extends z.ZodType>(
    kind: OpenAICall,
    signal: AbortSignal | undefined,
    schema: Schema,
    send: (signal: AbortSignal | undefined) => Promise<Response>,
  ): Promise<z.output<Schema>> {
    let response: Response;
    try {
      response = await send(signal);
    } catch (error) {
      throw await toProviderError(error, {
        provider: OPENAI_PROVIDER_ID,
        providerName: PROVIDER_NAME,
        mapBody: openaiErrorMapper(kind),
        signal,
      });
    }
    return parseJsonResponse(response, schema, PROVIDER_NAME);
  }

  const summarize = (video: OpenAIVideo, fallbackModel: string): OpenAIVideoSummary => ({
    ref: videoRef(video, fallbackModel),
    status: toOpenAIJobStatus(video, baseUrl),
    prompt: video.prompt ?? undefined,
    createdAtMs: video.created_at == null ? undefined : video.created_at * 1000,
    remixedFromJobId: video.remixed_from_video_id ?? undefined,
  });

  return {
    id: OPENAI_PROVIDER_ID,
    displayName: PROVIDER_NAME,

    async start(request, options) {
      const { body, upload, warnings } = buildOpenAICreate(request);
      const video = await call('create', options?.signal, openaiVideoSchema, (signal) =>
        upload == null
          ? api.post('videos', { json: body, signal, timeout: timeouts.createMs })
          : api.post('videos', { body: toFormData(body, upload), signal, timeout: timeouts.createMs }),
      );
      return { ref: videoRef(video, request.model), warnings } satisfies StartedJob;
    },

    async status(ref, options) {
      const video = await call('read', options?.signal, openaiVideoSchema, (signal) =>
        api.get(`videos/${encodeURIComponent(videoIdOf(ref))}`, { signal }),
      );
      return toOpenAIJobStatus(video, baseUrl);
    },

    async download(asset: VideoAsset, sink: ByteSink, options?: DownloadOptions) {
      return downloadFile(asset, sink, options);
    },

    async remix(source, prompt, options) {
      const body = parseStrictBody(openaiVideoRemixRequestSchema, { prompt }, OPENAI_VENDOR);
      const video = await call('create', options?.signal, openaiVideoSchema, (signal) =>
        api.post(`videos/${encodeURIComponent(videoIdOf(source))}/remix`, { json: body, signal, timeout: timeouts.createMs }),
      );
      return { ref: videoRef(video, source.model), warnings: [] } satisfies StartedJob;
    },

    async list(query = {}, options) {
      const searchParams = new URLSearchParams();
      if (query.after != null) searchParams.set('after', query.after);
      if (query.limit != null) searchParams.set('limit', String(query.limit));
      if (query.order != null) searchParams.set('order', query.order);
      const page = await call('read', options?.signal, openaiVideoListSchema, (signal) => api.get('videos', { searchParams, signal }));
      const hasMore = page.has_more === true;
      return {
        // The API names every video's model; the fallback only covers proxies that drop the field.
        videos: page.data.map((video) => summarize(video, 'sora-2')),
        hasMore,
        nextAfter: hasMore ? (page.last_id ?? page.data.at(-1)?.id) : undefined,
      };
    },
  };
}

/** A reference image to upload as a file part. */
interface OpenAIUpload {
  readonly bytes: Uint8Array;
  readonly mimeType: string;
  readonly fileName: string;
}

/**
 * The create body (and the file to upload, if any), plus a warning for every request option Sora
 * cannot honour. Throws ProviderApiError('invalid-request') before the wire for what it cannot send.
 */
export function buildOpenAICreate(request: OpenAIVideoRequest): {
  body: OpenAIVideoCreateRequest;
  upload?: OpenAIUpload;
  warnings: ProviderWarning[];
} {
  const options = parseVendorOptions(openaiVideoOptionsSchema, request.providerOptions?.openai, OPENAI_VENDOR) ?? {};
  const warnings: ProviderWarning[] = [];
  if (!request.audio) {
    warnings.push({
      feature: 'audio',
      details: 'Sora always generates audio; mute the clip\u2019s audio on the timeline if it is not wanted.',
      localized: { id: 'jobs.warnSoraAlwaysAudio' },
    });
  }
  if (request.seed != null) {
    warnings.push({
      feature: 'seed',
      details: 'The OpenAI Videos API has no seed option; the seed was not sent.',
      localized: { id: 'jobs.warnOpenaiNoSeed' },
    });
  }
  if (request.negativePrompt != null && request.negativePrompt !== '') {
    warnings.push({
      feature: 'negativePrompt',
      details: 'The OpenAI Videos API has no negative prompt; describe what to avoid in the prompt instead.',
      localized: { id: 'jobs.warnOpenaiNoNegativePrompt' },
    });
  }

  // An explicit providerOptions.openai.size wins over the neutral resolution.
  const resolutionSize =
    request.resolution == null || options.size != null ? undefined : openaiSizeFor(request.aspectRatio, request.resolution);
  if (request.resolution != null && options.size == null && resolutionSize == null) {
    warnings.push({
      feature: 'resolution',
      details: `Sora renders 720p or 1080p, not ${request.resolution}; 720p was used.`,
      localized: { id: 'jobs.warnSoraResolution', values: { resolution: request.resolution } },
    });
  }
  const size = options.size ?? resolutionSize ?? openaiSizeForAspectRatio(request.aspectRatio);
  if (size == null) throw invalidRequest(`OpenAI Sora makes 16:9 or 9:16 clips, not ${request.aspectRatio} (field: aspectRatio).`);
  // The neutral reference image is uploaded as a file part; an explicit OpenAI option wins.
  if (options.inputReference != null && request.referenceImage != null) {
    warnings.push({
      feature: 'referenceImage',
      details: 'providerOptions.openai.inputReference was given as well; the reference image was not sent.',
      localized: { id: 'jobs.warnOpenaiReferenceWins' },
    });
  }
  const reference = options.inputReference ?? request.referenceImage;
  const body = parseStrictBody(
    openaiVideoCreateRequestSchema,
    {
      model: request.model,
      prompt: request.prompt,
      seconds: String(request.durationSeconds),
      size,
      input_reference:
        reference == null || 'bytes' in reference
          ? undefined
          : 'imageUrl' in reference
            ? { image_url: reference.imageUrl }
            : { file_id: reference.fileId },
    },
    OPENAI_VENDOR,
  );
  const upload =
    reference != null && 'bytes' in reference
      ? {
          bytes: reference.bytes,
          mimeType: reference.mimeType,
          fileName: reference.fileName ?? `reference.${reference.mimeType.slice('image/'.length)}`,
        }
      : undefined;
  return { body, upload, warnings };
}

/** Maps a Video object to our status union; completed content is fetched from `{baseUrl}/videos/{id}/content`. */
export function toOpenAIJobStatus(video: OpenAIVideo, baseUrl: string): JobStatus {
  switch (video.status) {
    case 'completed': {
      const seconds = video.seconds == null ? undefined : Number(video.seconds);
      return {
        state: 'completed',
        assets: [
          {
            url: `${baseUrl.replace(/\/+$/, '')}/videos/${encodeURIComponent(video.id)}/content`,
            durationSeconds: seconds != null && Number.isFinite(seconds) ? seconds : undefined,
            expiresAtMs: video.expires_at == null ? undefined : video.expires_at * 1000,
          },
        ],
      };
    }
    case 'failed': {
      const code = video.error?.code ?? undefined;
      const message = video.error?.message;
      return {
        state: 'failed',
        reason: message == null || message === '' ? 'OpenAI reported the video as failed without a reason.' : message,
        code,
        moderated: isOpenAIModerationCode(code),
      };
    }
    default: {
      // queued, in_progress, and any status added later: still running. `progress` is a percent.
      if (video.progress == null || !Number.isFinite(video.progress)) return { state: 'pending' };
      return { state: 'pending', progress: Math.min(1, Math.max(0, video.progress / 100)) };
    }
  }
}

function videoRef(video: OpenAIVideo, fallbackModel: string): JobRef {
  return { provider: OPENAI_PROVIDER_ID, model: video.model ?? fallbackModel, jobId: video.id, data: { videoId: video.id } };
}

function videoIdOf(ref: JobRef): string {
  return typeof ref.data.videoId === 'string' ? ref.data.videoId : ref.jobId;
}

/** Same fields as the JSON body, the image as a file part; how the SDK sends it (§1 "Create encoding"). */
function toFormData(body: OpenAIVideoCreateRequest, upload: OpenAIUpload): FormData {
  const form = new FormData();
  form.set('model', body.model);
  form.set('prompt', body.prompt);
  form.set('seconds', body.seconds);
  form.set('size', body.size);
  // A copy into a plain ArrayBuffer: Blob parts must not be views on shared memory.
  form.set('input_reference', new Blob([upload.bytes.slice()], { type: upload.mimeType }), upload.fileName);
  return form;
}

function invalidRequest(message: string, cause?: unknown): ProviderApiError {
  return new ProviderApiError({ provider: OPENAI_PROVIDER_ID, kind: 'invalid-request', message, cause });
}
