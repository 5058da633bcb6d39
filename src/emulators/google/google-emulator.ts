import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readJsonBody, requestOrigin, sendBytes, sendJson } from '../emulator-http';
import { routeTable } from '../emulator-routes';
import { createServedClips } from '../served-clips';
import { googleErrorEnvelope, invalidArgument, type GoogleEmulatorFailure } from './google-emulator-errors';
import { GOOGLE_OMNI_MODELS, GOOGLE_VERTEX_OMNI_LOCATION, GOOGLE_VERTEX_OMNI_MODELS } from './google-emulator-interaction-request';
import { createInteractionsEmulation, type GoogleEmulatorInteraction } from './google-emulator-interactions';
import { GEMINI_LISTED_OTHER_MODELS, listGeminiModels } from './google-emulator-model-list';
import {
  GOOGLE_EMULATED_MODELS,
  GOOGLE_LEGACY_GEMINI_MODELS,
  GOOGLE_LEGACY_GEMINI_RETIRED_MODELS,
  GOOGLE_RETIRED_MODELS,
  googleModelNotFound,
  googleModelShutDown,
  isGoogleEmulatorFailure,
  validateVeoCreate,
  type GoogleEmulatorCreate,
  type GoogleEmulatorPlatform,
} from './google-emulator-request';

/** Prompt markers that script an outcome; any other prompt succeeds. */
const GOOGLE_PROMPT_MARKERS = {
  /** Finishes with the video filtered out (RAI), reasons included. */
  moderate: '[moderate]',
  /** Finishes with an operation `error`. */
  fail: '[fail]',
  /** Never finishes. */
  never: '[never]',
} as const;

type GoogleEmulatorOutcome = 'success' | 'moderated' | 'failed' | 'never';

/** An operation as the emulator stores it; tests read these to see exactly what was sent. */
interface GoogleEmulatorOperation {
  readonly name: string;
  readonly platform: GoogleEmulatorPlatform;
  readonly model: string;
  /** The create body exactly as received (parsed JSON). */
  readonly requestBody: unknown;
  readonly create: GoogleEmulatorCreate;
  readonly outcome: GoogleEmulatorOutcome;
  /** Status reads so far; the operation is done after `pollsUntilDone` of them. */
  polls: number;
  readonly createdAtMs: number;
  /** Gemini API: the file id its result is served under. */
  readonly fileId: string;
  /** Vertex AI with storageUri: the object the result was "written" to. */
  readonly gcsUri?: string;
}

export interface GoogleEmulatorOptions {
  /** The Gemini API key it accepts (`x-goog-api-key` or `?key=`). */
  readonly apiKey: string;
  /** The Vertex AI bearer token it accepts. */
  readonly accessToken: string;
  /** The Vertex AI project the token may use. */
  readonly project: string;
  /** The MP4 every successful operation returns. */
  readonly videoBytes: Uint8Array;
  /** Absolute path this emulator is mounted under, for signed download links. @default '/google' */
  readonly basePath?: string;
  /** ms since epoch. @default Date.now */
  readonly now?: () => number;
  /** Status reads answered "not done" before the operation is done. @default 2 */
  readonly pollsUntilDone?: number;
  /**
   * Origin written into Gemini file URIs. The real API's, so the official SDK's `files.download`
   * works (it only accepts https URIs and rebuilds them on its own base URL, research §2).
   * @default 'https://generativelanguage.googleapis.com'
   */
  readonly fileUriOrigin?: string;
  /** @default GOOGLE_EMULATED_MODELS (GOOGLE_LEGACY_GEMINI_MODELS on the Gemini API with legacyGeminiVeo) */
  readonly models?: Partial<Record<GoogleEmulatorPlatform, readonly string[]>>;
  /** @default GOOGLE_RETIRED_MODELS (GOOGLE_LEGACY_GEMINI_RETIRED_MODELS on the Gemini API with legacyGeminiVeo) */
  readonly retiredModels?: Partial<Record<GoogleEmulatorPlatform, readonly string[]>>;
  /**
   * Serve Veo on the Gemini API as it was before Google shut its ids down (2026-06-30, 2026-10-22),
   * so contract tests can still prove that wire format with the official SDK. @default false — the
   * real state: every Gemini API Veo id answers 404 "no longer available".
   */
  readonly legacyGeminiVeo?: boolean;
  /**
   * When the Vertex access token expires (ms since epoch); after it, the right token gets Google's
   * 401 UNAUTHENTICATED with ErrorInfo reason ACCESS_TOKEN_EXPIRED (gcloud tokens last one hour).
   * @default never
   */
  readonly accessTokenExpiresAtMs?: number;
  /**
   * Non-Veo models `GET /v1beta/models` lists beside the Veo ids served, so a listing looks like
   * the real one (it is never only video models). @default GEMINI_LISTED_OTHER_MODELS
   */
  readonly otherListedModels?: readonly string[];
  /**
   * Gemini Omni ids served on the Interactions API and listed by `GET /v1beta/models`; a subset of
   * GOOGLE_OMNI_MODELS (e.g. [] to play an account that lost access). @default all of them
   */
  readonly omniModels?: readonly string[];
  /**
   * Gemini Omni ids served on Vertex AI's Interactions API (location `global`); a subset of
   * GOOGLE_VERTEX_OMNI_MODELS. @default all of them
   */
  readonly vertexOmniModels?: readonly string[];
}

