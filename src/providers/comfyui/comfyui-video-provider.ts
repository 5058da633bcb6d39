import type { z } from 'zod';
import {
  createHttpClient,
  createVendorFileDownload,
  parseJsonResponse,
  parseStrictBody,
  resolvePhaseTimeouts,
  toProviderError,
  type FetchFunction,
  type PhaseTimeouts,
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
  type VideoRequest,
} from '../spec';
import {
  comfyUiHistorySchema,
  comfyUiPromptRequestSchema,
  comfyUiPromptResponseSchema,
  comfyUiQueueSchema,
  type ComfyUiPromptRequest,
} from './comfyui-api-schemas';
import { COMFYUI_DEFAULT_WORKFLOW } from './comfyui-default-workflow';
import { mapComfyUiErrorBody } from './comfyui-error';
import { comfyUiUnreachableError, looksLikePlainHttpRefusal } from './comfyui-unreachable';
import { toComfyUiJobStatus } from './comfyui-job-status';
import { comfyUiPlaceholderValues } from './comfyui-placeholder-values';
import { comfyUiWorkflowPlaceholders, fillComfyUiWorkflow, parseComfyUiWorkflow, type ComfyUiWorkflow } from './comfyui-workflow';

export const COMFYUI_PROVIDER_ID = 'comfyui';
export const COMFYUI_DEFAULT_BASE_URL = 'http://127.0.0.1:8188';
const PROVIDER_NAME = 'ComfyUI';
/** History entries searched when recovering a lost create; ComfyUI keeps up to 10 000. */
const RECOVERY_HISTORY_ITEMS = 200;

