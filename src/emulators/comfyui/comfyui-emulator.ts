import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readJsonBody, sendBytes, sendJson } from '../emulator-http';
import { routeTable } from '../emulator-routes';
import { COMFYUI_EMULATED_MODEL_FILES, COMFYUI_EMULATED_NODES, validateComfyUiPrompt, type ModelFolder } from './comfyui-emulator-nodes';

/**
 * Prompt markers, found in any text input of the workflow. ComfyUI has no content moderation of
 * its own, so "[moderate]" is deliberately ignored here: such a prompt renders like any other.
 */
const COMFYUI_PROMPT_MARKERS = {
  /** The run ends with an execution_error (out of memory in the sampler). */
  fail: '[fail]',
  /** The run never finishes. */
  never: '[never]',
} as const;

type ComfyUiRunState = 'pending' | 'running' | 'success' | 'error' | 'interrupted' | 'deleted';

/** A queued prompt as the emulator stores it; tests read these to see exactly what was sent. */
interface ComfyUiEmulatorPrompt {
  readonly promptId: string;
  readonly number: number;
  /** The workflow graph exactly as received. */
  readonly prompt: Record<string, unknown>;
  readonly clientId?: string;
  readonly extraData: Record<string, unknown>;
  readonly outputNodeIds: readonly string[];
  /** History reads so far; the run advances with them. */
  polls: number;
  /** Removed from the queue (POST /queue delete) or stopped while running (POST /interrupt). */
  stopped?: 'deleted' | 'interrupted';
  readonly createdAtMs: number;
}

export interface ComfyUiEmulatorOptions {
  /** The MP4 every video output serves. */
  readonly videoBytes: Uint8Array;
  /** ms since epoch. @default Date.now */
  readonly now?: () => number;
  /** History reads while the prompt waits in the queue. @default 1 */
  readonly queuedPolls?: number;
  /** History reads while it runs, before its entry appears. @default 1 */
  readonly runningPolls?: number;
  /** Files in the server's model folders. @default COMFYUI_EMULATED_MODEL_FILES */
  readonly modelFiles?: Readonly<Record<ModelFolder, readonly string[]>>;
  /**
   * Refuse (403, empty body) a request to a loopback Host whose Origin names another host:port, as
   * ComfyUI's `create_origin_only_middleware` does without --enable-cors-header (server.py;
   * research §8 "Origin check"). @default true
   */
  readonly checkOrigin?: boolean;
  /**
   * Behave as `main.py --enable-cors-header [ORIGIN]` (comfy/cli_args.py; without ORIGIN it is
   * "*"): server.py then installs `create_cors_middleware` instead of the Origin check — every
   * answer carries Access-Control-Allow-Origin (and -Methods, -Headers, -Credentials) and an
   * OPTIONS preflight is answered 200. @default undefined (the Origin check applies)
   */
  readonly enableCorsHeader?: string;
}

export interface ComfyUiEmulator {
  handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean>;
  /** By prompt id. */
  readonly prompts: ReadonlyMap<string, ComfyUiEmulatorPrompt>;
}

/** Bytes served for outputs that are not video (a still, an animated WEBP): enough to not be an MP4. */
const PLACEHOLDER_IMAGE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * ComfyUI's HTTP API over Node http, faithful to research/providers.md §8 and server.py: no auth,
 * every route also under /api, POST /prompt validating the graph (node_errors per node), GET
 * /history/{id} answering `{}` until the run ends, GET /queue listing running and pending prompts,
 * GET /view serving saved files by filename/subfolder/type, and the loopback Origin check.
 */
