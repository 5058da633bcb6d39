import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { takeScriptedFault } from '../faults/take-scripted-fault';
import { routeTable, type RoutedRequest } from '../emulator-routes';
import { readJsonBody, requestOrigin, sendBytes, sendJson } from '../emulator-http';
import { createServedClips } from '../served-clips';
import { checkRunwayAuth } from './runway-emulator-auth';
import {
  isRunwayRequestFailure,
  RUNWAY_EMULATED_MODELS,
  validateRunwayCreate,
  type RunwayEmulatorCreate,
  type RunwayEndpoint,
  type RunwayIssue,
} from './runway-emulator-request';
import { signRunwayOutputToken, verifyRunwayOutputToken } from './runway-output-signature';

type RunwayTaskStatus = 'PENDING' | 'THROTTLED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';

/** A task as the emulator stores it; tests read these to see exactly what was sent. */
interface RunwayEmulatorTask {
  readonly id: string;
  /** The create body exactly as received (parsed JSON). */
  readonly requestBody: unknown;
  readonly create: RunwayEmulatorCreate;
  status: RunwayTaskStatus;
  /** 0..1 while RUNNING. */
  progress: number;
  /** GETs so far; status advances with them. */
  polls: number;
  failure?: string;
  failureCode?: string;
  readonly createdAtMs: number;
}

/** Which request a fault answers. */
type RunwayEmulatorRoute = 'create' | 'retrieve' | 'delete';

/** A scripted answer for the next matching API request(s), after authentication. */
interface RunwayEmulatorFault {
  readonly status: number;
  /** The `error` sentence of Runway's body. */
  readonly error: string;
  readonly issues?: readonly RunwayIssue[];
  readonly headers?: Record<string, string>;
  /** @default 1 */
  readonly times?: number;
  /** @default any route */
  readonly route?: RunwayEmulatorRoute;
}

export interface RunwayEmulatorOptions {
  readonly apiSecret: string;
  /** The MP4 every succeeded task returns (its silent variant for silent models). */
  readonly videoBytes: Uint8Array;
  /** Absolute path this emulator is mounted under, for output URLs. @default '/runway' */
  readonly basePath?: string;
  /** ms since epoch. @default Date.now */
  readonly now?: () => number;
  /** GETs a task spends RUNNING before SUCCEEDED. @default 2 */
  readonly runningPolls?: number;
  /** Tasks allowed to run at once; more wait in THROTTLED, as on a usage tier. @default unlimited */
  readonly maxConcurrentTasks?: number;
  /** How long a signed output URL works after the GET that issued it. @default 24 h ("24-48 hours") */
  readonly outputUrlLifetimeMs?: number;
  /** Model ids no longer offered: creates fail validation on `model`. @default [] */
  readonly retiredModels?: readonly string[];
}

export interface RunwayEmulator {
  handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean>;
  readonly tasks: ReadonlyMap<string, RunwayEmulatorTask>;
  /** Makes the next authenticated API request(s) (of a route, if given) fail this way. */
  injectFault(fault: RunwayEmulatorFault): void;
}

/** Prompt markers: moderated input, generic failure, a task that never ends, a clip without audio. */
const RUNWAY_MODERATION_MARKER = '[moderate]';
const RUNWAY_FAILURE_MARKER = '[fail]';
const RUNWAY_NEVER_MARKER = '[never]';
const RUNWAY_SILENT_MARKER = '[silent]';

const CREATE_PATH = /^\/v1\/(text_to_video|image_to_video)$/;
const TASK_PATH = /^\/v1\/tasks\/([^/]+)$/;
const FILE_PATH = /^\/files\/([^/]+)\.mp4$/;
const DOC_URL = 'https://docs.dev.runwayml.com/errors/errors';

/**
 * Runway's API over Node http, faithful to what `@runwayml/sdk` speaks (research/providers.md §4):
 * Bearer auth plus the required `X-Runway-Version`, `{"error": …, "issues"?: […]}` bodies, strict
 * per-model validation, PENDING → RUNNING (progress 0..1) → SUCCEEDED over polls, THROTTLED over
 * the concurrency limit, failure codes (SAFETY.INPUT.TEXT …), DELETE to cancel, and output files
 * behind `_jwt`-signed URLs that expire (403 afterwards) and are re-signed on every GET.
 */
