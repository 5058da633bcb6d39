import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { takeScriptedFault } from '../faults/take-scripted-fault';
import { inspectMp4 } from '../../media';
import { routeTable, type RoutedRequest } from '../emulator-routes';
import { readJsonBody, requestOrigin, sendBytes, sendJson } from '../emulator-http';
import { createServedClips } from '../served-clips';
import { verifyKlingToken } from './kling-emulator-auth';
import { KLING_EMULATED_OMNI_MODELS, validateKlingOmniCreate } from './kling-emulator-omni-request';
import { isKlingRequestFailure, KLING_EMULATED_MODELS, validateKlingCreate, type KlingEmulatorCreate } from './kling-emulator-request';

type KlingTaskStatus = 'submitted' | 'processing' | 'succeed' | 'failed';
type KlingTaskEndpointName = 'text2video' | 'image2video' | 'omni-video';

/** A task as the emulator stores it; tests read these to see exactly what was sent. */
interface KlingEmulatorTask {
  readonly taskId: string;
  /** The family it was created in; it is queried and listed there only, as on Kling. */
  readonly endpoint: KlingTaskEndpointName;
  readonly externalTaskId?: string;
  /** The create body exactly as received (parsed JSON). */
  readonly requestBody: unknown;
  readonly create: KlingEmulatorCreate;
  status: KlingTaskStatus;
  statusMessage: string;
  /** Single-task GETs so far; status advances with them. */
  polls: number;
  readonly createdAtMs: number;
  updatedAtMs: number;
}

/** A scripted answer for the next API request(s), after authentication. */
interface KlingEmulatorFault {
  readonly status: number;
  readonly code: number;
  readonly message: string;
  readonly headers?: Record<string, string>;
  /** @default 1 */
  readonly times?: number;
}

export interface KlingEmulatorOptions {
  readonly accessKey: string;
  readonly secretKey: string;
  /** The MP4 every successful task returns. */
  readonly videoBytes: Uint8Array;
  /** Absolute path this emulator is mounted under, for file URLs. @default '/kling' */
  readonly basePath?: string;
  /** ms since epoch. @default Date.now */
  readonly now?: () => number;
  /** GETs a task spends in `processing` before `succeed`. @default 2 */
  readonly processingPolls?: number;
  /** Unfinished tasks allowed at once; more gets 429/1303, like a resource pack. @default unlimited */
  readonly maxConcurrentTasks?: number;
  /**
   * model_name values served on text2video/image2video and on omni-video; any other is refused
   * 404/1203. Leave out `kling-v4` (our guess of Kling 4.0's id) to play a Kling that does not know it.
   * @default KLING_EMULATED_MODELS and KLING_EMULATED_OMNI_MODELS
   */
  readonly models?: { readonly video?: readonly string[]; readonly omni?: readonly string[] };
}

export interface KlingEmulator {
  handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean>;
  readonly tasks: ReadonlyMap<string, KlingEmulatorTask>;
  /** Makes the next authenticated API request(s) fail this way. */
  injectFault(fault: KlingEmulatorFault): void;
}

/** Prompt markers (README, sandbox): output moderation as Kling reports it, a generic failure, a task that never ends. */
const KLING_PROMPT_MARKERS = { moderate: '[moderate]', fail: '[fail]', never: '[never]' } as const;
const MODERATION_MESSAGE = 'Failure to pass the risk control system: the content may violate the content safety policy (1301)';
const FAILURE_MESSAGE = 'Task failed due to an internal error; please try again later';
const TASK_FAMILY_PATH = /^\/v1\/videos\/(text2video|image2video|omni-video)$/;
const ONE_TASK_PATH = /^\/v1\/videos\/(text2video|image2video|omni-video)\/([^/?]+)$/;
/** Base64 makes a 10 MB image about 13.4 MB of JSON. */
const MAX_IMAGE2VIDEO_BODY_BYTES = 15_000_000;
const FILE_PATH = /^\/files\/([^/?]+)\.mp4$/;

/**
 * Kling's text-to-video, image-to-video and omni-video APIs over Node http, faithful to the documented wire protocol
 * (research/providers.md §3): JWT auth with service codes, the `{code, message, request_id, data}`
 * envelope, string durations, external_task_id, submitted → processing → succeed over polls, and
 * result files served from the same server with a Content-Length.
 */