export function createComfyUiEmulator(options: ComfyUiEmulatorOptions): ComfyUiEmulator {
  const now = options.now ?? Date.now;
  const queuedPolls = options.queuedPolls ?? 1;
  const runningPolls = options.runningPolls ?? 1;
  const modelFiles = options.modelFiles ?? COMFYUI_EMULATED_MODEL_FILES;
  const prompts = new Map<string, ComfyUiEmulatorPrompt>();
  /** `type/subfolder/filename` → bytes, for /view. */
  const files = new Map<string, Uint8Array>();
  const historyEntries = new Map<string, unknown>();
  let promptNumber = 0;
  let fileCounter = 0;

  const stateOf = (prompt: ComfyUiEmulatorPrompt): ComfyUiRunState => {
    if (prompt.stopped != null) return prompt.stopped;
    if (prompt.polls <= queuedPolls) return 'pending';
    if (textOf(prompt.prompt).includes(COMFYUI_PROMPT_MARKERS.never) || prompt.polls <= queuedPolls + runningPolls) return 'running';
    return textOf(prompt.prompt).includes(COMFYUI_PROMPT_MARKERS.fail) ? 'error' : 'success';
  };

  const queueItem = (prompt: ComfyUiEmulatorPrompt) => [
    prompt.number,
    prompt.promptId,
    prompt.prompt,
    prompt.extraData,
    prompt.outputNodeIds,
  ];

  /** The history entry of a finished run, written once, as ComfyUI's PromptQueue.task_done does. */
  function finish(prompt: ComfyUiEmulatorPrompt, state: 'success' | 'error' | 'interrupted'): unknown {
    const existing = historyEntries.get(prompt.promptId);
    if (existing != null) return existing;
    const timestamp = now();
    const started = ['execution_start', { prompt_id: prompt.promptId, timestamp }];
    let entry: unknown;
    if (state === 'interrupted') {
      entry = {
        prompt: queueItem(prompt),
        outputs: {},
        status: {
          status_str: 'error',
          completed: false,
          messages: [
            started,
            ['execution_interrupted', { prompt_id: prompt.promptId, node_id: '7', node_type: 'KSampler', executed: [], timestamp }],
          ],
        },
        meta: {},
      };
    } else if (state === 'error') {
      const failing =
        Object.entries(prompt.prompt).find(([, node]) => (node as { class_type: string }).class_type === 'KSampler') ??
        Object.entries(prompt.prompt)[0]!;
      entry = {
        prompt: queueItem(prompt),
        outputs: {},
        status: {
          status_str: 'error',
          completed: false,
          messages: [
            started,
            [
              'execution_error',
              {
                prompt_id: prompt.promptId,
                node_id: failing[0],
                node_type: (failing[1] as { class_type: string }).class_type,
                executed: [],
                exception_message: 'Allocation on device 0 would exceed allowed memory. (out of memory)',
                exception_type: 'torch.OutOfMemoryError',
                traceback: ['  File "execution.py", line 345, in execute\n'],
                current_inputs: {},
                current_outputs: {},
                timestamp,
              },
            ],
          ],
        },
        meta: {},
      };
    } else {
      const outputs: Record<string, unknown> = {};
      for (const nodeId of prompt.outputNodeIds) {
        const node = prompt.prompt[nodeId] as { class_type: string; inputs: Record<string, unknown> };
        const output = COMFYUI_EMULATED_NODES[node.class_type]!.output!;
        const extension = output.extension(node.inputs);
        const prefix = typeof node.inputs.filename_prefix === 'string' ? node.inputs.filename_prefix : 'ComfyUI';
        const slash = prefix.lastIndexOf('/');
        const subfolder = slash < 0 ? '' : prefix.slice(0, slash);
        fileCounter++;
        const filename = `${prefix.slice(slash + 1)}_${String(fileCounter).padStart(5, '0')}_.${extension}`;
        files.set(`output/${subfolder}/${filename}`, extension === 'mp4' ? options.videoBytes : PLACEHOLDER_IMAGE);
        const file = { filename, subfolder, type: 'output' };
        outputs[nodeId] =
          output.list === 'gifs'
            ? { gifs: [{ ...file, format: 'video/h264-mp4', frame_rate: 24 }] }
            : { images: [file], animated: [output.animated] };
      }
      entry = {
        prompt: queueItem(prompt),
        outputs,
        status: {
          status_str: 'success',
          completed: true,
          messages: [
            started,
            ['execution_cached', { nodes: [], prompt_id: prompt.promptId, timestamp }],
            ['execution_success', { prompt_id: prompt.promptId, timestamp }],
          ],
        },
        meta: Object.fromEntries(
          prompt.outputNodeIds.map((nodeId) => [
            nodeId,
            { node_id: nodeId, display_node: nodeId, parent_node: null, real_node_id: nodeId },
          ]),
        ),
      };
    }
    historyEntries.set(prompt.promptId, entry);
    return entry;
  }

  async function handlePrompt(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const read = await readJsonBody(req);
    if ('failure' in read) {
      // aiohttp's request.json() raises and ComfyUI has no handler for it: a plain 500.
      res
        .writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
        .end(read.failure === 'too-large' ? read.message : '500 Internal Server Error\n\nServer got itself in trouble');
      return;
    }
    const body = read.json;
    const fields = isRecord(body) ? body : {};
    if (!isRecord(fields.prompt)) {
      sendJson(res, 400, {
        error: { type: 'no_prompt', message: 'No prompt provided', details: 'No prompt provided', extra_info: {} },
        node_errors: {},
      });
      return;
    }
    const validation = validateComfyUiPrompt(fields.prompt, modelFiles);
    if (!validation.ok) {
      sendJson(res, 400, { error: validation.error, node_errors: validation.nodeErrors });
      return;
    }
    const extraData = isRecord(fields.extra_data) ? { ...fields.extra_data } : {};
    if (typeof fields.client_id === 'string') extraData.client_id = fields.client_id;
    const prompt: ComfyUiEmulatorPrompt = {
      promptId: randomUUID(),
      number: promptNumber++,
      prompt: fields.prompt,
      clientId: typeof fields.client_id === 'string' ? fields.client_id : undefined,
      extraData,
      outputNodeIds: validation.outputNodeIds,
      polls: 0,
      createdAtMs: now(),
    };
    prompts.set(prompt.promptId, prompt);
    sendJson(res, 200, { prompt_id: prompt.promptId, number: prompt.number, node_errors: {} });
  }

  function historyOf(prompt: ComfyUiEmulatorPrompt): Record<string, unknown> {
    const state = stateOf(prompt);
    return state === 'success' || state === 'error' || state === 'interrupted' ? { [prompt.promptId]: finish(prompt, state) } : {};
  }

  /** POST /queue: `{delete: [ids]}` drops pending prompts, `{clear: true}` all of them (server.py post_queue). */
  async function handleQueueEdit(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJsonObject(req);
    const doomed =
      body.clear === true
        ? [...prompts.keys()]
        : Array.isArray(body.delete)
          ? body.delete.filter((id): id is string => typeof id === 'string')
          : [];
    for (const id of doomed) {
      const prompt = prompts.get(id);
      if (prompt != null && stateOf(prompt) === 'pending') prompt.stopped = 'deleted';
    }
    res.writeHead(200, { 'content-length': '0' }).end();
  }

  /** POST /interrupt: stops the running prompt; newer builds take `{prompt_id}` to stop only that one. */
  async function handleInterrupt(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJsonObject(req);
    for (const prompt of prompts.values()) {
      if (stateOf(prompt) === 'running' && (body.prompt_id == null || body.prompt_id === prompt.promptId)) prompt.stopped = 'interrupted';
    }
    res.writeHead(200, { 'content-length': '0' }).end();
  }

  const handle = routeTable(
    [
      { methods: ['POST'], pattern: route('/prompt'), handle: ({ req, res }) => handlePrompt(req, res) },
      {
        methods: ['GET'],
        pattern: route('/prompt'),
        handle: ({ res }) => {
          const remaining = [...prompts.values()].filter((prompt) => ['pending', 'running'].includes(stateOf(prompt))).length;
          sendJson(res, 200, { exec_info: { queue_remaining: remaining } });
        },
      },
      {
        methods: ['GET'],
        pattern: route('/queue'),
        handle: ({ res }) => {
          const all = [...prompts.values()];
          sendJson(res, 200, {
            queue_running: all.filter((prompt) => stateOf(prompt) === 'running').map(queueItem),
            queue_pending: all.filter((prompt) => stateOf(prompt) === 'pending').map(queueItem),
          });
        },
      },
      { methods: ['POST'], pattern: route('/queue'), handle: ({ req, res }) => handleQueueEdit(req, res) },
      { methods: ['POST'], pattern: route('/interrupt'), handle: ({ req, res }) => handleInterrupt(req, res) },
      {
        methods: ['GET'],
        pattern: route('/history'),
        handle: ({ res, url }) => {
          const maxItems = Number(url.searchParams.get('max_items') ?? Infinity);
          const finished = [...prompts.values()].filter((prompt) => ['success', 'error', 'interrupted'].includes(stateOf(prompt)));
          const newest = Number.isFinite(maxItems) ? finished.slice(-maxItems) : finished;
          sendJson(res, 200, Object.assign({}, ...newest.map(historyOf)) as Record<string, unknown>);
        },
      },
      {
        methods: ['GET'],
        pattern: route('/history/([^/]+)'),
        handle: ({ res, params }) => {
          const prompt = prompts.get(params[0]!);
          if (prompt == null) return sendJson(res, 200, {});
          if (stateOf(prompt) === 'pending' || stateOf(prompt) === 'running') prompt.polls++;
          sendJson(res, 200, historyOf(prompt));
        },
      },
      { methods: ['GET', 'HEAD'], pattern: route('/view'), handle: ({ req, res, url }) => handleView(req, res, url.searchParams) },
    ],
    {
      before: ({ req, res }) => {
        if (options.enableCorsHeader != null) {
          // server.py create_cors_middleware: headers on every answer, preflights answered empty.
          res.setHeader('access-control-allow-origin', options.enableCorsHeader);
          res.setHeader('access-control-allow-methods', 'POST, GET, DELETE, PUT, OPTIONS');
          res.setHeader('access-control-allow-headers', 'Content-Type, Authorization');
          res.setHeader('access-control-allow-credentials', 'true');
          if (req.method !== 'OPTIONS') return false;
          res.writeHead(200, { 'content-length': '0' }).end();
          return true;
        }
        if (options.checkOrigin === false || !isForeignOrigin(req)) return false;
        res.writeHead(403, { 'content-length': '0' }).end();
        return true;
      },
      // aiohttp's own 405: plain text.
      answerWrongMethod: ({ res }, allowed) =>
        void res.writeHead(405, { 'content-type': 'text/plain', allow: allowed.join(', ') }).end('405: Method Not Allowed'),
    },
  );

  async function handleView(req: IncomingMessage, res: ServerResponse, query: URLSearchParams): Promise<void> {
    const filename = query.get('filename');
    if (filename == null) return void res.writeHead(404).end();
    // server.py refuses path tricks before looking anything up.
    if (filename.startsWith('/') || filename.includes('..')) return void res.writeHead(400).end();
    const bytes = files.get(`${query.get('type') ?? 'output'}/${query.get('subfolder') ?? ''}/${filename}`);
    if (bytes == null) return void res.writeHead(404).end();
    await sendBytes(req, res, bytes, filename.endsWith('.mp4') ? 'video/mp4' : 'application/octet-stream');
  }

  return { handle, prompts };
}

