import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readJsonBody, requestOrigin, sendBytes, sendJson } from '../emulator-http';
import { createServedClips } from '../served-clips';
import { routeTable, type EmulatorRoute, type RoutedRequest } from '../emulator-routes';
import {
  FAL_EMULATED_ENDPOINTS,
  FAL_RETIRED_ENDPOINTS,
  falOutputHasAudio,
  validateFalInput,
  type FalEmulatedEndpoint,
} from './fal-emulator-endpoints';

/** Prompt markers that script an outcome; any other prompt succeeds. */
const FAL_PROMPT_MARKERS = {
  /** The result is a 422 `content_policy_violation`. */
  moderate: '[moderate]',
  /** The result is a 500 runner error. */
  fail: '[fail]',
  /** Never leaves IN_PROGRESS. */
  never: '[never]',
} as const;

type FalQueueState = 'IN_QUEUE' | 'IN_PROGRESS' | 'COMPLETED';

/** A queued request as the emulator stores it; tests read these to see exactly what was sent. */
interface FalEmulatorRequest {
  readonly requestId: string;
  readonly endpointId: string;
  /** `{owner}/{alias}` (with namespace): where status, result and cancel live. */
  readonly appPath: string;
  /** The submitted input exactly as received (parsed JSON). */
  readonly input: Record<string, unknown>;
  /** Status reads so far; the state advances with them. */
  polls: number;
  cancelled: boolean;
  readonly createdAtMs: number;
}

export interface FalEmulatorOptions {
  /** The FAL_KEY it accepts in `Authorization: Key …`. */
  readonly apiKey: string;
  /** The MP4 every successful request returns. */
  readonly videoBytes: Uint8Array;
  /** Absolute path this emulator is mounted under, for the URLs it hands out. @default '/fal' */
  readonly basePath?: string;
  /** ms since epoch. @default Date.now */
  readonly now?: () => number;
  /** Status reads answered IN_QUEUE, queue_position counting down to 0. @default 2 */
  readonly queuedPolls?: number;
  /** Status reads answered IN_PROGRESS after that, before COMPLETED. @default 1 */
  readonly runningPolls?: number;
  /** @default FAL_EMULATED_ENDPOINTS */
  readonly endpoints?: Readonly<Record<string, FalEmulatedEndpoint>>;
}

export interface FalEmulator {
  handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean>;
  /** By request id. */
  readonly requests: ReadonlyMap<string, FalEmulatorRequest>;
}

const NAMESPACES = ['workflows', 'comfy'];
const STATUS_ROUTE = /^\/(.+?)\/requests\/([^/]+)\/status$/;
const CANCEL_ROUTE = /^\/(.+?)\/requests\/([^/]+)\/cancel$/;
const RESULT_ROUTE = /^\/(.+?)\/requests\/([^/]+)$/;
/**
 * A submit: any path but a request's own (status, cancel, result) and the SSE status stream, which
 * is not emulated (clients poll, the SDK's default mode).
 */
const SUBMIT_ROUTE = /^\/(?!.*\/status\/stream$)(?!.+?\/requests\/[^/]+(?:\/status|\/cancel)?$)(.+)$/;
const FILE_ROUTE = /^\/files\/([^/]+)\/output\.mp4$/;
const CONTENT_POLICY_MESSAGE = 'The content could not be processed because it contained material flagged by a content checker.';

/**
 * fal.ai's queue over Node http, faithful to research/providers.md §6: `Authorization: Key`,
 * submit on the full endpoint id, status/result/cancel on `{owner}/{alias}` only, IN_QUEUE (with
 * queue_position) → IN_PROGRESS (with logs) → COMPLETED over polls, status 202 while running and
 * 200 when complete, and every failure — validation, moderation, runner error, cancellation —
 * surfacing only when the result is fetched. Result files are public, as on fal's CDN.
 */