export function createRunwayEmulator(options: RunwayEmulatorOptions): RunwayEmulator {
  const now = options.now ?? Date.now;
  const basePath = options.basePath ?? '/runway';
  const runningPolls = options.runningPolls ?? 2;
  const urlLifetimeMs = options.outputUrlLifetimeMs ?? 24 * 60 * 60 * 1000;
  const retired = new Set(options.retiredModels ?? []);
  const availableModels = RUNWAY_EMULATED_MODELS.filter((model) => !retired.has(model));
  const signingSecret = randomBytes(32).toString('hex');
  const servedClip = createServedClips(options.videoBytes);
  const tasks = new Map<string, RunwayEmulatorTask>();
  const faults: RunwayEmulatorFault[] = [];

  const fail = (
    res: ServerResponse,
    status: number,
    error: string,
    extra: { issues?: readonly RunwayIssue[]; headers?: Record<string, string> } = {},
  ) => sendJson(res, status, extra.issues == null ? { error } : { error, issues: extra.issues, docUrl: DOC_URL }, extra.headers);

  const isActive = (task: RunwayEmulatorTask) => task.status === 'PENDING' || task.status === 'RUNNING';
  const hasFreeSlot = () => options.maxConcurrentTasks == null || [...tasks.values()].filter(isActive).length < options.maxConcurrentTasks;

  const outputUrl = (req: IncomingMessage, task: RunwayEmulatorTask) => {
    const expiresAtSeconds = Math.floor((now() + urlLifetimeMs) / 1000);
    return `${requestOrigin(req)}${basePath}/files/${task.id}.mp4?_jwt=${signRunwayOutputToken(task.id, expiresAtSeconds, signingSecret)}`;
  };

  /** The SDK's TaskRetrieveResponse union, member by member. */
  const toWire = (req: IncomingMessage, task: RunwayEmulatorTask) => {
    const base = { id: task.id, createdAt: new Date(task.createdAtMs).toISOString(), status: task.status };
    switch (task.status) {
      case 'PENDING':
      case 'THROTTLED':
        return { ...base, estimatedCost: { credits: task.create.credits } };
      case 'RUNNING':
        return { ...base, estimatedCost: { credits: task.create.credits }, progress: task.progress };
      case 'SUCCEEDED':
        return { ...base, cost: { credits: task.create.credits }, output: [outputUrl(req, task)] };
      case 'FAILED':
        return { ...base, cost: { credits: 0 }, failure: task.failure, failureCode: task.failureCode };
      case 'CANCELLED':
        return { ...base, cost: { credits: 0 } };
    }
  };

  const advance = (task: RunwayEmulatorTask) => {
    if (task.status === 'SUCCEEDED' || task.status === 'FAILED' || task.status === 'CANCELLED') return;
    if (task.status === 'THROTTLED') {
      if (!hasFreeSlot()) return;
      task.status = 'PENDING';
    }
    task.polls++;
    const prompt = task.create.promptText;
    if (prompt.includes(RUNWAY_MODERATION_MARKER)) {
      task.status = 'FAILED';
      task.failureCode = 'SAFETY.INPUT.TEXT';
      task.failure = 'The prompt text did not pass content moderation.';
    } else if (prompt.includes(RUNWAY_FAILURE_MARKER)) {
      task.status = 'FAILED';
      task.failureCode = 'INTERNAL.BAD_OUTPUT.CODE01';
      task.failure = 'The generated output did not pass quality checks.';
    } else if (prompt.includes(RUNWAY_NEVER_MARKER)) {
      task.status = 'RUNNING';
      task.progress = Math.min(0.95, task.polls * 0.05);
    } else if (task.polls > runningPolls) {
      task.status = 'SUCCEEDED';
      task.progress = 1;
    } else {
      task.status = 'RUNNING';
      task.progress = Math.round((task.polls / (runningPolls + 1)) * 100) / 100;
    }
  };

  async function handleCreate(req: IncomingMessage, res: ServerResponse, endpoint: RunwayEndpoint): Promise<void> {
    const read = await readJsonBody(req);
    if ('failure' in read)
      return fail(res, read.failure === 'too-large' ? 413 : 400, read.failure === 'too-large' ? read.message : 'Invalid JSON body.');
    const body = read.json;
    const create = validateRunwayCreate(endpoint, body, availableModels);
    if (isRunwayRequestFailure(create)) return fail(res, create.status, create.error, { issues: create.issues });
    const task: RunwayEmulatorTask = {
      id: randomUUID(),
      requestBody: body,
      create,
      // Over the concurrency limit the task waits instead of being refused (§4 "Limits").
      status: hasFreeSlot() ? 'PENDING' : 'THROTTLED',
      progress: 0,
      polls: 0,
      createdAtMs: now(),
    };
    tasks.set(task.id, task);
    sendJson(res, 200, { id: task.id, estimatedCost: { credits: create.credits } });
  }

  async function handleFile(req: IncomingMessage, res: ServerResponse, taskId: string, token: string | null): Promise<void> {
    const task = tasks.get(taskId);
    const check = task?.status === 'SUCCEEDED' ? verifyRunwayOutputToken(token, taskId, signingSecret, now()) : 'invalid';
    if (task == null || check !== 'valid') {
      // A CDN refusing a signed URL: 403, no JSON. The wording is ours.
      res
        .writeHead(403, { 'content-type': 'text/plain; charset=utf-8' })
        .end(check === 'expired' ? 'Forbidden: the signed URL has expired.' : 'Forbidden.');
      return;
    }
    const silent = !task.create.audio || task.create.promptText.includes(RUNWAY_SILENT_MARKER);
    await sendBytes(req, res, servedClip({ durationSeconds: task.create.durationSeconds, silent }), 'video/mp4');
  }

  const takeFault = (route: RunwayEmulatorRoute): RunwayEmulatorFault | undefined =>
    takeScriptedFault(faults, (fault) => fault.route == null || fault.route === route);

  /** The API answers only with the secret and the version header; a scripted fault then takes the call. */
  const api =
    (route: RunwayEmulatorRoute, handler: (request: RoutedRequest) => void | Promise<void>) =>
    async (request: RoutedRequest): Promise<void> => {
      const authFailure = checkRunwayAuth(request.req, options.apiSecret);
      if (authFailure != null) return fail(request.res, authFailure.status, authFailure.error);
      const fault = takeFault(route);
      if (fault != null) return fail(request.res, fault.status, fault.error, { issues: fault.issues, headers: fault.headers });
      await handler(request);
    };

  /** The task of a `/v1/tasks/{id}` call, or a 404 answered in Runway's words. */
  const withTask =
    (handler: (request: RoutedRequest, task: RunwayEmulatorTask) => void) =>
    (request: RoutedRequest): void => {
      const task = tasks.get(request.params[0]!);
      if (task == null) return fail(request.res, 404, 'Task not found.');
      handler(request, task);
    };

  const handle = routeTable(
    [
      // Output files live on a CDN: no Authorization, only the signed URL.
      {
        methods: ['GET', 'HEAD'],
        pattern: FILE_PATH,
        handle: ({ req, res, url, params }) => handleFile(req, res, params[0]!, url.searchParams.get('_jwt')),
      },
      {
        methods: ['POST'],
        pattern: CREATE_PATH,
        handle: api('create', ({ req, res, params }) => handleCreate(req, res, params[0] as RunwayEndpoint)),
      },
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
            // DELETE cancels what is still going and deletes what has finished (SDK `tasks.delete` doc).
            if (task.status === 'PENDING' || task.status === 'THROTTLED' || task.status === 'RUNNING') task.status = 'CANCELLED';
            else tasks.delete(task.id);
            res.writeHead(204).end();
          }),
        ),
      },
    ],
    { errorBody: (_status, detail) => ({ error: detail }) },
  );

  return {
    handle,
    tasks,
    injectFault: (fault) => {
      faults.push(fault);
    },
  };
}
