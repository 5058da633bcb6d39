import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyComfyUiRequest, COMFYUI_EMULATED_MODEL_FILES, validateComfyUiPrompt } from '../../../src/emulators/comfyui';
import { parseFaultSpec } from '../../../src/emulators/faults';
import { COMFYUI_DEFAULT_WORKFLOW, fillComfyUiWorkflow } from '../../../src/providers/comfyui';
import { DEMO_CLIP, startComfyUiEmulatorServer, type ComfyUiEmulatorServer } from './comfyui-emulator-server';

let server: ComfyUiEmulatorServer;

beforeAll(async () => {
  server = await startComfyUiEmulatorServer({ queuedPolls: 1, runningPolls: 1 });
});
afterAll(() => server.close());

const values = {
  prompt: 'a heron',
  negative_prompt: '',
  seed: 7,
  duration_seconds: 5,
  frames: 121,
  fps: 24,
  width: 1280,
  height: 720,
  aspect_ratio: '16:9',
  generate_audio: false,
};
const graph = (prompt = 'a heron') => fillComfyUiWorkflow(COMFYUI_DEFAULT_WORKFLOW, { ...values, prompt });

async function call(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { 'content-type': 'application/json', ...init.headers },
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
  });
  const text = await response.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: response.status, json };
}

describe('ComfyUI emulator: POST /prompt', () => {
  it('queues a valid graph and answers prompt_id, number and empty node_errors; /api/prompt too', async () => {
    const first = await call('/prompt', { body: { prompt: graph(), client_id: 'c1' } });
    expect(first).toMatchObject({ status: 200, json: { prompt_id: expect.any(String), number: expect.any(Number), node_errors: {} } });
    const second = await call('/api/prompt', { body: { prompt: graph() } });
    expect(second.json.number).toBe(first.json.number + 1);
  });

  it('refuses a body without a prompt, as no_prompt', async () => {
    expect(await call('/prompt', { body: { client_id: 'c1' } })).toMatchObject({
      status: 400,
      json: { error: { type: 'no_prompt' }, node_errors: {} },
    });
  });

  it('answers malformed JSON with aiohttp\u2019s plain 500', async () => {
    expect(await call('/prompt', { body: '{"prompt":' })).toMatchObject({
      status: 500,
      json: expect.stringMatching(/500 Internal Server Error/),
    });
  });

  it('refuses an unfilled placeholder the way ComfyUI\u2019s INT cast does, naming node and input', async () => {
    const unfilled = { ...graph(), '7': COMFYUI_DEFAULT_WORKFLOW['7'] };
    const { status, json } = await call('/prompt', { body: { prompt: unfilled } });
    expect(status).toBe(400);
    expect(json.error).toMatchObject({ type: 'prompt_outputs_failed_validation', message: 'Prompt outputs failed validation' });
    expect(json.node_errors['7']).toEqual({
      class_type: 'KSampler',
      dependent_outputs: ['10'],
      errors: [
        {
          type: 'invalid_input_type',
          message: 'Failed to convert an input value to a INT value',
          details: "seed, {{seed}}, invalid literal for int() with base 10: '{{seed}}'",
          extra_info: { input_name: 'seed' },
        },
      ],
    });
  });

  it.each([
    [
      'a model file the server lacks',
      { '1': { class_type: 'CheckpointLoaderSimple', inputs: { ckpt_name: 'missing.safetensors' } } },
      '1',
      'value_not_in_list',
    ],
    [
      'a length under the minimum',
      { '6': { class_type: 'EmptyLTXVLatentVideo', inputs: { width: 1280, height: 720, length: 0, batch_size: 1 } } },
      '6',
      'value_smaller_than_min',
    ],
    ['a missing required input', { '3': { class_type: 'CLIPTextEncode', inputs: { clip: ['2', 0] } } }, '3', 'required_input_missing'],
  ])('refuses %s with node_errors for that node', async (_label, change, nodeId, type) => {
    const { status, json } = await call('/prompt', { body: { prompt: { ...graph(), ...change } } });
    expect(status).toBe(400);
    expect(Object.keys(json.node_errors)).toEqual([nodeId]);
    expect(json.node_errors[nodeId].errors[0].type).toBe(type);
  });

  it('refuses an unknown class as missing_node_type and a graph without outputs as prompt_no_outputs', async () => {
    const unknown = await call('/prompt', { body: { prompt: { ...graph(), '11': { class_type: 'Mystery', inputs: {} } } } });
    expect(unknown.json.error).toMatchObject({
      type: 'missing_node_type',
      details: "Node ID '#11'",
      extra_info: { class_type: 'Mystery' },
    });
    const { '10': _save, ...noOutput } = graph();
    expect((await call('/prompt', { body: { prompt: noOutput } })).json.error.type).toBe('prompt_no_outputs');
  });
});

