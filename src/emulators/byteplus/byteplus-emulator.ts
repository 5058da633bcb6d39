import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { routeTable, type RoutedRequest } from '../emulator-routes';
import { readJsonBody, requestOrigin, sendBytes, sendJson } from '../emulator-http';
import { createServedClips } from '../served-clips';
import { takeScriptedFault } from '../faults/take-scripted-fault';
import { byteplusError } from './byteplus-emulator-errors';
import {
  BYTEPLUS_EMULATED_MODELS,
  isBytePlusRequestFailure,
  validateBytePlusCreate,
  type BytePlusEmulatorCreate,
} from './byteplus-emulator-request';

type BytePlusTaskStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled' | 'expired';

/** A task as the emulator stores it; tests read these to see exactly what was sent. */
interface BytePlusEmulatorTask {
  readonly id: string;
  /** The create body exactly as received (parsed JSON). */
  readonly requestBody: unknown;
  readonly create: BytePlusEmulatorCreate;
  status: BytePlusTaskStatus;
  /** GETs so far; status advances with them. */
  polls: number;
  error?: { readonly code: string; readonly message: string };
  /** Unix seconds. */
  readonly createdAtSeconds: number;
  updatedAtSeconds: number;
}

/** Which request a fault answers. */
type BytePlusEmulatorRoute = 'create' | 'retrieve' | 'list' | 'delete';

/** A scripted answer in ModelArk's vocabulary for the next matching API request(s), after authentication. */
interface BytePlusEmulatorFault {
  readonly status: number;
  /** ModelArk's error code, e.g. "AccountOverdueError". */
  readonly code: string;
  readonly message: string;
  readonly headers?: Record<string, string>;
  /** @default 1 */
  readonly times?: number;
  /** @default any route */
  readonly route?: BytePlusEmulatorRoute;
}

export interface BytePlusEmulatorOptions {
  readonly apiKey: string;
  /** The MP4 every succeeded task returns (its silent variant without audio). */
  readonly videoBytes: Uint8Array;
  /** Absolute path this emulator is mounted under, for output URLs. @default '/byteplus' */
  readonly basePath?: string;
  /** ms since epoch. @default Date.now */
  readonly now?: () => number;
  /** GETs a task spends queued, then running, before it succeeds. @default 1 and 2 */
  readonly queuedPolls?: number;
  readonly runningPolls?: number;
  /** Models this account has not activated: creates answer 404 ModelNotOpen. @default [] */
  readonly inactiveModels?: readonly string[];
  /** Model ids no longer served: creates answer 404 InvalidEndpointOrModel.NotFound. @default [] */
  readonly retiredModels?: readonly string[];
}

export interface BytePlusEmulator {
  handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean>;
  readonly tasks: ReadonlyMap<string, BytePlusEmulatorTask>;
  /** Makes the next authenticated API request(s) (of a route, if given) fail this way. */
  injectFault(fault: BytePlusEmulatorFault): void;
}

/**
 * Prompt markers: input refused at create, output refused by moderation, a generic failure, a task
 * that never ends, one that outlives its execution window, a clip without audio.
 */
const BYTEPLUS_MODERATION_MARKER = '[moderate]';
const BYTEPLUS_OUTPUT_MODERATION_MARKER = '[moderate-output]';
const BYTEPLUS_FAILURE_MARKER = '[fail]';
const BYTEPLUS_NEVER_MARKER = '[never]';
const BYTEPLUS_EXPIRE_MARKER = '[expire]';
const BYTEPLUS_SILENT_MARKER = '[silent]';

/** Results (URL and file) last 24 h after the task ends (research video-apis-2026-12 §6; T×2). */
const RESULT_LIFETIME_SECONDS = 24 * 60 * 60;
const TASKS_PATH = /^\/contents\/generations\/tasks$/;
const TASK_PATH = /^\/contents\/generations\/tasks\/([^/]+)$/;
const FILE_PATH = /^\/files\/([^/]+)\.mp4$/;
/** Inline first frames make bodies large; ModelArk's request limit is 64 MiB (ComfyUI-BytePlus-ModelArk; T). */
const MAX_BODY_BYTES = 64 * 1024 * 1024;
/** List paging; the defaults and the cap are our guess (I). */
const DEFAULT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 500;

