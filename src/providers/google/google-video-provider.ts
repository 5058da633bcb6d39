import type { z } from 'zod';
import {
  createHttpClient,
  createVendorFileDownload,
  type HttpClient,
  parseJsonResponse,
  parseStrictBody,
  resolvePhaseTimeouts,
  toProviderError,
  type FetchFunction,
  type PhaseTimeouts,
} from '../http';
import {
  InvalidResponseError,
  type ByteSink,
  type DownloadOptions,
  type JobRef,
  type StartedJob,
  type VideoAsset,
  type VideoProvider,
} from '../spec';
import { googleFetchPredictOperationRequestSchema, googleOperationSchema, type GoogleOperation } from './google-api-schemas';
import { planGoogleDownload } from './google-download-plan';
import { createGoogleDownloadErrorMapper, createGoogleErrorMapper, googleRetryHintMs, type GoogleCall } from './google-error';
import { inlineVideoBytes, writeInlineVideo } from './google-inline-video';
import { toGoogleJobStatus } from './google-job-status';
import { GoogleFinalPollCache } from './google-final-poll-cache';
import { buildGoogleVeoCreate, type GoogleVeoPlatform } from './google-veo-create';
import { listGeminiModelIds } from './google-model-list';
import { vertexApiOrigin } from './google-vertex-location';

export const GOOGLE_PROVIDER_ID = 'google';
export const GOOGLE_VERTEX_PROVIDER_ID = 'google-vertex';
const VERTEX_PROVIDER_NAME = 'Google Veo (Vertex AI)';
export const GEMINI_API_DEFAULT_BASE_URL = 'https://generativelanguage.googleapis.com';
export const VERTEX_AI_DEFAULT_LOCATION = 'us-central1';
const GCS_DEFAULT_BASE_URL = 'https://storage.googleapis.com';

interface GoogleVeoCommonSettings {
  /**
   * Origin (and optional path) in front of the API version, as the SDK's `httpOptions.baseUrl`.
   * @default Gemini API: 'https://generativelanguage.googleapis.com'; Vertex AI: 'https://{location}-aiplatform.googleapis.com'
   */
  readonly baseUrl?: string;
  /** @default '720p'; 1080p falls back to 720p (with a warning) for clips shorter than 8 s */
  readonly resolution?: '720p' | '1080p';
  /** @default undefined — Google's default, which varies by region (research §2 "Parameter rules") */
  readonly personGeneration?: 'allow_all' | 'allow_adult' | 'dont_allow';
  /** @default globalThis.fetch */
  readonly fetch?: FetchFunction;
  /** ms since epoch, for result expiry; injected for tests. @default Date.now */
  readonly now?: () => number;
  /** Time limits per kind of call. @default DEFAULT_PHASE_TIMEOUTS */
  readonly timeouts?: Partial<PhaseTimeouts>;
  /** Injected for tests: the wait before a retried read. @default abortableDelay */
  readonly delay?: (delayMs: number, signal?: AbortSignal) => Promise<void>;
}

/** Veo through the Gemini API: one API key, `x-goog-api-key` (research §2). */
export interface GeminiApiVeoSettings extends GoogleVeoCommonSettings {
  readonly platform: 'gemini-api';
  readonly apiKey: string;
}

/**
 * Veo through Vertex AI: an OAuth access token the user supplies (e.g. `gcloud auth
 * print-access-token`; they expire after an hour), a project and a location.
 */
export interface VertexAiVeoSettings extends GoogleVeoCommonSettings {
  readonly platform: 'vertex-ai';
  readonly accessToken: string;
  readonly project: string;
  /** One of VERTEX_LOCATION_HOSTS (us-central1, global); others throw VertexLocationError. @default 'us-central1' */
  readonly location?: string;
  /**
   * `gs://bucket/prefix/` results are written to. Without it Vertex returns the video base64
   * inside the operation (fine for 8-second clips). With it, the token's account must be able to
   * read the bucket: we fetch through the Cloud Storage JSON API with the same token.
   * @default undefined (inline bytes)
   */
  readonly outputStorageUri?: string;
  /**
   * @default 'https://storage.googleapis.com', or `baseUrl` when that is not a googleapis.com host
   * (a proxy or an emulator serves both)
   */
  readonly storageBaseUrl?: string;
  /** @default 'v1' (the GA REST reference; the SDK uses v1beta1, the emulator serves both) */
  readonly apiVersion?: 'v1' | 'v1beta1';
}

export type GoogleVeoProviderSettings = GeminiApiVeoSettings | VertexAiVeoSettings;

/** What the platforms differ in, resolved once. */
interface PlatformRoutes {
  readonly providerId: string;
  readonly providerName: string;
  readonly apiBaseUrl: string;
  readonly storageBaseUrl: string;
  readonly authHeaders: Record<string, string>;
  readonly secrets: readonly string[];
  createPath(model: string): string;
  /** The operation name a create answers with must look like this, or we could not poll it. */
  readonly operationNamePattern: RegExp;
  poll(api: HttpClient, operationName: string, signal: AbortSignal | undefined): Promise<Response>;
}

