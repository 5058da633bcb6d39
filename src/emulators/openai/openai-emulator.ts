import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { takeScriptedFault } from '../faults/take-scripted-fault';
import { readJsonBody, sendBytes, sendJson } from '../emulator-http';
import { createServedClips } from '../served-clips';
import { routeTable, type RoutedRequest } from '../emulator-routes';
import { checkOpenAIAuth, type OpenAIEmulatorAuthStyle } from './openai-emulator-auth';
import {
  isOpenAIEmulatorError,
  modelNotFound,
  OPENAI_EMULATED_MODELS,
  readOpenAIBody,
  validateOpenAICreate,
  type OpenAIEmulatorCreate,
  type OpenAIEmulatorError,
  type OpenAIReceivedBody,
} from './openai-emulator-request';

type OpenAIVideoStatus = 'queued' | 'in_progress' | 'completed' | 'failed';

/** A video job as the emulator stores it; tests read these to see exactly what was sent. */
interface OpenAIEmulatorVideo {
  readonly id: string;
  /** How the create arrived, and its fields as received (file parts described, not stored). */
  readonly received: OpenAIReceivedBody;
  readonly create: OpenAIEmulatorCreate;
  readonly remixedFromId?: string;
  status: OpenAIVideoStatus;
  /** 0–100. */
  progress: number;
  /** Single-video GETs so far; status advances with them. */
  polls: number;
  error?: { readonly code: string; readonly message: string };
  readonly createdAtMs: number;
  completedAtMs?: number;
}

/** Which request a fault answers. */
type OpenAIEmulatorRoute = 'create' | 'retrieve' | 'list' | 'content' | 'remix' | 'delete' | 'models';

/** A scripted answer for the next matching API request(s), after authentication. */
interface OpenAIEmulatorFault extends OpenAIEmulatorError {
  readonly headers?: Record<string, string>;
  /** @default 1 */
  readonly times?: number;
  /** @default any route */
  readonly route?: OpenAIEmulatorRoute;
}

export interface OpenAIEmulatorOptions {
  readonly apiKey: string;
  /** The MP4 every completed video serves. */
  readonly videoBytes: Uint8Array;
  /** @default 'openai' (Bearer, OpenAI's refusals); 'azure' answers like Azure OpenAI's v1 API */
  readonly authStyle?: OpenAIEmulatorAuthStyle;
  /** ms since epoch. @default Date.now */
  readonly now?: () => number;
  /** GETs a video spends `in_progress` before `completed`. @default 2 */
  readonly inProgressPolls?: number;
  /** Model ids this endpoint no longer serves: creates and model lookups answer 404 `model_not_found`. @default [] */
  readonly retiredModels?: readonly string[];
  /** How long content stays downloadable after completion, from `expires_at`. @default 3600 ("about 1 hour", §1) */
  readonly contentLifetimeSeconds?: number;
  /**
   * Serve the Videos API as it was before OpenAI shut it down, so contract tests can still prove
   * its wire format with the official `openai` SDK. @default false — the real state since
   * 2026-09-24 (developers.openai.com/api/docs/models/sora-2; openai-node `src/resources/videos.ts`
   * "@deprecated The Sora API is scheduled to permanently shut down on September 24, 2026"): every
   * /videos request answers 404 "Invalid URL (METHOD /v1/…)", OpenAI's answer for a route it does
   * not serve, and the Sora model ids answer 404 `model_not_found`.
   */
  readonly legacyVideosApi?: boolean;
}

export interface OpenAIEmulator {
  handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean>;
  readonly videos: ReadonlyMap<string, OpenAIEmulatorVideo>;
  /** Makes the next authenticated API request(s) (of a route, if given) fail this way. */
  injectFault(fault: OpenAIEmulatorFault): void;
}

/** Prompt markers: moderated failure, generic failure, a job that never ends, a clip without audio. */
const OPENAI_MODERATION_MARKER = '[moderate]';
const OPENAI_FAILURE_MARKER = '[fail]';
const OPENAI_NEVER_MARKER = '[never]';
const OPENAI_SILENT_MARKER = '[silent]';
/** Refused synchronously on create with 400 `sentinel_block`, OpenAI's up-front prompt check (§1 "Errors"). */
const OPENAI_BLOCK_MARKER = '[block]';