export interface ComfyUiProviderSettings {
  /** @default 'http://127.0.0.1:8188' — the user's own server */
  readonly baseUrl?: string;
  /**
   * The API-format workflow ("Export (API)"), as JSON text or parsed, with placeholders such as
   * `{{prompt}}` and `{{frames}}` (see COMFYUI_PLACEHOLDERS). Checked when the provider is created.
   * @default COMFYUI_DEFAULT_WORKFLOW (LTX-Video with core nodes)
   */
  readonly workflow?: string | ComfyUiWorkflow;
  /** Frame rate the workflow renders at; fills {{fps}} and {{frames}}. @default 24 */
  readonly framesPerSecond?: number;
  /** Short side of the frame for {{width}}/{{height}}. @default 720 */
  readonly shortSidePixels?: number;
  /** Identifies us to ComfyUI (its websocket client id). @default 'cliprelay' */
  readonly clientId?: string;
  /** Returns [0, 1); seeds requests that have none. @default Math.random */
  readonly random?: () => number;
  /** @default globalThis.fetch */
  readonly fetch?: FetchFunction;
  /** Time limits per kind of call. @default DEFAULT_PHASE_TIMEOUTS */
  readonly timeouts?: Partial<PhaseTimeouts>;
  /** Injected for tests: the wait before a retried read. @default abortableDelay */
  readonly delay?: (delayMs: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * A self-hosted ComfyUI as a VideoProvider (research/providers.md §8): the user's workflow with
 * the request filled into its placeholders is queued with `POST /prompt`, `GET /history/{id}`
 * stays `{}` until it finishes (GET /queue tells queued and running apart from lost), and the
 * saved MP4 is read back with `GET /view`. No credentials: ComfyUI has none.
 */
export function createComfyUiProvider(settings: ComfyUiProviderSettings = {}): VideoProvider {
  const baseUrl = (settings.baseUrl ?? COMFYUI_DEFAULT_BASE_URL).replace(/\/+$/, '');
  const workflow = parseComfyUiWorkflow(settings.workflow ?? COMFYUI_DEFAULT_WORKFLOW);
  const placeholders = comfyUiWorkflowPlaceholders(workflow);
  const timeouts = resolvePhaseTimeouts(settings.timeouts);
  const api = createHttpClient({ prefixUrl: baseUrl, fetch: settings.fetch, timeoutMs: timeouts.pollMs, delay: settings.delay });
  const downloadFile = createVendorFileDownload({
    provider: COMFYUI_PROVIDER_ID,
    providerName: PROVIDER_NAME,
    fetch: settings.fetch,
    delay: settings.delay,
    timeouts,
  });
  const clientId = settings.clientId ?? 'cliprelay';
  const placeholderOptions = {
    framesPerSecond: settings.framesPerSecond ?? 24,
    shortSidePixels: settings.shortSidePixels ?? 720,
    random: settings.random ?? Math.random,
  };

  /** One call with ComfyUI's errors mapped once. */
  async function send(signal: AbortSignal | undefined, request: () => Promise<Response>): Promise<Response> {
    try {
      return await request();
    } catch (error) {
      const mapped = await toProviderError(error, {
        provider: COMFYUI_PROVIDER_ID,
        providerName: PROVIDER_NAME,
        mapBody: mapComfyUiErrorBody,
        signal,
      });
      if (mapped instanceof ProviderApiError && mapped.kind === 'network' && looksLikePlainHttpRefusal(error, baseUrl)) {
        throw comfyUiUnreachableError(baseUrl, mapped);
      }
      throw mapped;
    }
  }

  async function read<Schema extends z.ZodType>(
    schema: Schema,
    signal: AbortSignal | undefined,
    request: () => Promise<Response>,
  ): Promise<z.output<Schema>> {
    return parseJsonResponse(await send(signal, request), schema, PROVIDER_NAME);
  }

  const history = (promptId: string, signal: AbortSignal | undefined) =>
    read(comfyUiHistorySchema, signal, () => api.get(`history/${encodeURIComponent(promptId)}`, { signal }));
  const queue = (signal: AbortSignal | undefined) => read(comfyUiQueueSchema, signal, () => api.get('queue', { signal }));

  const promptIdOf = (ref: JobRef) => (typeof ref.data.promptId === 'string' ? ref.data.promptId : ref.jobId);
  const refFor = (request: VideoRequest, promptId: string): JobRef => ({
    provider: COMFYUI_PROVIDER_ID,
    model: request.model,
    jobId: promptId,
    data: { promptId, clientJobId: request.clientJobId },
  });

  return {
    id: COMFYUI_PROVIDER_ID,
    displayName: PROVIDER_NAME,

    async start(request, options) {
      const signal = options?.signal;
      const body: ComfyUiPromptRequest = parseStrictBody(
        comfyUiPromptRequestSchema,
        {
          prompt: fillComfyUiWorkflow(workflow, comfyUiPlaceholderValues(request, placeholderOptions)),
          client_id: clientId,
          extra_data: { cliprelay_job_id: request.clientJobId },
        },
        { provider: COMFYUI_PROVIDER_ID, providerName: PROVIDER_NAME },
      );
      const queued = await read(comfyUiPromptResponseSchema, signal, () =>
        api.post('prompt', { json: body, signal, timeout: timeouts.createMs }),
      );
      return { ref: refFor(request, queued.prompt_id), warnings: warningsFor(request, placeholders) } satisfies StartedJob;
    },

    async status(ref, options): Promise<JobStatus> {
      const signal = options?.signal;
      const promptId = promptIdOf(ref);
      const entry = (await history(promptId, signal))[promptId];
      if (entry != null) return toComfyUiJobStatus(entry, baseUrl);

      const { queue_running: running, queue_pending: pending } = await queue(signal);
      if ([...(running ?? []), ...(pending ?? [])].some((item) => item[1] === promptId)) return { state: 'pending' };
      // It may have finished between the two reads; only then is "nowhere" final.
      const settled = (await history(promptId, signal))[promptId];
      if (settled != null) return toComfyUiJobStatus(settled, baseUrl);
      return {
        state: 'failed',
        reason: `ComfyUI has no record of prompt ${promptId}: it was cancelled while queued, the server was restarted, or its queue or history was cleared.`,
        code: 'prompt_lost',
        moderated: false,
      };
    },

    async download(asset: VideoAsset, sink: ByteSink, options?: DownloadOptions) {
      return downloadFile(asset, sink, options);
    },

    /**
     * A queued prompt is deleted from the queue; a running one is interrupted (`{prompt_id}` stops
     * only it on newer builds; older ones stop the current run, which is this one). A finished or
     * lost prompt has nothing left to stop.
     */
    async cancel(ref, options) {
      const signal = options?.signal;
      const promptId = promptIdOf(ref);
      const { queue_running: running, queue_pending: pending } = await queue(signal);
      const holds = (items: readonly (readonly unknown[])[] | null | undefined) => (items ?? []).some((item) => item[1] === promptId);
      if (holds(pending)) await send(signal, () => api.post('queue', { json: { delete: [promptId] }, signal }));
      else if (holds(running)) await send(signal, () => api.post('interrupt', { json: { prompt_id: promptId }, signal }));
    },

    /** Finds a prompt by the `cliprelay_job_id` we put in its extra_data, in the queue, then in recent history. */
    async recover(request, options) {
      const signal = options?.signal;
      const matches = (item: readonly unknown[]) => extraJobId(item[3]) === request.clientJobId;
      const { queue_running: running, queue_pending: pending } = await queue(signal);
      const queued = [...(running ?? []), ...(pending ?? [])].find(matches);
      if (queued != null && typeof queued[1] === 'string') return refFor(request, queued[1]);
      const recent = await read(comfyUiHistorySchema, signal, () =>
        api.get('history', { signal, searchParams: { max_items: RECOVERY_HISTORY_ITEMS } }),
      );
      const found = Object.entries(recent).find(([, entry]) => entry.prompt != null && matches(entry.prompt));
      return found == null ? null : refFor(request, found[0]);
    },
  };
}

/** A warning for every request option the workflow has no placeholder for. */
function warningsFor(request: VideoRequest, placeholders: ReadonlySet<string>): ProviderWarning[] {
  const warnings: ProviderWarning[] = [];
  if (request.negativePrompt != null && request.negativePrompt !== '' && !placeholders.has('negative_prompt')) {
    warnings.push({
      feature: 'negativePrompt',
      details: 'The ComfyUI workflow has no {{negative_prompt}} placeholder; the negative prompt was not used.',
      localized: { id: 'jobs.warnComfyNoNegativePrompt' },
    });
  }
  if (request.seed != null && !placeholders.has('seed')) {
    warnings.push({
      feature: 'seed',
      details: 'The ComfyUI workflow has no {{seed}} placeholder; the seed was not used.',
      localized: { id: 'jobs.warnComfyNoSeed' },
    });
  }
  if (!['width', 'height', 'aspect_ratio'].some((name) => placeholders.has(name))) {
    warnings.push({
      feature: 'aspectRatio',
      details: `The ComfyUI workflow has no {{width}}/{{height}} placeholders; its own frame size is used, not ${request.aspectRatio}.`,
      localized: { id: 'jobs.warnComfyFrameSize', values: { asked: request.aspectRatio } },
    });
  }
  if (request.referenceImage != null) {
    // A workflow would need an image upload and a LoadImage node ClipRelay does not fill yet.
    warnings.push({
      feature: 'referenceImage',
      details: `ClipRelay cannot pass an image to a ComfyUI workflow yet; "${request.referenceImage.fileName}" was not used.`,
      localized: { id: 'jobs.warnComfyNoImage', values: { fileName: request.referenceImage.fileName } },
    });
  }
  if (request.resolution != null && !(['width', 'height'].some((name) => placeholders.has(name)) && /^\d+p$/.test(request.resolution))) {
    warnings.push({
      feature: 'resolution',
      details: `The ComfyUI workflow has no {{width}}/{{height}} placeholders; its own frame size is used, not ${request.resolution}.`,
      localized: { id: 'jobs.warnComfyFrameSize', values: { asked: request.resolution } },
    });
  }
  if (request.audio && !placeholders.has('generate_audio')) {
    warnings.push({
      feature: 'audio',
      details: 'Whether the clip has sound depends on the ComfyUI workflow (it has no {{generate_audio}} placeholder).',
      localized: { id: 'jobs.warnComfyAudio' },
    });
  }
  return warnings;
}

function extraJobId(extraData: unknown): unknown {
  return typeof extraData === 'object' && extraData != null ? (extraData as Record<string, unknown>).cliprelay_job_id : undefined;
}