export interface GoogleEmulator {
  handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean>;
  /** By operation name. */
  readonly operations: ReadonlyMap<string, GoogleEmulatorOperation>;
  /** Gemini Omni generations on the Gemini API's Interactions API, by interaction id. */
  readonly interactions: ReadonlyMap<string, GoogleEmulatorInteraction>;
  /** Gemini Omni generations on Vertex AI's Interactions API, by interaction id. */
  readonly vertexInteractions: ReadonlyMap<string, GoogleEmulatorInteraction>;
}

const GEMINI_MODELS = /^\/v1beta\/models$/;
const GEMINI_CREATE = /^\/v1beta\/models\/([^/:]+):predictLongRunning$/;
const GEMINI_OPERATION = /^\/v1beta\/(models\/[^/]+\/operations\/[^/]+)$/;
const GEMINI_FILE = /^\/v1beta\/files\/([^/:]+):download$/;
const SIGNED_DOWNLOAD = /^\/signed-downloads\/([a-z0-9]+)$/;
/**
 * Vertex AI's Interactions API: what `@google/genai` 2.32.0 calls with `vertexai: true`
 * (dist/node/index.cjs `getGoogleGenAIAPIVersion`: `{version}/projects/{p}/locations/{l}` in front
 * of `/interactions`; the SDK's Vertex version is v1beta1). S.
 */
const VERTEX_SCOPE = /^\/(?:v1|v1beta1)\/projects\/([^/]+)\/locations\/([^/]+)\/(.*)$/;
const VERTEX_PUBLISHER_MODEL = /^publishers\/google\/models\/([^/:]+):/;
const VERTEX_CREATE = /^\/(v1|v1beta1)\/projects\/([^/]+)\/locations\/([^/]+)\/publishers\/google\/models\/([^/:]+):predictLongRunning$/;
const VERTEX_FETCH = /^\/(v1|v1beta1)\/projects\/([^/]+)\/locations\/([^/]+)\/publishers\/google\/models\/([^/:]+):fetchPredictOperation$/;
const GCS_OBJECT = /^\/storage\/v1\/b\/([^/]+)\/o\/(.+)$/;

const GEMINI_RESPONSE_TYPE = 'type.googleapis.com/google.ai.generativelanguage.v1beta.PredictLongRunningResponse';
const VERTEX_RESPONSE_TYPE = 'type.googleapis.com/cloud.ai.large_models.vision.GenerateVideoResponse';
/** Wording modelled on Google's RAI refusals; the exact strings are not documented (research §10.3). */
const RAI_REASONS: Readonly<Record<GoogleEmulatorPlatform, string>> = {
  'gemini-api':
    "Veo could not generate videos because the input prompt violates Gemini API's usage guidelines. You will not be charged for blocked videos. Support codes: 58061214",
  'vertex-ai':
    "Veo could not generate videos because the input prompt violates Vertex AI's usage guidelines. You will not be charged for blocked videos. Support codes: 58061214",
};
const FAILURE_STATUS = { code: 13, message: 'Video generation failed due to an internal error. Please try again later.' };