/** Every Videos API path: all answer 404 once the API is shut down. */
const VIDEOS_PATH = /^\/videos(?:\/[^/]+(?:\/(?:content|remix))?)?$/;
const MODELS_PATH = /^\/models(?:\/([^/]+))?$/;
const MODEL_CREATED_AT_SECONDS = 1_759_708_800; // 2025-10-06, the first Sora 2 snapshot

/**
 * OpenAI's Videos API over Node http, faithful to the wire protocol the official SDK speaks
 * (research/providers.md §1): Bearer (or Azure's `api-key`) auth, `{"error": {…}}` envelopes,
 * JSON or multipart creates, queued → in_progress (progress %) → completed over polls, `expires_at`,
 * authenticated `/content` downloads, cursor lists, remix, delete, and a model list where a
 * retired id is the API's own 404 `model_not_found` — all only with `legacyVideosApi`: by default it
 * answers like the shut-down API. Mounted with the base URL = `/v1`.
 */
export function createOpenAIEmulator(options: OpenAIEmulatorOptions): OpenAIEmulator {
  const now = options.now ?? Date.now;
  const inProgressPolls = options.inProgressPolls ?? 2;
  const lifetimeSeconds = options.contentLifetimeSeconds ?? 3600;
  const authStyle = options.authStyle ?? 'openai';
  const shutDown = options.legacyVideosApi !== true;
  const retired = new Set(shutDown ? OPENAI_EMULATED_MODELS : (options.retiredModels ?? []));
  const availableModels = OPENAI_EMULATED_MODELS.filter((model) => !retired.has(model));
  const servedClip = createServedClips(options.videoBytes);
  const videos = new Map<string, OpenAIEmulatorVideo>();
  const faults: OpenAIEmulatorFault[] = [];

  const sendError = (res: ServerResponse, error: OpenAIEmulatorError, headers: Record<string, string> = {}) => {
    const body = error.azure
      ? { error: { code: error.code ?? String(error.status), message: error.message } }
      : {
          error: {
            message: error.message,
            type: error.type ?? defaultType(error.status),
            param: error.param ?? null,
            code: error.code ?? null,
          },
        };
    sendJson(res, error.status, body, { 'x-request-id': requestId(), ...headers });
  };
  const send = (res: ServerResponse, body: unknown) => sendJson(res, 200, body, { 'x-request-id': requestId() });

  const toWire = (video: OpenAIEmulatorVideo) => ({
    id: video.id,
    object: 'video',
    model: video.create.model,
    status: video.status,
    progress: video.progress,
    created_at: Math.floor(video.createdAtMs / 1000),
    completed_at: video.completedAtMs == null ? null : Math.floor(video.completedAtMs / 1000),
    expires_at: video.completedAtMs == null ? null : Math.floor(video.completedAtMs / 1000) + lifetimeSeconds,
    seconds: video.create.seconds,
    size: video.create.size,
    prompt: video.create.prompt,
    remixed_from_video_id: video.remixedFromId ?? null,
    error: video.error ?? null,
  });

  const advance = (video: OpenAIEmulatorVideo) => {
    if (video.status === 'completed' || video.status === 'failed') return;
    video.polls++;
    const { prompt } = video.create;
    if (prompt.includes(OPENAI_MODERATION_MARKER)) {
      // Output moderation ends the job, reported as a failure with OpenAI's code (§1 "Errors").
      video.status = 'failed';
      video.error = { code: 'moderation_blocked', message: 'Your request was blocked by our moderation system.' };
    } else if (prompt.includes(OPENAI_FAILURE_MARKER)) {
      video.status = 'failed';
      video.error = { code: 'internal_error', message: 'Video generation failed due to an internal error. Please try again.' };
    } else if (prompt.includes(OPENAI_NEVER_MARKER)) {
      video.status = 'in_progress';
      video.progress = Math.min(95, video.polls * 5);
    } else if (video.polls > inProgressPolls) {
      video.status = 'completed';
      video.progress = 100;
      video.completedAtMs = now();
    } else {
      video.status = 'in_progress';
      video.progress = Math.round((video.polls / (inProgressPolls + 1)) * 100);
    }
  };

  const addVideo = (received: OpenAIReceivedBody, create: OpenAIEmulatorCreate, remixedFromId?: string): OpenAIEmulatorVideo => {
    const video: OpenAIEmulatorVideo = {
      id: `video_${randomBytes(16).toString('hex')}`,
      received,
      create,
      remixedFromId,
      status: 'queued',
      progress: 0,
      polls: 0,
      createdAtMs: now(),
    };
    videos.set(video.id, video);
    return video;
  };

  async function handleCreate(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const received = await readOpenAIBody(req);
    if (isOpenAIEmulatorError(received)) return sendError(res, received);
    const create = validateOpenAICreate(received, availableModels);
    if (isOpenAIEmulatorError(create)) return sendError(res, create);
    if (create.prompt.includes(OPENAI_BLOCK_MARKER)) {
      return sendError(res, {
        status: 400,
        message: 'Your request was rejected by the safety system.',
        param: 'prompt',
        code: 'sentinel_block',
      });
    }
    send(res, toWire(addVideo(received, create)));
  }

  async function handleRemix(req: IncomingMessage, res: ServerResponse, source: OpenAIEmulatorVideo): Promise<void> {
    const read = await readJsonBody(req);
    if ('failure' in read) return sendError(res, { status: 400, message: 'We could not parse the JSON body of your request.' });
    const fields = read.json;
    const prompt = typeof fields === 'object' && fields != null ? (fields as Record<string, unknown>).prompt : undefined;
    if (typeof prompt !== 'string' || prompt === '') {
      return sendError(res, {
        status: 400,
        message: "Missing required parameter: 'prompt'.",
        param: 'prompt',
        code: 'missing_required_parameter',
      });
    }
    if (source.status !== 'completed') {
      return sendError(res, {
        status: 400,
        message: `Video ${source.id} must be completed before it can be remixed.`,
        param: 'video_id',
        code: 'invalid_value',
      });
    }
    const received: OpenAIReceivedBody = { encoding: 'json', fields: fields as Record<string, unknown> };
    send(res, toWire(addVideo(received, { ...source.create, prompt, inputReference: undefined }, source.id)));
  }

  function handleList(res: ServerResponse, query: URLSearchParams): void {
    const limit = Number(query.get('limit') ?? '20');
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      return sendError(res, {
        status: 400,
        message: `Invalid 'limit': expected an integer from 1 to 100.`,
        param: 'limit',
        code: 'invalid_value',
      });
    }
    const order = query.get('order') ?? 'desc';
    if (order !== 'asc' && order !== 'desc')
      return sendError(res, { status: 400, message: "Invalid 'order': expected 'asc' or 'desc'.", param: 'order', code: 'invalid_value' });
    const sorted = [...videos.values()];
    if (order === 'desc') sorted.reverse();
    const after = query.get('after');
    const start = after == null ? 0 : sorted.findIndex((video) => video.id === after) + 1;
    const page = sorted.slice(start, start + limit);
    send(res, {
      object: 'list',
      data: page.map(toWire),
      first_id: page[0]?.id ?? null,
      last_id: page.at(-1)?.id ?? null,
      has_more: start + limit < sorted.length,
    });
  }

  async function handleContent(
    req: IncomingMessage,
    res: ServerResponse,
    video: OpenAIEmulatorVideo,
    query: URLSearchParams,
  ): Promise<void> {
    const variant = query.get('variant') ?? 'video';
    if (variant !== 'video') {
      // Thumbnails (webp) and spritesheets (jpg) exist on the real API; this emulator has no images to serve.
      return sendError(res, {
        status: 400,
        message: `The emulator serves only variant=video, not '${variant}'.`,
        param: 'variant',
        code: 'invalid_value',
      });
    }
    if (video.status !== 'completed' || video.completedAtMs == null) {
      return sendError(res, {
        status: 404,
        message: `Video ${video.id} is not ready: its status is ${video.status}.`,
        code: 'video_not_ready',
      });
    }
    if (now() >= video.completedAtMs + lifetimeSeconds * 1000) {
      return sendError(res, { status: 404, message: `The content of video ${video.id} has expired.`, code: 'video_expired' });
    }
    const clip = servedClip({ durationSeconds: Number(video.create.seconds), silent: video.create.prompt.includes(OPENAI_SILENT_MARKER) });
    await sendBytes(req, res, clip, 'video/mp4');
  }

  function handleModels(res: ServerResponse, modelId: string | undefined): void {
    const describe = (id: string) => ({ id, object: 'model', created: MODEL_CREATED_AT_SECONDS, owned_by: 'system' });
    if (modelId == null) return send(res, { object: 'list', data: availableModels.map(describe) });
    if (!availableModels.includes(modelId as (typeof OPENAI_EMULATED_MODELS)[number])) return sendError(res, modelNotFound(modelId));
    send(res, describe(modelId));
  }

  /** The first scripted fault for this route, consumed. */
  const takeFault = (route: OpenAIEmulatorRoute): OpenAIEmulatorFault | undefined =>
    takeScriptedFault(faults, (fault) => fault.route == null || fault.route === route);

  /** A scripted fault for this route answers first; then the handler. */
  const api =
    (route: OpenAIEmulatorRoute, handler: (request: RoutedRequest) => void | Promise<void>) =>
    async (request: RoutedRequest): Promise<void> => {
      const fault = takeFault(route);
      if (fault != null) return sendError(request.res, fault, fault.headers);
      await handler(request);
    };
  /** A route on one video: an unknown id is the API's 404. */
  const onVideo = (route: OpenAIEmulatorRoute, handler: (request: RoutedRequest, video: OpenAIEmulatorVideo) => void | Promise<void>) =>
    api(route, async (request) => {
      const id = request.params[0]!;
      const video = videos.get(id);
      if (video == null) return sendError(request.res, { status: 404, message: `Video with id '${id}' not found.`, param: 'video_id' });
      await handler(request, video);
    });

  const handle = routeTable(
    [
      {
        methods: ['GET'],
        pattern: MODELS_PATH,
        handle: api('models', ({ res, params }) => handleModels(res, params[0] === '' ? undefined : params[0])),
      },
      { methods: ['POST'], pattern: /^\/videos$/, handle: api('create', ({ req, res }) => handleCreate(req, res)) },
      { methods: ['GET'], pattern: /^\/videos$/, handle: api('list', ({ res, url }) => handleList(res, url.searchParams)) },
      {
        methods: ['GET', 'HEAD'],
        pattern: /^\/videos\/([^/]+)\/content$/,
        handle: onVideo('content', ({ req, res, url }, video) => handleContent(req, res, video, url.searchParams)),
      },
      {
        methods: ['POST'],
        pattern: /^\/videos\/([^/]+)\/remix$/,
        handle: onVideo('remix', ({ req, res }, video) => handleRemix(req, res, video)),
      },
      {
        methods: ['GET'],
        pattern: /^\/videos\/([^/]+)$/,
        handle: onVideo('retrieve', ({ res }, video) => {
          advance(video);
          send(res, toWire(video));
        }),
      },
      { methods: ['DELETE'], pattern: /^\/videos\/([^/]+)$/, handle: onVideo('delete', ({ res }, video) => handleDelete(res, video)) },
    ],
    {
      // Authentication comes first on every known path, then the shut-down API's blanket 404.
      before: ({ req, res, url }) => {
        const authFailure = checkOpenAIAuth(req, options.apiKey, authStyle);
        if (authFailure != null) {
          sendError(res, authFailure);
          return true;
        }
        if (shutDown && VIDEOS_PATH.test(url.pathname)) {
          sendError(res, { status: 404, message: `Invalid URL (${req.method ?? 'GET'} /v1${url.pathname})` });
          return true;
        }
        return false;
      },
      answerWrongMethod: ({ req, res, url }, allowed) =>
        sendError(
          res,
          { status: 405, message: `Invalid method for URL (${req.method ?? 'GET'} /v1${url.pathname})` },
          { allow: allowed.join(', ') },
        ),
    },
  );

  function handleDelete(res: ServerResponse, video: OpenAIEmulatorVideo): void {
    if (video.status === 'queued' || video.status === 'in_progress') {
      return sendError(res, {
        status: 400,
        message: `Video ${video.id} is still ${video.status}; only completed or failed videos can be deleted.`,
        param: 'video_id',
      });
    }
    videos.delete(video.id);
    send(res, { id: video.id, object: 'video.deleted', deleted: true });
  }

  return {
    handle,
    videos,
    injectFault: (fault) => {
      faults.push(fault);
    },
  };
}

function defaultType(status: number): string {
  // OpenAI types a rate limit by what ran out ("requests", "tokens"); insufficient_quota passes its own.
  if (status === 429) return 'requests';
  if (status >= 500) return 'server_error';
  return 'invalid_request_error';
}

function requestId(): string {
  return `req_${randomBytes(16).toString('hex')}`;
}