describe('ComfyUI emulator: history, queue and view', () => {
  it('shows a prompt pending, then running in /queue, with {} history until its entry appears', async () => {
    const { json: queued } = await call('/prompt', {
      body: { prompt: graph(), client_id: 'c2', extra_data: { cliprelay_job_id: 'job-77' } },
    });
    const inQueue = (await call('/queue')).json;
    expect(inQueue.queue_pending.map((item: unknown[]) => item[1])).toContain(queued.prompt_id);
    const item = inQueue.queue_pending.find((entry: unknown[]) => entry[1] === queued.prompt_id);
    expect(item[3]).toEqual({ cliprelay_job_id: 'job-77', client_id: 'c2' });

    expect((await call(`/history/${queued.prompt_id}`)).json).toEqual({});
    expect((await call(`/history/${queued.prompt_id}`)).json).toEqual({});
    expect((await call('/queue')).json.queue_running.map((entry: unknown[]) => entry[1])).toContain(queued.prompt_id);

    const history = (await call(`/history/${queued.prompt_id}`)).json;
    const entry = history[queued.prompt_id];
    expect(entry.status).toMatchObject({ status_str: 'success', completed: true });
    expect(entry.status.messages.map((message: unknown[]) => message[0])).toEqual([
      'execution_start',
      'execution_cached',
      'execution_success',
    ]);
    expect(entry.prompt[3]).toEqual({ cliprelay_job_id: 'job-77', client_id: 'c2' });
    const saved = entry.outputs['10'];
    expect(saved).toEqual({
      images: [{ filename: expect.stringMatching(/^clip_\d{5}_\.mp4$/), subfolder: 'cliprelay', type: 'output' }],
      animated: [true],
    });

    const file = await fetch(`${server.baseUrl}/view?filename=${saved.images[0].filename}&subfolder=cliprelay&type=output`);
    expect(file.headers.get('content-type')).toBe('video/mp4');
    expect(Buffer.from(await file.arrayBuffer()).equals(Buffer.from(DEMO_CLIP))).toBe(true);
    expect((await call('/history?max_items=500')).json).toHaveProperty(queued.prompt_id);
  });

  it('records a "[fail]" run as status_str error with an execution_error message', async () => {
    const { json: queued } = await call('/prompt', { body: { prompt: graph('oom please [fail]') } });
    for (let poll = 0; poll < 2; poll++) await call(`/history/${queued.prompt_id}`);
    const entry = (await call(`/history/${queued.prompt_id}`)).json[queued.prompt_id];
    expect(entry.status.status_str).toBe('error');
    expect(entry.outputs).toEqual({});
    expect(entry.status.messages[1]).toEqual([
      'execution_error',
      expect.objectContaining({ node_id: '7', node_type: 'KSampler', exception_type: 'torch.OutOfMemoryError' }),
    ]);
  });

  it('keeps a "[never]" run in queue_running', async () => {
    const { json: queued } = await call('/prompt', { body: { prompt: graph('forever [never]') } });
    for (let poll = 0; poll < 5; poll++) expect((await call(`/history/${queued.prompt_id}`)).json).toEqual({});
    expect((await call('/queue')).json.queue_running.map((entry: unknown[]) => entry[1])).toContain(queued.prompt_id);
  });

  it('deletes a pending prompt with POST /queue and interrupts only the named running one with POST /interrupt', async () => {
    const { json: pending } = await call('/prompt', { body: { prompt: graph() } });
    expect((await call('/queue', { body: { delete: [pending.prompt_id] } })).status).toBe(200);
    expect(JSON.stringify((await call('/queue')).json)).not.toContain(pending.prompt_id);
    expect((await call(`/history/${pending.prompt_id}`)).json).toEqual({});

    const runs = [];
    for (const prompt of ['one [never]', 'two [never]']) {
      const { json } = await call('/prompt', { body: { prompt: graph(prompt) } });
      for (let poll = 0; poll < 2; poll++) await call(`/history/${json.prompt_id}`);
      runs.push(json.prompt_id as string);
    }
    await call('/interrupt', { body: { prompt_id: runs[0] } });
    const entry = (await call(`/history/${runs[0]}`)).json[runs[0]!];
    expect(entry.status).toMatchObject({
      status_str: 'error',
      messages: [
        ['execution_start', expect.anything()],
        ['execution_interrupted', expect.anything()],
      ],
    });
    expect((await call('/queue')).json.queue_running.map((item: unknown[]) => item[1])).toContain(runs[1]);
  });

  it('refuses /view path tricks with 400 and unknown files with 404', async () => {
    expect((await fetch(`${server.baseUrl}/view?filename=../secrets.txt&type=output`)).status).toBe(400);
    expect((await fetch(`${server.baseUrl}/view?filename=/etc/passwd`)).status).toBe(400);
    expect((await fetch(`${server.baseUrl}/view?filename=nope.mp4&subfolder=&type=output`)).status).toBe(404);
  });

  it('refuses a foreign Origin with an empty 403, like ComfyUI without --enable-cors-header', async () => {
    const foreign = await fetch(`${server.baseUrl}/queue`, { headers: { origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toBe('');
    const own = await fetch(`${server.baseUrl}/queue`, { headers: { origin: server.url } });
    expect(own.status).toBe(200);
  });

  it('answers scripted faults and leaves unknown paths to the host server', async () => {
    server.faults.add(...parseFaultSpec('comfyui:poll:503:retry-after=2'));
    const faulted = await fetch(`${server.baseUrl}/history/x`);
    expect(faulted.status).toBe(503);
    expect(faulted.headers.get('retry-after')).toBe('2');
    expect((await fetch(`${server.baseUrl}/object_info`)).status).toBe(404);
  });
});

describe('ComfyUI request phases and graph validation', () => {
  it.each([
    ['POST', '/prompt', 'create'],
    ['POST', '/api/prompt', 'create'],
    ['GET', '/history/abc', 'poll'],
    ['GET', '/queue', 'poll'],
    ['GET', '/view?filename=a.mp4', 'download'],
    ['GET', '/history', 'other'],
  ])('%s %s is %s', (method, path, phase) => {
    expect(classifyComfyUiRequest(method, path)).toBe(phase);
  });

  it('accepts numbers given as numeric strings, as Python\u2019s int() does', () => {
    const filled = graph() as Record<string, { class_type: string; inputs: Record<string, unknown> }>;
    const stringly = { ...filled, '7': { ...filled['7']!, inputs: { ...filled['7']!.inputs, seed: '42' } } };
    expect(validateComfyUiPrompt(stringly, COMFYUI_EMULATED_MODEL_FILES)).toMatchObject({ ok: true, outputNodeIds: ['10'] });
  });
});
