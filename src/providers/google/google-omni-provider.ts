import type { z } from 'zod';
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
  type ByteSink,
  type DownloadOptions,
  type JobRef,
  type StartedJob,
  type VideoAsset,
  type VideoProvider,
} from '../spec';
import { planGoogleDownload } from './google-download-plan';
import {
  createGoogleDownloadErrorMapper,
  createGoogleErrorMapper,
  googleRetryHintMs,
  type GoogleCall,
  type GoogleErrorPlatform,
} from './google-error';
import { writeInlineVideo } from './google-inline-video';
import { interactionResourceName, interactionVideos, toGoogleInteractionStatus } from './google-interaction-status';
import { googleInteractionSchema, type GoogleInteraction } from './google-interactions-api-schemas';
import { listGeminiModelIds } from './google-model-list';
import { GoogleFinalPollCache } from './google-final-poll-cache';
import { buildGoogleOmniCreate, type OmniDelivery } from './google-omni-create';

const GCS_DEFAULT_BASE_URL = 'https://storage.googleapis.com';

interface GoogleOmniCommonSettings {
  /**
   * Origin in front of the API version, as the SDK's `httpOptions.baseUrl`: the Gemini API's
   * (`https://generativelanguage.googleapis.com`) or Vertex AI's for the location.
   */
  readonly baseUrl: string;
  readonly providerId: string;
  readonly providerName: string;
  /**
   * How the finished video comes back. @default 'uri': a 15-second 4K clip inline would make every
   * late poll carry it as base64, and third-party guides say larger results need URI delivery
   * (apidog "handle 4MB URI delivery", T); 'inline' needs no download host.
   */
  readonly delivery?: OmniDelivery;
  /** @default globalThis.fetch */
  readonly fetch?: FetchFunction;
  /** ms since epoch, for result expiry. @default Date.now */
  readonly now?: () => number;
  readonly timeouts?: Partial<PhaseTimeouts>;
  readonly delay?: (delayMs: number, signal?: AbortSignal) => Promise<void>;
  /**
   * The id sent as `model` for a request's catalog id (the catalog's `wireModelId`, e.g.
   * "vertex/gemini-omni-1.2-flash" → "gemini-omni-1.2-flash"). @default the catalog id itself
   */
  readonly wireModelId?: (catalogModelId: string) => string;
}

/** The Gemini API: one API key (`x-goog-api-key`), `/v1beta/interactions`. */
interface GeminiApiOmniSettings extends GoogleOmniCommonSettings {
  readonly apiKey: string;
}

/**
 * Vertex AI: the user's OAuth access token as a bearer, and the project and location in the path:
 * `/v1beta1/projects/{project}/locations/{location}/interactions` — what `@google/genai` 2.32.0
 * sends with `vertexai: true` (dist/node/index.cjs `getGoogleGenAIAPIVersion`: the API version
 * becomes `{version}/projects/{p}/locations/{l}` and Interactions paths hang below it; S).
 */
interface VertexAiOmniSettings extends GoogleOmniCommonSettings {
  readonly vertex: { readonly accessToken: string; readonly project: string; readonly location: string };
}

type GoogleOmniProviderSettings = GeminiApiOmniSettings | VertexAiOmniSettings;

/** Interaction ids we accept in a path: Google's are URL-safe tokens. */
const INTERACTION_ID = /^[A-Za-z0-9_-]+$/;

/**
 * Gemini Omni through the Interactions API, on the Gemini API or on Vertex AI (same bodies, other
 * path prefix and credential; research/video-apis-2026-12.md §1; wire
 * per `@google/genai` 2.32.0 `interactions`): `POST /v1beta/interactions` with `background: true`
 * answers an interaction id at once; `GET /v1beta/interactions/{id}` polls it; `POST
 * …/{id}/cancel` stops it. The video comes inline (base64, re-read at download) or as a Gemini
 * file URI downloaded with the key, like Veo's.
 *
 * No `recover`: the API has no lookup by a client-chosen id (the create body has `labels`, but no
 * list or search endpoint that reads them exists in the SDK), so a create whose answer was lost
 * stays unconfirmed for the user to check in AI Studio rather than being posted again.
 */