/**
 * BytePlus ModelArk's video task API over Node http, as the official Python SDK speaks it
 * (byteplus-python-sdk-v2 `content_generation/tasks.py`: create, get, list with `filter.*`, delete)
 * under Bearer auth, with ModelArk's error envelope; queued → running → succeeded over polls;
 * failures with ModelArk codes (OutputVideoSensitiveContentDetected …); `expired`; DELETE cancels
 * a queued task and removes a finished one; results on signed object-storage URLs that stop
 * working 24 h after the task ends, when the task's `video_url` is cleared too.
 */
export function createBytePlusEmulator(options: BytePlusEmulatorOptions): BytePlusEmulator {
  const now = options.now ?? Date.now;
  const nowSeconds = () => Math.floor(now() / 1000);
  const basePath = options.basePath ?? '/byteplus';
  const queuedPolls = options.queuedPolls ?? 1;
  const runningPolls = options.runningPolls ?? 2;
  const retired = new Set(options.retiredModels ?? []);
  const availableModels = BYTEPLUS_EMULATED_MODELS.filter((model) => !retired.has(model));
  const signingSecret = randomBytes(32);
  const servedClip = createServedClips(options.videoBytes);
  const tasks = new Map<string, BytePlusEmulatorTask>();
  const faults: BytePlusEmulatorFault[] = [];

  const signature = (taskId: string, expiresAtSeconds: number) =>
    createHmac('sha256', signingSecret).update(`${taskId}:${expiresAtSeconds}`).digest('hex');
  const resultExpiresAt = (task: BytePlusEmulatorTask) => task.updatedAtSeconds + RESULT_LIFETIME_SECONDS;

  const videoUrl = (req: IncomingMessage, task: BytePlusEmulatorTask) => {
    const expiresAt = resultExpiresAt(task);
    const query = new URLSearchParams({
      'X-Tos-Algorithm': 'TOS4-HMAC-SHA256',
      'X-Tos-Expires': String(RESULT_LIFETIME_SECONDS),
      'X-Tos-Deadline': String(expiresAt),
      'X-Tos-Signature': signature(task.id, expiresAt),
    });
    return `${requestOrigin(req)}${basePath}/files/${task.id}.mp4?${query.toString()}`;
  };

  /** The SDK's ContentGenerationTask. */
  const toWire = (req: IncomingMessage, task: BytePlusEmulatorTask) => {
    const resultAlive = task.status === 'succeeded' && nowSeconds() < resultExpiresAt(task);
    return {
      id: task.id,
      model: task.create.model,
      status: task.status,
      error: task.error ?? null,
      content: resultAlive ? { video_url: videoUrl(req, task) } : null,
      usage:
        task.status === 'succeeded'
          ? { completion_tokens: task.create.durationSeconds * 20_000, total_tokens: task.create.durationSeconds * 20_000 }
          : null,
      created_at: task.createdAtSeconds,
      updated_at: task.updatedAtSeconds,
      seed: task.create.seed,
      resolution: task.create.resolution,
      ratio: task.create.ratio,
      duration: task.create.durationSeconds,
      framespersecond: 24,
      generate_audio: task.create.generateAudio,
      service_tier: 'default',
      execution_expires_after: 172_800,
    };
  };

  const advance = (task: BytePlusEmulatorTask) => {
    if (task.status !== 'queued' && task.status !== 'running') return;
    task.polls++;
    const prompt = task.create.prompt;
    const finish = (status: BytePlusTaskStatus, error?: { code: string; message: string }) => {
      task.status = status;
      task.error = error;
      task.updatedAtSeconds = nowSeconds();
    };
    if (task.polls <= queuedPolls) return;
    if (prompt.includes(BYTEPLUS_OUTPUT_MODERATION_MARKER)) {
      finish('failed', {
        code: 'OutputVideoSensitiveContentDetected',
        message: 'The request failed because the output video may contain sensitive information.',
      });
    } else if (prompt.includes(BYTEPLUS_FAILURE_MARKER)) {
      finish('failed', { code: 'InternalServiceError', message: 'The service encountered an unexpected internal error.' });
    } else if (prompt.includes(BYTEPLUS_EXPIRE_MARKER)) {
      finish('expired');
    } else if (prompt.includes(BYTEPLUS_NEVER_MARKER) || task.polls <= queuedPolls + runningPolls) {
      if (task.status !== 'running') finish('running');
    } else {
      finish('succeeded');
    }
  };

  async function handleCreate(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const read = await readJsonBody(req, MAX_BODY_BYTES);
    if ('failure' in read) {
      return read.failure === 'too-large'
        ? sendJson(res, 413, byteplusError('InvalidParameter', 'The request body is too large.'))
        : sendJson(res, 400, byteplusError('InvalidParameter', 'The request body is not valid JSON.'));
    }
    const body = read.json;
    const create = validateBytePlusCreate(body, {
      availableModels,
      inactiveModels: options.inactiveModels ?? [],
      pickSeed: () => randomInt(0, 2_147_483_647),
    });
    if (isBytePlusRequestFailure(create)) return sendJson(res, create.status, create.body);
    if (create.prompt.includes(BYTEPLUS_MODERATION_MARKER) && !create.prompt.includes(BYTEPLUS_OUTPUT_MODERATION_MARKER)) {
      // Input moderation refuses the create itself (Ark error codes page: InputTextSensitiveContentDetected, 400).
      return sendJson(
        res,
        400,
        byteplusError('InputTextSensitiveContentDetected', 'The request failed because the input text may contain sensitive information.'),
      );
    }
    const createdAtSeconds = nowSeconds();
    const task: BytePlusEmulatorTask = {
      id: taskId(now()),
      requestBody: body,
      create,
      status: 'queued',
      polls: 0,
      createdAtSeconds,
      updatedAtSeconds: createdAtSeconds,
    };
    tasks.set(task.id, task);
    sendJson(res, 200, { id: task.id });
  }

  function handleList(req: IncomingMessage, res: ServerResponse, query: URLSearchParams): void {
    const pageNum = Number(query.get('page_num') ?? 1);
    const pageSize = Number(query.get('page_size') ?? DEFAULT_PAGE_SIZE);
    if (!Number.isInteger(pageNum) || pageNum < 1)
      return sendJson(res, 400, byteplusError('InvalidParameter.page_num', 'page_num must be a positive integer.', 'page_num'));
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      return sendJson(
        res,
        400,
        byteplusError('InvalidParameter.page_size', `page_size must be an integer from 1 to ${MAX_PAGE_SIZE}.`, 'page_size'),
      );
    }
    const status = query.get('filter.status');
    const model = query.get('filter.model');
    const ids = query.getAll('filter.task_ids');
    // Newest first, as a console list reads.
    const matching = [...tasks.values()]
      .reverse()
      .filter(
        (task) =>
          (status == null || task.status === status) &&
          (model == null || task.create.model === model) &&
          (ids.length === 0 || ids.includes(task.id)),
      );
    const items = matching.slice((pageNum - 1) * pageSize, pageNum * pageSize).map((task) => toWire(req, task));
    sendJson(res, 200, { total: matching.length, items });
  }

  async function handleFile(req: IncomingMessage, res: ServerResponse, id: string, query: URLSearchParams): Promise<void> {
    const task = tasks.get(id);
    const deadline = Number(query.get('X-Tos-Deadline'));
    const given = Buffer.from(query.get('X-Tos-Signature') ?? '', 'utf8');
    const expected = Buffer.from(task == null ? '' : signature(task.id, deadline), 'utf8');
    const signed = task?.status === 'succeeded' && given.length === expected.length && given.length > 0 && timingSafeEqual(given, expected);
    if (task == null || !signed) {
      // Object storage refusing a signed URL: 403 with its own XML body; the wording is ours.
      res
        .writeHead(403, { 'content-type': 'application/xml' })
        .end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>SignatureDoesNotMatch</Code></Error>');
      return;
    }
    if (nowSeconds() >= deadline) {
      res
        .writeHead(403, { 'content-type': 'application/xml' })
        .end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>');
      return;
    }
    const silent = !task.create.generateAudio || task.create.prompt.includes(BYTEPLUS_SILENT_MARKER);
    // As long as the duration the task asked for and reports, like a real result.
    await sendBytes(req, res, servedClip({ durationSeconds: task.create.durationSeconds, silent }), 'video/mp4');
  }

  function checkAuth(req: IncomingMessage): boolean {
    const authorization = req.headers.authorization;
    const match = authorization == null ? null : /^Bearer\s+(.+)$/i.exec(authorization.trim());
    if (match == null) return false;
    const given = Buffer.from(match[1]!);
    const expected = Buffer.from(options.apiKey);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** The API answers only with the key; a scripted fault then takes the call (its body unread). */
  const api =
    (route: BytePlusEmulatorRoute, handler: (request: RoutedRequest) => void | Promise<void>) =>
    async (request: RoutedRequest): Promise<void> => {
      const { req, res } = request;
      if (!checkAuth(req)) {
        req.resume();
        return sendJson(res, 401, byteplusError('AuthenticationError', 'The API key or AK/SK in the request is missing or invalid.'));
      }
      const fault = takeScriptedFault(faults, (candidate) => candidate.route == null || candidate.route === route);
      if (fault != null) {
        req.resume();
        return sendJson(res, fault.status, byteplusError(fault.code, fault.message), fault.headers);
      }
      await handler(request);
    };

  /** The task of a `…/tasks/{id}` call, or a 404 answered in BytePlus's words. */
  const withTask =
    (handler: (request: RoutedRequest, task: BytePlusEmulatorTask) => void) =>
    (request: RoutedRequest): void => {
      const task = tasks.get(request.params[0]!);
      if (task == null) return sendJson(request.res, 404, byteplusError('ResourceNotFound', 'The specified task does not exist.'));
      handler(request, task);
    };

  const handle = routeTable(
    [
      // Result files live on object storage: no Authorization, only the signed URL.
      {
        methods: ['GET', 'HEAD'],
        pattern: FILE_PATH,
        handle: ({ req, res, url, params }) => handleFile(req, res, params[0]!, url.searchParams),
      },
      { methods: ['POST'], pattern: TASKS_PATH, handle: api('create', ({ req, res }) => handleCreate(req, res)) },
      { methods: ['GET'], pattern: TASKS_PATH, handle: api('list', ({ req, res, url }) => handleList(req, res, url.searchParams)) },
      {
        methods: ['GET'],
        pattern: TASK_PATH,
        handle: api(
          'retrieve',
          withTask(({ req, res }, task) => {
            advance(task);
            sendJson(res, 200, toWire(req, task));
          }),
        ),
      },
      {
        methods: ['DELETE'],
        pattern: TASK_PATH,
        handle: api(
          'delete',
          withTask(({ res }, task) => {
            // DELETE cancels a queued task and removes a finished one; a running task cannot be stopped
            // (Composio's BytePlus Ark toolkit and the `seedance` crate: "cancel (queued only)"; T).
            if (task.status === 'running')
              return sendJson(res, 400, byteplusError('InvalidParameter', 'A running task cannot be cancelled.'));
            if (task.status === 'queued') {
              task.status = 'cancelled';
              task.updatedAtSeconds = nowSeconds();
            } else {
              tasks.delete(task.id);
            }
            sendJson(res, 200, {});
          }),
        ),
      },
    ],
    { errorBody: (_status, detail) => byteplusError('InvalidParameter', detail) },
  );

  return {
    handle,
    tasks,
    injectFault: (fault) => {
      faults.push(fault);
    },
  };
}

/** ModelArk's task id shape, `cgt-<yyyyMMddHHmmss>-<5 chars>` (ids in public integrations; T). */
function taskId(nowMs: number): string {
  const stamp = new Date(nowMs).toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `cgt-${stamp}-${randomBytes(4).toString('base64url').slice(0, 5).toLowerCase()}`;
}
