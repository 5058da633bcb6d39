import type { z } from 'zod';
import {
  createHttpClient,
  createVendorFileDownload,
  httpErrorResponse,
  parseJsonResponse,
  readErrorBody,
  resolvePhaseTimeouts,
  toProviderError,
  type FetchFunction,
  type PhaseTimeouts,
} from '../http';
import type { ByteSink, DownloadOptions, JobRef, JobStatus, StartedJob, VideoAsset, VideoProvider, VideoRequest } from '../spec';
import { falErrorBodySchema, falQueueStatusSchema, falQueueSubmitSchema, falVideoResultSchema } from './fal-api-schemas';
import { buildFalInput } from './fal-create';
import { buildFalQueueUrls, falSubmitUrl, type FalQueueUrls } from './fal-endpoint';
import { createFalErrorMapper, falFailureFromResult } from './fal-error';

export const FAL_PROVIDER_ID = 'fal';
export const FAL_QUEUE_DEFAULT_BASE_URL = 'https://queue.fal.run';
const PROVIDER_NAME = 'fal.ai';
/**
 * Result answers that are final for a COMPLETED request: the run failed (model errors 400/422,
 * runner error 500 — fal already retried it up to 10 times) or was cancelled (499). Anything else
 * (429, 502–504, network) is transient and left to the poller.
 */
const FINAL_RESULT_STATUSES = new Set([400, 422, 499, 500]);

export interface FalProviderSettings {
  /** FAL_KEY, "key-id:key-secret". */
  readonly apiKey: string;
  /** @default 'https://queue.fal.run' — the SDK hard-codes it; an emulator or proxy goes here */
  readonly baseUrl?: string;
  /** Veo endpoints only. @default undefined (fal's default, 720p) */
  readonly veoResolution?: '720p' | '1080p';
  /** @default globalThis.fetch */
  readonly fetch?: FetchFunction;
  /** Time limits per kind of call. @default DEFAULT_PHASE_TIMEOUTS */
  readonly timeouts?: Partial<PhaseTimeouts>;
  /** Injected for tests: the wait before a retried read. @default abortableDelay */
  readonly delay?: (delayMs: number, signal?: AbortSignal) => Promise<void>;
}

/** fal's queue as a VideoProvider; it can always cancel. */
export interface FalVideoProvider extends VideoProvider {
  /**
   * `PUT …/requests/{id}/cancel`. Resolves once fal accepted the cancellation, or when the request
   * had already finished (nothing left to stop); the job then reads as failed "cancelled".
   */
  cancel(ref: JobRef, options?: { signal?: AbortSignal }): Promise<void>;
}

/**
 * fal.ai's queue API (research/providers.md §6): submit to `{base}/{endpoint}` with
 * `Authorization: Key …`, poll `…/requests/{id}/status` (IN_QUEUE → IN_PROGRESS → COMPLETED), then
 * read `…/requests/{id}` for the result — where a failed run shows up, since it still ends
 * COMPLETED. Uses the URLs the submit answer gives (fal's docs ask for that) when they are on the
 * configured origin, else builds them as the SDK does, so the key never leaves that origin.
 */