export function createFalEmulator(options: FalEmulatorOptions): FalEmulator {
  const now = options.now ?? Date.now;
  const basePath = options.basePath ?? '/fal';
  const queuedPolls = options.queuedPolls ?? 2;
  const runningPolls = options.runningPolls ?? 1;
  const endpoints = options.endpoints ?? FAL_EMULATED_ENDPOINTS;
  const servedClip = createServedClips(options.videoBytes);
  const requests = new Map<string, FalEmulatorRequest>();

  const stateOf = (request: FalEmulatorRequest): FalQueueState => {
    if (request.cancelled) return 'COMPLETED';
    if (request.polls <= queuedPolls) return 'IN_QUEUE';
    if (promptOf(request).includes(FAL_PROMPT_MARKERS.never) || request.polls <= queuedPolls + runningPolls) return 'IN_PROGRESS';
    return 'COMPLETED';
  };

  const urlsOf = (req: IncomingMessage, request: FalEmulatorRequest) => {
    const requestUrl = `${requestOrigin(req)}${basePath}/${request.appPath}/requests/${request.requestId}`;
    return { response_url: requestUrl, status_url: `${requestUrl}/status`, cancel_url: `${requestUrl}/cancel` };
  };

  async function handleSubmit(req: IncomingMessage, res: ServerResponse, endpointId: string): Promise<void> {
    const endpoint = endpoints[endpointId];
    if (endpoint == null || FAL_RETIRED_ENDPOINTS.includes(endpointId)) {
      const app = appPathOf(endpointId);
      const appKnown =
        Object.keys(endpoints).some((id) => appPathOf(id) === app) && !FAL_RETIRED_ENDPOINTS.some((id) => appPathOf(id) === app);
      // Exact wording unverified; fal answers unknown apps and paths with 404 and a `detail` sentence.
      sendJson(res, 404, {
        detail: appKnown ? `Path '/${endpointId.slice(app.length + 1)}' not found` : `Application '${app.split('/').at(-1)}' not found`,
      });
      return;
    }
    const read = await readJsonBody(req);
    if ('failure' in read) {
      sendJson(res, 400, { detail: read.failure === 'too-large' ? read.message : 'Request body is not valid JSON' });
      return;
    }
    const input = read.json;
    if (typeof input !== 'object' || input == null || Array.isArray(input)) {
      sendJson(res, 400, { detail: 'Request body must be a JSON object' });
      return;
    }
    const request: FalEmulatorRequest = {
      requestId: randomUUID(),
      endpointId,
      appPath: appPathOf(endpointId),
      input: input as Record<string, unknown>,
      polls: 0,
      cancelled: false,
      createdAtMs: now(),
    };
    requests.set(request.requestId, request);
    sendJson(
      res,
      200,
      {
        status: 'IN_QUEUE',
        request_id: request.requestId,
        ...urlsOf(req, request),
        queue_position: queuedPolls,
        gateway_request_id: request.requestId,
      },
      { 'x-fal-request-id': request.requestId },
    );
  }

  function handleStatus(req: IncomingMessage, res: ServerResponse, request: FalEmulatorRequest, withLogs: boolean): void {
    if (stateOf(request) !== 'COMPLETED') request.polls++;
    const state = stateOf(request);
    const logs =
      state === 'IN_QUEUE'
        ? []
        : [{ message: 'Generating video', level: 'INFO', source: 'user', timestamp: new Date(request.createdAtMs).toISOString() }];
    sendJson(res, state === 'COMPLETED' ? 200 : 202, {
      status: state,
      request_id: request.requestId,
      ...urlsOf(req, request),
      ...(state === 'IN_QUEUE' ? { queue_position: Math.max(0, queuedPolls - request.polls) } : {}),
      logs: withLogs ? logs : null,
      metrics: state === 'COMPLETED' ? { inference_time: 42.5 } : {},
    });
  }

  async function handleResult(req: IncomingMessage, res: ServerResponse, request: FalEmulatorRequest): Promise<void> {
    const headers = { 'x-fal-request-id': request.requestId };
    if (stateOf(request) !== 'COMPLETED') return sendJson(res, 400, { detail: 'Request is still in progress' }, headers);
    if (request.cancelled) {
      return sendJson(
        res,
        499,
        { detail: 'Request was cancelled by the client', error_type: 'client_cancelled' },
        { ...headers, 'x-fal-error-type': 'client_cancelled' },
      );
    }
    const problems = validateFalInput(endpoints[request.endpointId]!, request.input);
    if (problems.length > 0) return sendJson(res, 422, { detail: problems }, headers);
    const prompt = promptOf(request);
    if (prompt.includes(FAL_PROMPT_MARKERS.moderate)) {
      return sendJson(
        res,
        422,
        {
          detail: [
            {
              loc: ['body', 'prompt'],
              msg: CONTENT_POLICY_MESSAGE,
              type: 'content_policy_violation',
              url: 'https://docs.fal.ai/errors#content_policy_violation',
              ctx: {},
              input: prompt,
            },
          ],
        },
        { ...headers, 'x-fal-retryable': 'false' },
      );
    }
    if (prompt.includes(FAL_PROMPT_MARKERS.fail)) {
      return sendJson(
        res,
        500,
        { detail: 'The runner failed while generating the video.', error_type: 'runner_server_error' },
        { ...headers, 'x-fal-error-type': 'runner_server_error' },
      );
    }
    sendJson(
      res,
      200,
      {
        video: {
          url: `${requestOrigin(req)}${basePath}/files/${request.requestId}/output.mp4`,
          content_type: 'video/mp4',
          file_name: 'output.mp4',
          file_size: outputOf(request).length,
        },
      },
      headers,
    );
  }

  /**
   * The clip a finished request serves: as long as its `duration` asked ("10", "8s" or 10), silent when
   * the input switched audio off or the endpoint has none.
   */
  function outputOf(request: FalEmulatorRequest): Uint8Array {
    const endpoint = endpoints[request.endpointId];
    const silent = endpoint != null && !falOutputHasAudio(endpoint, request.input);
    const durationSeconds = Number.parseFloat(String(request.input.duration));
    return servedClip({ durationSeconds: Number.isFinite(durationSeconds) ? durationSeconds : undefined, silent });
  }

  function handleCancel(res: ServerResponse, request: FalEmulatorRequest): void {
    if (stateOf(request) === 'COMPLETED') return sendJson(res, 400, { status: 'ALREADY_COMPLETED' });
    request.cancelled = true;
    sendJson(res, 202, { status: 'CANCELLATION_REQUESTED' });
  }

  /** Status, result and cancel name a request of this app: another id (or app) is fal's 404. */
  const onRequest =
    (
      handler: (request: RoutedRequest, queued: FalEmulatorRequest) => void | Promise<void>,
      notFoundBody: unknown = { detail: 'Request not found' },
    ) =>
    async (request: RoutedRequest): Promise<void> => {
      const [appPath, requestId] = request.params as [string, string];
      const queued = requests.get(requestId);
      if (queued?.appPath !== appPath) return sendJson(request.res, 404, notFoundBody);
      await handler(request, queued);
    };

  // Result files are public, as on fal's CDN: no key needed.
  const fileRoute: EmulatorRoute = {
    methods: ['GET', 'HEAD'],
    pattern: FILE_ROUTE,
    handle: async ({ req, res, params }) => {
      const request = requests.get(params[0]!);
      if (request == null || stateOf(request) !== 'COMPLETED' || request.cancelled) {
        return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
      }
      await sendBytes(req, res, outputOf(request), 'video/mp4');
    },
  };

  const handle = routeTable(
    [
      fileRoute,
      {
        methods: ['GET'],
        pattern: STATUS_ROUTE,
        handle: onRequest(({ req, res, url }, queued) => handleStatus(req, res, queued, url.searchParams.get('logs') === '1')),
      },
      {
        methods: ['PUT'],
        pattern: CANCEL_ROUTE,
        handle: onRequest(({ res }, queued) => handleCancel(res, queued), { status: 'NOT_FOUND' }),
      },
      { methods: ['GET'], pattern: RESULT_ROUTE, handle: onRequest(({ req, res }, queued) => handleResult(req, res, queued)) },
      // Any other path is an endpoint id to submit to; other methods on it are unknown paths.
      {
        methods: ['POST'],
        pattern: SUBMIT_ROUTE,
        fallback: true,
        handle: ({ req, res, params }) => handleSubmit(req, res, params[0]!.replace(/\/+$/, '')),
      },
    ],
    {
      before: ({ req, res }, route) => {
        if (route === fileRoute) return false;
        const authFailure = checkKey(req.headers.authorization, options.apiKey);
        if (authFailure == null) return false;
        sendJson(res, 401, { detail: authFailure });
        return true;
      },
      errorBody: () => ({ detail: 'Method Not Allowed' }),
    },
  );

  return { handle, requests };
}

/** `{owner}/{alias}` (with its namespace), the part status, result and cancel URLs keep. */
function appPathOf(endpointId: string): string {
  const parts = endpointId.split('/');
  return parts.slice(0, NAMESPACES.includes(parts[0] ?? '') ? 3 : 2).join('/');
}

function promptOf(request: FalEmulatorRequest): string {
  return typeof request.input.prompt === 'string' ? request.input.prompt : '';
}

/** Why `Authorization` is refused (fal's wording, unverified), or undefined when it is the key. */
function checkKey(authorization: string | undefined, apiKey: string): string | undefined {
  if (authorization == null || authorization.trim() === '') return 'Missing authorization header';
  const match = /^Key\s+(\S+)$/.exec(authorization.trim());
  if (match == null) return 'Invalid Key Authorization header format';
  return match[1] === apiKey ? undefined : 'No user found for Key ID and Secret';
}