/**
 * Google Veo over Node http, on both platforms (research/providers.md §2): Gemini API
 * (`x-goog-api-key`, `POST /v1beta/models/{m}:predictLongRunning`, `GET /v1beta/{operation}`, file
 * URIs downloaded with the key through a signed redirect) and Vertex AI (bearer token and project,
 * `:fetchPredictOperation`, inline base64 or gs:// results read through the Cloud Storage JSON API).
 * Errors use Google's envelope; retired ids answer with the platform's real not-found message.
 */
export function createGoogleEmulator(options: GoogleEmulatorOptions): GoogleEmulator {
  const now = options.now ?? Date.now;
  const basePath = options.basePath ?? '/google';
  const pollsUntilDone = options.pollsUntilDone ?? 2;
  const fileUriOrigin = (options.fileUriOrigin ?? 'https://generativelanguage.googleapis.com').replace(/\/+$/, '');
  const operations = new Map<string, GoogleEmulatorOperation>();
  const filesById = new Map<string, GoogleEmulatorOperation>();
  const objects = new Map<string, GoogleEmulatorOperation>();
  const inlineVideo = Buffer.from(options.videoBytes).toString('base64');
  const servedClip = createServedClips(options.videoBytes);
  /** A Veo result as long as the request's durationSeconds; Omni results (no operation) are the clip as it is. */
  const resultClip = (operation: GoogleEmulatorOperation | undefined) => servedClip({ durationSeconds: operation?.create.durationSeconds });

  const fail = (res: ServerResponse, failure: GoogleEmulatorFailure) => sendJson(res, failure.httpStatus, googleErrorEnvelope(failure));
  /** Answers with the failure and reports the request as handled. */
  const refuse = (res: ServerResponse, failure: GoogleEmulatorFailure): true => {
    fail(res, failure);
    return true;
  };
  const legacy = options.legacyGeminiVeo === true;
  const omniModels = options.omniModels ?? Object.keys(GOOGLE_OMNI_MODELS);
  const omni = createInteractionsEmulation({
    now,
    pollsUntilDone,
    fileUriOrigin,
    videoBase64: inlineVideo,
    outcomeFor,
    servedModels: omniModels,
  });
  const vertexOmni = createInteractionsEmulation({
    now,
    pollsUntilDone,
    fileUriOrigin,
    videoBase64: inlineVideo,
    outcomeFor,
    servedModels: options.vertexOmniModels ?? Object.keys(GOOGLE_VERTEX_OMNI_MODELS),
    models: GOOGLE_VERTEX_OMNI_MODELS,
    apiVersion: 'v1beta1',
  });
  const models = (platform: GoogleEmulatorPlatform) =>
    options.models?.[platform] ?? (legacy && platform === 'gemini-api' ? GOOGLE_LEGACY_GEMINI_MODELS : GOOGLE_EMULATED_MODELS[platform]);
  const retired = (platform: GoogleEmulatorPlatform) =>
    options.retiredModels?.[platform] ??
    (legacy && platform === 'gemini-api' ? GOOGLE_LEGACY_GEMINI_RETIRED_MODELS : GOOGLE_RETIRED_MODELS[platform]);

  function checkGeminiKey(req: IncomingMessage, url: URL): GoogleEmulatorFailure | undefined {
    const key = headerValue(req, 'x-goog-api-key') ?? url.searchParams.get('key') ?? undefined;
    if (key == null || key === '') {
      return {
        httpStatus: 403,
        status: 'PERMISSION_DENIED',
        message:
          "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
      };
    }
    if (key === options.apiKey) return undefined;
    // A wrong key is a 400 on Google APIs, told apart by its ErrorInfo reason.
    return {
      httpStatus: 400,
      status: 'INVALID_ARGUMENT',
      message: 'API key not valid. Please pass a valid API key.',
      details: [
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason: 'API_KEY_INVALID',
          domain: 'googleapis.com',
          metadata: { service: 'generativelanguage.googleapis.com' },
        },
      ],
    };
  }

  function checkBearer(req: IncomingMessage): GoogleEmulatorFailure | undefined {
    const match = /^Bearer\s+(\S+)$/i.exec(headerValue(req, 'authorization') ?? '');
    const expired = options.accessTokenExpiresAtMs != null && now() >= options.accessTokenExpiresAtMs;
    if (match?.[1] === options.accessToken && !expired) return undefined;
    return {
      httpStatus: 401,
      status: 'UNAUTHENTICATED',
      message:
        'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
      details: [
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason:
            match == null
              ? 'CREDENTIALS_MISSING'
              : match[1] === options.accessToken
                ? 'ACCESS_TOKEN_EXPIRED'
                : 'ACCESS_TOKEN_TYPE_UNSUPPORTED',
          domain: 'googleapis.com',
        },
      ],
    };
  }

  async function readJson(req: IncomingMessage): Promise<{ json: unknown } | { failure: GoogleEmulatorFailure }> {
    const read = await readJsonBody(req);
    if (!('failure' in read)) return read;
    return { failure: invalidArgument(read.failure === 'too-large' ? read.message : 'Invalid JSON payload received. Unexpected token.') };
  }

  async function handleCreate(
    req: IncomingMessage,
    res: ServerResponse,
    platform: GoogleEmulatorPlatform,
    model: string,
    projectPath: string,
    modelResource: string,
  ) {
    const read = await readJson(req);
    if ('failure' in read) return fail(res, read.failure);
    const body = read.json;
    if (platform === 'gemini-api' && retired(platform).includes(model)) return fail(res, googleModelShutDown(model));
    if (retired(platform).includes(model) || !models(platform).includes(model))
      return fail(res, googleModelNotFound(platform, model, projectPath));
    const create = validateVeoCreate(body, platform);
    if (isGoogleEmulatorFailure(create)) return fail(res, create);

    const id = platform === 'gemini-api' ? randomBytes(6).toString('hex') : randomUUID();
    const name = `${modelResource}/operations/${id}`;
    const fileId = randomBytes(8).toString('hex');
    const gcsUri =
      platform === 'vertex-ai' && create.storageUri != null ? `${create.storageUri.replace(/\/+$/, '')}/${id}/sample_0.mp4` : undefined;
    const operation: GoogleEmulatorOperation = {
      name,
      platform,
      model,
      requestBody: body,
      create,
      outcome: outcomeFor(create.prompt),
      polls: 0,
      createdAtMs: now(),
      fileId,
      gcsUri,
    };
    operations.set(name, operation);
    if (platform === 'gemini-api') filesById.set(fileId, operation);
    if (gcsUri != null) objects.set(gcsUri, operation);
    sendJson(res, 200, { name });
  }

  function operationBody(operation: GoogleEmulatorOperation): unknown {
    const done = operation.outcome !== 'never' && operation.polls > pollsUntilDone;
    if (!done) return { name: operation.name };
    if (operation.outcome === 'failed') return { name: operation.name, done: true, error: FAILURE_STATUS };
    const filtered = operation.outcome === 'moderated';
    const rai = filtered ? { raiMediaFilteredCount: 1, raiMediaFilteredReasons: [RAI_REASONS[operation.platform]] } : {};
    if (operation.platform === 'gemini-api') {
      const samples = filtered
        ? {}
        : { generatedSamples: [{ video: { uri: `${fileUriOrigin}/v1beta/files/${operation.fileId}:download?alt=media` } }] };
      return {
        name: operation.name,
        done: true,
        response: { '@type': GEMINI_RESPONSE_TYPE, generateVideoResponse: { ...samples, ...rai } },
      };
    }
    const video =
      operation.gcsUri != null
        ? { gcsUri: operation.gcsUri, mimeType: 'video/mp4' }
        : { bytesBase64Encoded: Buffer.from(resultClip(operation)).toString('base64'), mimeType: 'video/mp4' };
    return {
      name: operation.name,
      done: true,
      response: { '@type': VERTEX_RESPONSE_TYPE, raiMediaFilteredCount: 0, ...(filtered ? rai : { videos: [video] }) },
    };
  }

  const poll = (res: ServerResponse, operation: GoogleEmulatorOperation) => {
    operation.polls++;
    sendJson(res, 200, operationBody(operation));
  };

  const isFinished = (operation: GoogleEmulatorOperation | undefined) =>
    operation != null && operation.outcome === 'success' && operation.polls > pollsUntilDone;
  /** A Gemini file id with a finished result behind it: a Veo operation's or an Omni interaction's. */
  const isFileReady = (fileId: string) => isFinished(filesById.get(fileId)) || omni.isFileReady(fileId);

  /** `:fetchPredictOperation`: the body names an operation of this model. */
  async function handleFetchOperation(req: IncomingMessage, res: ServerResponse, modelResource: string): Promise<void> {
    const read = await readJson(req);
    if ('failure' in read) return fail(res, read.failure);
    const body = read.json;
    const operationName = typeof body === 'object' && body != null ? (body as Record<string, unknown>).operationName : undefined;
    if (typeof operationName !== 'string' || !operationName.startsWith(`${modelResource}/operations/`)) {
      return fail(res, invalidArgument('operationName must name an operation of this model.', 'operationName'));
    }
    const operation = operations.get(operationName);
    if (operation == null) return fail(res, { httpStatus: 404, status: 'NOT_FOUND', message: `Operation ${operationName} not found.` });
    poll(res, operation);
  }

  async function handleStorageObject(req: IncomingMessage, res: ServerResponse, url: URL, bucket: string, object: string): Promise<void> {
    const operation = objects.get(`gs://${bucket}/${object}`);
    if (!isFinished(operation)) {
      return sendJson(res, 404, {
        error: { code: 404, message: `No such object: ${bucket}/${object}`, errors: [{ domain: 'global', reason: 'notFound' }] },
      });
    }
    if (url.searchParams.get('alt') !== 'media') {
      return sendJson(res, 200, {
        kind: 'storage#object',
        bucket,
        name: object,
        contentType: 'video/mp4',
        size: String(resultClip(operation).length),
      });
    }
    await sendBytes(req, res, resultClip(operation), 'video/mp4');
  }

  /**
   * Credentials (and Vertex's project and location) are checked before the route's method, as on
   * Google's front end: the Gemini API takes a key, Vertex AI and Cloud Storage a bearer token; a
   * signed download link is its own credential, as on Google's CDN.
   */
  function checkCredentials(req: IncomingMessage, res: ServerResponse, url: URL, pathname: string): boolean {
    if (pathname.startsWith('/v1beta/')) {
      const keyFailure = checkGeminiKey(req, url);
      return keyFailure != null && refuse(res, keyFailure);
    }
    if (pathname.startsWith('/storage/')) {
      if (checkBearer(req) == null) return false;
      sendJson(res, 401, {
        error: {
          code: 401,
          message:
            "Anonymous caller does not have storage.objects.get access to the Google Cloud Storage object. Permission 'storage.objects.get' denied on resource (or it may not exist).",
          errors: [{ domain: 'global', reason: 'required' }],
        },
      });
      return true;
    }
    const vertex = VERTEX_SCOPE.exec(pathname);
    if (vertex == null) return false;
    const [, project, location, rest] = vertex as unknown as [string, string, string, string];
    const authFailure = checkBearer(req);
    if (authFailure != null) return refuse(res, authFailure);
    const scope = `projects/${project}/locations/${location}`;
    const model = VERTEX_PUBLISHER_MODEL.exec(rest)?.[1];
    if (project !== options.project) {
      const resource = model == null ? scope : `${scope}/publishers/google/models/${model}`;
      return refuse(res, {
        httpStatus: 403,
        status: 'PERMISSION_DENIED',
        message: `Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/${resource}' (or it may not exist).`,
        details: [
          { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'IAM_PERMISSION_DENIED', domain: 'aiplatform.googleapis.com' },
        ],
      });
    }
    // Omni is served in `global` only (research §1); how Vertex words the refusal elsewhere is our
    // inference (I).
    if (rest.startsWith('interactions') && location !== GOOGLE_VERTEX_OMNI_LOCATION) {
      return refuse(res, {
        httpStatus: 404,
        status: 'NOT_FOUND',
        message: `The Interactions API is not available in location ${location}; use ${GOOGLE_VERTEX_OMNI_LOCATION}.`,
      });
    }
    return false;
  }

  const vertexModelResource = ([, project, location, model]: readonly string[]) =>
    `projects/${project}/locations/${location}/publishers/google/models/${model}`;

  const handle = routeTable(
    [
      {
        methods: ['GET', 'HEAD'],
        pattern: SIGNED_DOWNLOAD,
        handle: async ({ req, res, url, params }) => {
          const fileId = params[0]!;
          if (!isFileReady(fileId) || url.searchParams.get('Signature') !== fileId) {
            return void res.writeHead(403, { 'content-type': 'text/plain' }).end('Access denied.');
          }
          await sendBytes(req, res, resultClip(filesById.get(fileId)), 'video/mp4');
        },
      },
      {
        methods: ['GET'],
        pattern: GEMINI_FILE,
        handle: ({ req, res, params }) => {
          const fileId = params[0]!;
          if (!isFileReady(fileId)) return fail(res, { httpStatus: 404, status: 'NOT_FOUND', message: `File ${fileId} not found.` });
          // The real API answers with a redirect to a signed URL (research §2: `curl -L`). Omni's
          // `delivery: "uri"` results are assumed to be the same Gemini files (I: the URI form is not
          // documented in anything we could read).
          const location = `${requestOrigin(req)}${basePath}/signed-downloads/${fileId}?Expires=${Math.floor(now() / 1000) + 172_800}&Signature=${fileId}`;
          res.writeHead(302, { location, 'content-length': '0' }).end();
        },
      },
      {
        methods: ['GET'],
        pattern: GEMINI_MODELS,
        handle: ({ res, url }) => {
          const listed = listGeminiModels(
            models('gemini-api'),
            options.otherListedModels ?? GEMINI_LISTED_OTHER_MODELS,
            url.searchParams,
            omniModels,
          );
          if ('failure' in listed) return fail(res, listed.failure);
          sendJson(res, 200, listed.page);
        },
      },
      ...omni.routes('/v1beta', readJson),
      ...vertexOmni.routes('/v1beta1/projects/[^/]+/locations/[^/]+', readJson),
      {
        methods: ['POST'],
        pattern: GEMINI_CREATE,
        handle: async ({ req, res, params }) => {
          const model = params[0]!;
          // Omni answers only on the Interactions API (T: TanStack/ai #871 quotes this 400).
          if (omniModels.includes(model)) return fail(res, invalidArgument('This model only supports Interactions API.'));
          await handleCreate(req, res, 'gemini-api', model, '', `models/${model}`);
        },
      },
      {
        methods: ['GET'],
        pattern: GEMINI_OPERATION,
        handle: ({ res, params }) => {
          const operation = operations.get(params[0]!);
          if (operation?.platform !== 'gemini-api')
            return fail(res, { httpStatus: 404, status: 'NOT_FOUND', message: `Operation ${params[0]} not found.` });
          poll(res, operation);
        },
      },
      {
        methods: ['POST'],
        pattern: VERTEX_CREATE,
        handle: ({ req, res, params }) =>
          handleCreate(req, res, 'vertex-ai', params[3]!, `projects/${params[1]}/locations/${params[2]}`, vertexModelResource(params)),
      },
      {
        methods: ['POST'],
        pattern: VERTEX_FETCH,
        handle: ({ req, res, params }) => handleFetchOperation(req, res, vertexModelResource(params)),
      },
      {
        methods: ['GET', 'HEAD'],
        pattern: GCS_OBJECT,
        handle: ({ req, res, url, params }) => handleStorageObject(req, res, url, params[0]!, params[1]!),
      },
    ],
    {
      matchDecodedPath: true,
      before: ({ req, res, url }) => checkCredentials(req, res, url, safeDecode(url.pathname)),
      // Google's front end answers a method a path does not take as an unknown method: 404, no Allow.
      answerWrongMethod: ({ res }) => fail(res, { httpStatus: 404, status: 'NOT_FOUND', message: 'Method not found.' }),
    },
  );

  return { handle, operations, interactions: omni.interactions, vertexInteractions: vertexOmni.interactions };
}

function outcomeFor(prompt: string): GoogleEmulatorOutcome {
  if (prompt.includes(GOOGLE_PROMPT_MARKERS.never)) return 'never';
  if (prompt.includes(GOOGLE_PROMPT_MARKERS.moderate)) return 'moderated';
  if (prompt.includes(GOOGLE_PROMPT_MARKERS.fail)) return 'failed';
  return 'success';
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function safeDecode(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