export function createFalProvider(settings: FalProviderSettings): FalVideoProvider {
  const baseUrl = (settings.baseUrl ?? FAL_QUEUE_DEFAULT_BASE_URL).replace(/\/+$/, '');
  const timeouts = resolvePhaseTimeouts(settings.timeouts);
  const auth = () => ({ authorization: `Key ${settings.apiKey}` });
  const api = createHttpClient({ headers: auth, fetch: settings.fetch, timeoutMs: timeouts.pollMs, delay: settings.delay });
  // No transport retries for results: a 500 there is a final answer (see FINAL_RESULT_STATUSES).
  const results = createHttpClient({ headers: auth, fetch: settings.fetch, timeoutMs: timeouts.pollMs, retryLimit: 0 });
  // fal media links are public CDN URLs: they must not receive the key.
  const downloadFile = createVendorFileDownload({
    provider: FAL_PROVIDER_ID,
    providerName: PROVIDER_NAME,
    fetch: settings.fetch,
    delay: settings.delay,
    timeouts,
  });
  const mapBody = createFalErrorMapper([settings.apiKey]);
  const fail = async (error: unknown, signal: AbortSignal | undefined) =>
    toProviderError(error, { provider: FAL_PROVIDER_ID, providerName: PROVIDER_NAME, mapBody, signal });

  async function read<Schema extends z.ZodType>(
    schema: Schema,
    signal: AbortSignal | undefined,
    send: () => Promise<Response>,
  ): Promise<z.output<Schema>> {
    let response: Response;
    try {
      response = await send();
    } catch (error) {
      throw await fail(error, signal);
    }
    return parseJsonResponse(response, schema, PROVIDER_NAME);
  }

  /** The queue URLs of a job, trusting stored ones only on our origin. */
  function urlsOf(ref: JobRef): FalQueueUrls {
    const endpointId = typeof ref.data.endpointId === 'string' ? ref.data.endpointId : ref.model;
    const built = buildFalQueueUrls(baseUrl, endpointId, ref.jobId);
    const stored = (key: string, fallback: string) => {
      const value = ref.data[key];
      return typeof value === 'string' && sameOrigin(value, baseUrl) ? value : fallback;
    };
    return {
      statusUrl: stored('statusUrl', built.statusUrl),
      responseUrl: stored('responseUrl', built.responseUrl),
      cancelUrl: stored('cancelUrl', built.cancelUrl),
    };
  }

  async function readResult(urls: FalQueueUrls, signal: AbortSignal | undefined): Promise<JobStatus> {
    let response: Response;
    try {
      response = await results.get(urls.responseUrl, { signal });
    } catch (error) {
      const answer = httpErrorResponse(error);
      if (signal?.aborted !== true && answer != null && FINAL_RESULT_STATUSES.has(answer.status)) {
        return falFailureFromResult(answer.status, await readErrorBody(answer));
      }
      throw await fail(error, signal);
    }
    const result = await parseJsonResponse(response, falVideoResultSchema, PROVIDER_NAME);
    return { state: 'completed', assets: [{ url: result.video.url }] };
  }

  return {
    id: FAL_PROVIDER_ID,
    displayName: PROVIDER_NAME,

    async start(request: VideoRequest, options) {
      const signal = options?.signal;
      const { input, warnings } = buildFalInput(request, {
        providerId: FAL_PROVIDER_ID,
        providerName: PROVIDER_NAME,
        veoResolution: settings.veoResolution,
      });
      const submitted = await read(falQueueSubmitSchema, signal, () =>
        api.post(falSubmitUrl(baseUrl, request.model), { json: input, signal, timeout: timeouts.createMs }),
      );
      const built = buildFalQueueUrls(baseUrl, request.model, submitted.request_id);
      const given = (url: string | null | undefined, fallback: string) => (url != null && sameOrigin(url, baseUrl) ? url : fallback);
      const ref: JobRef = {
        provider: FAL_PROVIDER_ID,
        model: request.model,
        jobId: submitted.request_id,
        data: {
          endpointId: request.model,
          statusUrl: given(submitted.status_url, built.statusUrl),
          responseUrl: given(submitted.response_url, built.responseUrl),
          cancelUrl: given(submitted.cancel_url, built.cancelUrl),
        },
      };
      return { ref, warnings } satisfies StartedJob;
    },

    async status(ref, options) {
      const signal = options?.signal;
      const urls = urlsOf(ref);
      const status = await read(falQueueStatusSchema, signal, () => api.get(urls.statusUrl, { signal, searchParams: { logs: '0' } }));
      if (status.error != null && status.error !== '') {
        return {
          state: 'failed',
          reason: status.error,
          code: status.error_type ?? undefined,
          moderated: status.error_type === 'content_policy_violation',
        };
      }
      // IN_QUEUE, IN_PROGRESS and anything fal adds later are still running; fal reports no percentage.
      if (status.status !== 'COMPLETED') return { state: 'pending' };
      return readResult(urls, signal);
    },

    async download(asset: VideoAsset, sink: ByteSink, options?: DownloadOptions) {
      return downloadFile(asset, sink, options);
    },

    async cancel(ref, options) {
      const signal = options?.signal;
      try {
        await api.put(urlsOf(ref).cancelUrl, { signal });
      } catch (error) {
        const answer = httpErrorResponse(error);
        if (signal?.aborted !== true && answer?.status === 400) {
          const body = falErrorBodySchema.safeParse(await readErrorBody(answer.clone()));
          if (body.success && body.data.status === 'ALREADY_COMPLETED') return;
        }
        throw await fail(error, signal);
      }
    },
  };
}

function sameOrigin(url: string, baseUrl: string): boolean {
  try {
    return new URL(url).origin === new URL(baseUrl).origin;
  } catch {
    // A URL that does not parse is not on the same origin: the caller treats it as foreign.
    return false;
  }
}