export function createKlingEmulator(options: KlingEmulatorOptions): KlingEmulator {
  const now = options.now ?? Date.now;
  const basePath = options.basePath ?? '/kling';
  const processingPolls = options.processingPolls ?? 2;
  const tasks = new Map<string, KlingEmulatorTask>();
  const faults: KlingEmulatorFault[] = [];
  let taskCounter = 0;
  const servedClip = createServedClips(options.videoBytes);
  const servedClipOf = (task: KlingEmulatorTask) => servedClip({ durationSeconds: task.create.durationSeconds });

  const fail = (res: ServerResponse, status: number, code: number, message: string, headers?: Record<string, string>) =>
    sendJson(res, status, { code, message, request_id: randomUUID(), data: null }, headers);
  const succeed = (res: ServerResponse, data: unknown) =>
    sendJson(res, 200, { code: 0, message: 'SUCCEED', request_id: randomUUID(), data });

  const findTask = (endpoint: KlingTaskEndpointName, id: string) =>
    [...tasks.values()].find((task) => task.endpoint === endpoint && (task.taskId === id || task.externalTaskId === id));

  const taskData = (req: IncomingMessage, task: KlingEmulatorTask) => ({
    task_id: task.taskId,
    task_status: task.status,
    task_status_msg: task.statusMessage,
    task_info: task.externalTaskId == null ? {} : { external_task_id: task.externalTaskId },
    ...(task.status === 'succeed'
      ? {
          task_result: {
            videos: [
              {
                id: `${task.taskId}-0`,
                url: `${requestOrigin(req)}${basePath}/files/${task.taskId}.mp4`,
                duration: describeDuration(servedClipOf(task)) ?? String(task.create.durationSeconds),
              },
            ],
          },
        }
      : {}),
    created_at: task.createdAtMs,
    updated_at: task.updatedAtMs,
  });

  const advance = (task: KlingEmulatorTask) => {
    if (task.status === 'succeed' || task.status === 'failed') return;
    task.polls++;
    task.updatedAtMs = now();
    const prompts = [task.create.prompt, ...task.create.shots.map((shot) => shot.prompt)];
    const marked = (marker: string) => prompts.some((prompt) => prompt.includes(marker));
    if (marked(KLING_PROMPT_MARKERS.moderate)) {
      task.status = 'failed';
      task.statusMessage = MODERATION_MESSAGE;
    } else if (marked(KLING_PROMPT_MARKERS.fail)) {
      task.status = 'failed';
      task.statusMessage = FAILURE_MESSAGE;
    } else if (marked(KLING_PROMPT_MARKERS.never)) {
      task.status = 'processing';
    } else {
      task.status = task.polls > processingPolls ? 'succeed' : 'processing';
    }
  };

  async function handleCreate(req: IncomingMessage, res: ServerResponse, endpoint: KlingTaskEndpointName): Promise<void> {
    const read = await readJsonBody(req, endpoint === 'text2video' ? undefined : MAX_IMAGE2VIDEO_BODY_BYTES);
    if ('failure' in read) {
      return read.failure === 'too-large' ? fail(res, 400, 1201, read.message) : fail(res, 400, 1200, 'Request body is not valid JSON');
    }
    const body = read.json;
    const create =
      endpoint === 'omni-video'
        ? validateKlingOmniCreate(body, options.models?.omni ?? KLING_EMULATED_OMNI_MODELS)
        : validateKlingCreate(body, endpoint, options.models?.video ?? KLING_EMULATED_MODELS);
    if (isKlingRequestFailure(create)) return fail(res, create.status, create.code, create.message);
    if (create.externalTaskId != null && [...tasks.values()].some((task) => task.externalTaskId === create.externalTaskId)) {
      // Kling keeps external_task_id unique per account; a second create with it is refused,
      // which is what makes an accidental double submission visible.
      return fail(res, 400, 1201, `external_task_id ${create.externalTaskId} already exists (duplicate external_task_id)`);
    }
    const running = [...tasks.values()].filter((task) => task.status === 'submitted' || task.status === 'processing').length;
    if (options.maxConcurrentTasks != null && running >= options.maxConcurrentTasks) {
      return fail(res, 429, 1303, 'parallel task over resource pack limit');
    }
    const createdAtMs = now();
    taskCounter++;
    const task: KlingEmulatorTask = {
      taskId: `${createdAtMs}${String(taskCounter).padStart(4, '0')}`,
      endpoint,
      externalTaskId: create.externalTaskId,
      requestBody: body,
      create,
      status: 'submitted',
      statusMessage: '',
      polls: 0,
      createdAtMs,
      updatedAtMs: createdAtMs,
    };
    tasks.set(task.taskId, task);
    succeed(res, {
      task_id: task.taskId,
      task_status: task.status,
      task_info: task.externalTaskId == null ? {} : { external_task_id: task.externalTaskId },
      created_at: task.createdAtMs,
      updated_at: task.updatedAtMs,
    });
  }

  function handleList(req: IncomingMessage, res: ServerResponse, endpoint: KlingTaskEndpointName, query: URLSearchParams): void {
    const pageNum = Number(query.get('pageNum') ?? '1');
    const pageSize = Number(query.get('pageSize') ?? '30');
    if (!Number.isInteger(pageNum) || pageNum < 1) return fail(res, 400, 1201, 'pageNum must be a positive integer');
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 500) return fail(res, 400, 1201, 'pageSize must be from 1 to 500');
    const newestFirst = [...tasks.values()]
      .filter((task) => task.endpoint === endpoint)
      .sort((a, b) => b.createdAtMs - a.createdAtMs || b.taskId.localeCompare(a.taskId));
    succeed(
      res,
      newestFirst.slice((pageNum - 1) * pageSize, pageNum * pageSize).map((task) => taskData(req, task)),
    );
  }

  /** The API answers only with a valid JWT; a scripted fault then takes the call. */
  const api =
    (handler: (request: RoutedRequest, endpoint: KlingTaskEndpointName) => void | Promise<void>) =>
    async (request: RoutedRequest): Promise<void> => {
      const authFailure = verifyKlingToken(request.req.headers.authorization, options, now());
      if (authFailure != null) return fail(request.res, 401, authFailure.code, authFailure.message);
      const fault = takeScriptedFault(faults);
      if (fault != null) return fail(request.res, fault.status, fault.code, fault.message, fault.headers);
      await handler(request, request.params[0] as KlingTaskEndpointName);
    };

  const handle = routeTable(
    [
      {
        // Result files are public CDN links on Kling: no Authorization needed.
        methods: ['GET', 'HEAD'],
        pattern: FILE_PATH,
        handle: async ({ req, res, params }) => {
          const task = tasks.get(params[0]!);
          if (task?.status !== 'succeed') return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
          await sendBytes(req, res, servedClipOf(task), 'video/mp4');
        },
      },
      { methods: ['POST'], pattern: TASK_FAMILY_PATH, handle: api(({ req, res }, endpoint) => handleCreate(req, res, endpoint)) },
      {
        methods: ['GET'],
        pattern: TASK_FAMILY_PATH,
        handle: api(({ req, res, url }, endpoint) => handleList(req, res, endpoint, url.searchParams)),
      },
      {
        methods: ['GET'],
        pattern: ONE_TASK_PATH,
        handle: api(({ req, res, params }, endpoint) => {
          const task = findTask(endpoint, params[1]!);
          if (task == null) return fail(res, 404, 1203, `task ${params[1]} does not exist`);
          advance(task);
          succeed(res, taskData(req, task));
        }),
      },
    ],
    { errorBody: (status, detail) => ({ code: 1202, message: detail, request_id: randomUUID(), data: null }) },
  );

  return {
    handle,
    tasks,
    injectFault: (fault) => {
      faults.push(fault);
    },
  };
}

/** The served clip's real duration as Kling writes it ("5", "5.1"); undefined if it is no MP4. */
function describeDuration(videoBytes: Uint8Array): string | undefined {
  try {
    return String(Math.round(inspectMp4(videoBytes).durationSeconds * 10) / 10);
  } catch {
    return undefined;
  }
}