export function createGoogleOmniProvider(settings: GoogleOmniProviderSettings): VideoProvider {
  const now = settings.now ?? Date.now;
  const timeouts = resolvePhaseTimeouts(settings.timeouts);
  const apiBaseUrl = settings.baseUrl.replace(/\/+$/, '');
  const vertex = 'vertex' in settings ? settings.vertex : undefined;
  const platform: GoogleErrorPlatform = vertex == null ? 'gemini-api' : 'vertex-ai';
  const secret = 'vertex' in settings ? settings.vertex.accessToken : settings.apiKey;
  const authHeaders: Record<string, string> = vertex == null ? { 'x-goog-api-key': secret } : { authorization: `Bearer ${secret}` };
  const secrets = [secret];
  const interactionsPath =
    vertex == null
      ? 'v1beta/interactions'
      : `v1beta1/projects/${encodeURIComponent(vertex.project)}/locations/${encodeURIComponent(vertex.location)}/interactions`;
  const api = createHttpClient({
    prefixUrl: apiBaseUrl,
    headers: () => authHeaders,
    fetch: settings.fetch,
    timeoutMs: timeouts.pollMs,
    delay: settings.delay,
    retryHintMs: googleRetryHintMs,
  });
  const name = settings.providerName;
  const downloadFile = createVendorFileDownload({
    provider: settings.providerId,
    providerName: name,
    fetch: settings.fetch,
    delay: settings.delay,
    timeouts,
    mapBody: createGoogleDownloadErrorMapper(secrets, platform),
    // Whether the credential goes along is the download plan's decision, per URL.
    credentials: { headers: authHeaders, sendTo: () => false },
  });

  async function call<Schema extends z.ZodType>(
    kind: GoogleCall,
    schema: Schema,
    signal: AbortSignal | undefined,
    send: () => Promise<Response>,
  ): Promise<z.output<Schema>> {
    let response: Response;
    try {
      response = await send();
    } catch (error) {
      throw await toProviderError(error, {
        provider: settings.providerId,
        providerName: name,
        mapBody: createGoogleErrorMapper(kind, secrets, platform),
        signal,
      });
    }
    return parseJsonResponse(response, schema, name);
  }
  const interactionId = (ref: JobRef) => {
    const id = typeof ref.data.interactionId === 'string' ? ref.data.interactionId : '';
    if (!INTERACTION_ID.test(id)) throw new InvalidResponseError(name, `job ${ref.jobId} has no interaction id to poll`);
    return id;
  };
  const read = (id: string, kind: GoogleCall, signal: AbortSignal | undefined) =>
    call(kind, googleInteractionSchema, signal, () => api.get(`${interactionsPath}/${encodeURIComponent(id)}`, { signal }));

  const inline = new GoogleFinalPollCache<GoogleInteraction>();

  return {
    id: settings.providerId,
    displayName: name,

    async start(request, options) {
      const signal = options?.signal;
      const { body, warnings } = buildGoogleOmniCreate(request, {
        providerId: settings.providerId,
        providerName: name,
        delivery: settings.delivery,
        wireModelId: settings.wireModelId?.(request.model),
      });
      const interaction = await call('create', googleInteractionSchema, signal, () =>
        api.post(interactionsPath, { json: body, signal, timeout: timeouts.createMs }),
      );
      if (!INTERACTION_ID.test(interaction.id)) throw new InvalidResponseError(name, `unexpected interaction id "${interaction.id}"`);
      const ref: JobRef = {
        provider: settings.providerId,
        model: request.model,
        jobId: interaction.id,
        data: { api: 'interactions', interactionId: interaction.id },
      };
      return { ref, warnings } satisfies StartedJob;
    },

    async status(ref, options) {
      const interaction = await read(interactionId(ref), 'poll', options?.signal);
      const status = toGoogleInteractionStatus(interaction, { providerName: name, nowMs: now() });
      if (status.state === 'completed' && interactionVideos(interaction).some((video) => video.data != null))
        inline.remember(interaction.id, interaction);
      return status;
    },

    async cancel(ref, options) {
      const id = interactionId(ref);
      await call('poll', googleInteractionSchema, options?.signal, () =>
        api.post(`${interactionsPath}/${encodeURIComponent(id)}/cancel`, { signal: options?.signal }),
      );
    },

    // Only the Gemini API lists models for a key; Vertex's publisher-model listing is a Model
    // Garden API whose Omni coverage we have not verified (as for Veo there).
    ...(vertex == null
      ? {
          async listAvailableModels(options?: { signal?: AbortSignal }) {
            const signal = options?.signal;
            return listGeminiModelIds(
              async (searchParams) => {
                try {
                  return await api.get('v1beta/models', { searchParams, signal });
                } catch (error) {
                  throw await toProviderError(error, {
                    provider: settings.providerId,
                    providerName: name,
                    mapBody: createGoogleErrorMapper('list', secrets, platform),
                    signal,
                  });
                }
              },
              (page, schema) => parseJsonResponse(page, schema, name),
            );
          },
        }
      : {}),

    async download(asset: VideoAsset, sink: ByteSink, options?: DownloadOptions) {
      const plan = planGoogleDownload(asset.url, { apiBaseUrl, storageBaseUrl: GCS_DEFAULT_BASE_URL });
      if (plan.kind === 'inline') {
        const id = plan.operationName.replace(/^interactions\//, '');
        if (interactionResourceName(id) !== plan.operationName || !INTERACTION_ID.test(id)) {
          throw new InvalidResponseError(name, 'the asset names no interaction');
        }
        const interaction = inline.get(id) ?? (await read(id, 'download', options?.signal));
        const base64 = interactionVideos(interaction)[plan.videoIndex]?.data;
        if (base64 == null) throw new InvalidResponseError(name, `interaction ${id} no longer holds video ${plan.videoIndex}`);
        const written = await writeInlineVideo(base64, sink, { ...options, providerName: name });
        inline.forget(id);
        return written;
      }
      return downloadFile({ url: plan.url, headers: asset.headers, withCredentials: plan.authorized }, sink, options);
    },
  };
}