/**
 * Google Veo as a VideoProvider, on the Gemini API or Vertex AI (research/providers.md §2). Both
 * create with `POST …/models/{model}:predictLongRunning` and get back an operation; the Gemini API
 * polls `GET /v1beta/{operation.name}`, Vertex polls `POST …/models/{model}:fetchPredictOperation`.
 * Results: a Gemini file URI downloaded with the key, or on Vertex a gs:// URI or inline base64.
 */
export function createGoogleVeoProvider(settings: GoogleVeoProviderSettings): VideoProvider {
  const routes = platformRoutes(settings);
  const now = settings.now ?? Date.now;
  const timeouts = resolvePhaseTimeouts(settings.timeouts);
  const api = createHttpClient({
    prefixUrl: routes.apiBaseUrl,
    headers: () => routes.authHeaders,
    fetch: settings.fetch,
    timeoutMs: timeouts.pollMs,
    delay: settings.delay,
    // Google's wait comes as RetryInfo in the error body, not as Retry-After (research update item 5).
    retryHintMs: googleRetryHintMs,
  });
  // Result files: the credential is added per URL, only where planGoogleDownload allows it.
  const downloadFile = createVendorFileDownload({
    provider: routes.providerId,
    providerName: routes.providerName,
    fetch: settings.fetch,
    delay: settings.delay,
    timeouts,
    mapBody: createGoogleDownloadErrorMapper(routes.secrets, settings.platform),
    // Whether the credential goes along is the download plan's decision, per URL.
    credentials: { headers: routes.authHeaders, sendTo: () => false },
  });
  const call = <Schema extends z.ZodType>(
    kind: GoogleCall,
    schema: Schema,
    signal: AbortSignal | undefined,
    send: () => Promise<Response>,
  ) => callGoogle(routes, kind, schema, signal, send, settings.platform);
  const inlineOperations = new GoogleFinalPollCache<GoogleOperation>();

  return {
    id: routes.providerId,
    displayName: routes.providerName,

    async start(request, options) {
      const signal = options?.signal;
      const { body, warnings } = buildGoogleVeoCreate(request, {
        platform: settings.platform,
        providerId: routes.providerId,
        providerName: routes.providerName,
        resolution: settings.resolution,
        personGeneration: settings.personGeneration,
        outputStorageUri: settings.platform === 'vertex-ai' ? settings.outputStorageUri : undefined,
      });
      const operation = await call('create', googleOperationSchema, signal, () =>
        api.post(routes.createPath(request.model), { json: body, signal, timeout: timeouts.createMs }),
      );
      if (!routes.operationNamePattern.test(operation.name)) {
        throw new InvalidResponseError(routes.providerName, `unexpected operation name "${operation.name}"`);
      }
      const ref: JobRef = {
        provider: routes.providerId,
        model: request.model,
        jobId: operation.name.slice(operation.name.lastIndexOf('/') + 1),
        data: { operationName: operation.name, platform: settings.platform },
      };
      return { ref, warnings } satisfies StartedJob;
    },

    async status(ref, options) {
      const operationName = typeof ref.data.operationName === 'string' ? ref.data.operationName : '';
      if (!routes.operationNamePattern.test(operationName)) {
        throw new InvalidResponseError(routes.providerName, `job ${ref.jobId} has no ${settings.platform} operation name to poll`);
      }
      const operation = await call('poll', googleOperationSchema, options?.signal, () => routes.poll(api, operationName, options?.signal));
      const status = toGoogleJobStatus(operation, { providerName: routes.providerName, nowMs: now() });
      if (status.state === 'completed' && inlineVideoBytes(operation, 0) != null) inlineOperations.remember(operation.name, operation);
      return status;
    },

    // Only the Gemini API lists models where a key can read them; Vertex AI's publisher-model
    // listing is a Model Garden API whose Veo coverage we have not verified, so Vertex stays
    // "not checkable" (docs/evidence/providers.md).
    ...(settings.platform === 'gemini-api'
      ? {
          async listAvailableModels(options?: { signal?: AbortSignal }) {
            const signal = options?.signal;
            return listGeminiModelIds(
              async (searchParams) => {
                try {
                  return await api.get('v1beta/models', { searchParams, signal });
                } catch (error) {
                  throw await toProviderError(error, {
                    provider: routes.providerId,
                    providerName: routes.providerName,
                    mapBody: createGoogleErrorMapper('list', routes.secrets, settings.platform),
                    signal,
                  });
                }
              },
              (page, schema) => parseJsonResponse(page, schema, routes.providerName),
            );
          },
        }
      : {}),

    async download(asset: VideoAsset, sink: ByteSink, options?: DownloadOptions) {
      const plan = planGoogleDownload(asset.url, { apiBaseUrl: routes.apiBaseUrl, storageBaseUrl: routes.storageBaseUrl });
      if (plan.kind === 'inline') {
        const signal = options?.signal;
        if (!routes.operationNamePattern.test(plan.operationName)) {
          throw new InvalidResponseError(routes.providerName, `the asset names no ${settings.platform} operation`);
        }
        const operation =
          inlineOperations.get(plan.operationName) ??
          (await call('download', googleOperationSchema, signal, () => routes.poll(api, plan.operationName, signal)));
        const base64 = inlineVideoBytes(operation, plan.videoIndex);
        if (base64 == null)
          throw new InvalidResponseError(routes.providerName, `operation ${plan.operationName} no longer holds video ${plan.videoIndex}`);
        const written = await writeInlineVideo(base64, sink, { ...options, providerName: routes.providerName });
        inlineOperations.forget(plan.operationName);
        return written;
      }
      return downloadFile({ url: plan.url, headers: asset.headers, withCredentials: plan.authorized }, sink, options);
    },
  };
}