/** A route's path pattern; every route also exists under /api (server.py add_routes). */
function route(path: string): RegExp {
  return new RegExp(`^(?:/api)?${path}$`);
}

/** A JSON object body, or {} for an empty or unreadable one (ComfyUI's small POST routes are lenient). */
async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown>> {
  const read = await readJsonBody(req).catch(() => undefined);
  return read != null && 'json' in read && isRecord(read.json) ? read.json : {};
}

/** Every text input of the graph, joined: where prompt markers are looked for. */
function textOf(prompt: Record<string, unknown>): string {
  return Object.values(prompt)
    .flatMap((node) => Object.values((node as { inputs?: Record<string, unknown> }).inputs ?? {}))
    .filter((value): value is string => typeof value === 'string')
    .join('\n');
}

/**
 * ComfyUI's create_origin_only_middleware (server.py): only for a loopback Host; ports are
 * compared only when both sides carry one; so `Origin: http://localhost:8188` against
 * `Host: 127.0.0.1:8188` is foreign too (no name resolution: "localhost" is not "127.0.0.1").
 */
function isForeignOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  const host = req.headers.host;
  if (origin == null || host == null) return false;
  try {
    const originUrl = new URL(origin);
    const hostUrl = new URL(`http://${host}`);
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(hostUrl.hostname)) return false;
    return originUrl.port === '' || hostUrl.port === '' ? originUrl.hostname !== hostUrl.hostname : originUrl.host !== hostUrl.host;
  } catch {
    return false;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value != null && !Array.isArray(value);
}