function platformRoutes(settings: GoogleVeoProviderSettings): PlatformRoutes {
  if (settings.platform === 'gemini-api') {
    const apiBaseUrl = trimSlashes(settings.baseUrl ?? GEMINI_API_DEFAULT_BASE_URL);
    return {
      providerId: GOOGLE_PROVIDER_ID,
      providerName: 'Google Veo',
      apiBaseUrl,
      storageBaseUrl: GCS_DEFAULT_BASE_URL,
      authHeaders: { 'x-goog-api-key': settings.apiKey },
      secrets: [settings.apiKey],
      createPath: (model) => `v1beta/models/${encodeURIComponent(model)}:predictLongRunning`,
      operationNamePattern: /^models\/[^/]+\/operations\/[^/]+$/,
      poll: (api, operationName, signal) => api.get(`v1beta/${encodePath(operationName)}`, { signal }),
    };
  }

  const location = settings.location ?? VERTEX_AI_DEFAULT_LOCATION;
  // An explicit base URL (a proxy, the emulator) decides the host itself; otherwise only the
  // locations whose hosts the manifest allows are accepted.
  const apiBaseUrl = trimSlashes(settings.baseUrl ?? vertexApiOrigin(location));
  const version = settings.apiVersion ?? 'v1';
  const modelsPath = `${version}/projects/${encodeURIComponent(settings.project)}/locations/${encodeURIComponent(location)}/publishers/google/models`;
  return {
    providerId: GOOGLE_VERTEX_PROVIDER_ID,
    providerName: VERTEX_PROVIDER_NAME,
    apiBaseUrl,
    storageBaseUrl: trimSlashes(settings.storageBaseUrl ?? (isGoogleApisHost(apiBaseUrl) ? GCS_DEFAULT_BASE_URL : apiBaseUrl)),
    authHeaders: { authorization: `Bearer ${settings.accessToken}` },
    secrets: [settings.accessToken],
    createPath: (model) => `${modelsPath}/${encodeURIComponent(model)}:predictLongRunning`,
    operationNamePattern: /^projects\/[^/]+\/locations\/[^/]+\/publishers\/google\/models\/[^/]+\/operations\/[^/]+$/,
    poll: (api, operationName, signal) => {
      const modelResource = operationName.slice(0, operationName.indexOf('/operations/'));
      return api.post(`${version}/${encodePath(modelResource)}:fetchPredictOperation`, {
        json: parseStrictBody(
          googleFetchPredictOperationRequestSchema,
          { operationName },
          { provider: GOOGLE_VERTEX_PROVIDER_ID, providerName: VERTEX_PROVIDER_NAME },
        ),
        signal,
        // A read despite the POST (research §2 Vertex differences), so it may be repeated like a GET.
        retry: { methods: ['post'] },
      });
    },
  };
}

/** One call: errors mapped once (secrets blanked), the answer read with a lenient schema. */
async function callGoogle<Schema extends z.ZodType>(
  routes: PlatformRoutes,
  kind: GoogleCall,
  schema: Schema,
  signal: AbortSignal | undefined,
  send: () => Promise<Response>,
  platform: GoogleVeoPlatform,
): Promise<z.output<Schema>> {
  let response: Response;
  try {
    response = await send();
  } catch (error) {
    throw await toProviderError(error, {
      provider: routes.providerId,
      providerName: routes.providerName,
      mapBody: createGoogleErrorMapper(kind, routes.secrets, platform),
      signal,
    });
  }
  return parseJsonResponse(response, schema, routes.providerName);
}

/** Encodes each segment of a resource name, keeping its slashes. */
function encodePath(resourceName: string): string {
  return resourceName.split('/').map(encodeURIComponent).join('/');
}

function trimSlashes(url: string): string {
  return url.replace(/\/+$/, '');
}

function isGoogleApisHost(url: string): boolean {
  try {
    return new URL(url).hostname.endsWith('.googleapis.com');
  } catch {
    // A URL that does not parse is not a Google APIs host.
    return false;
  }
}
