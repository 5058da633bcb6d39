import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFaultSpec } from '../../../src/emulators/faults';
import { defaultCatalogModel, loadBuiltinCatalog, modelCatalogSchema } from '../../../src/providers/catalog';
import {
  comfyUiRegistration,
  COMFYUI_DEFAULT_WORKFLOW,
  ComfyUiWorkflowError,
  createComfyUiProvider,
  type ComfyUiProviderSettings,
  type ComfyUiWorkflow,
} from '../../../src/providers/comfyui';
import type { FetchFunction } from '../../../src/providers/http';
import { ProviderApiError, type JobRef, type JobStatus, type VideoProvider, type VideoRequest } from '../../../src/providers/spec';
import { JobTimeoutError } from '../../../src/workflows/job-timeout-error';
import { pollUntilDone } from '../../../src/workflows/poll-until-done';
import { createMemoryByteSink } from '../../support/memory-byte-sink';
import { DEMO_CLIP, startComfyUiEmulatorServer, type ComfyUiEmulatorServer } from '../../emulators/comfyui/comfyui-emulator-server';
import { pollToEnd } from '../../support/poll-to-end';

let server: ComfyUiEmulatorServer;
let jobCounter = 0;
const waits: number[] = [];

beforeAll(async () => {
  server = await startComfyUiEmulatorServer({ queuedPolls: 1, runningPolls: 1 });
});
afterAll(() => server.close());

function provider(settings: Partial<ComfyUiProviderSettings> = {}): VideoProvider {
  return createComfyUiProvider({
    baseUrl: server.baseUrl,
    random: () => 0.5,
    delay: async (delayMs) => {
      waits.push(delayMs);
    },
    ...settings,
  });
}

function request(overrides: Partial<VideoRequest> = {}): VideoRequest {
  jobCounter++;
  return {
    model: 'comfyui-workflow',
    prompt: 'A heron lifting off a misty lake',
    durationSeconds: 5,
    aspectRatio: '16:9',
    audio: false,
    clientJobId: `comfy-job-${jobCounter}`,
    ...overrides,
  };
}

/** A Wan-style workflow saving through VideoHelperSuite, with placeholders inside longer text. */
const VHS_WORKFLOW: ComfyUiWorkflow = {
  '37': { class_type: 'UNETLoader', inputs: { unet_name: 'wan2.1_t2v_1.3B_fp16.safetensors', weight_dtype: 'default' } },
  '38': { class_type: 'CLIPLoader', inputs: { clip_name: 'umt5_xxl_fp8_e4m3fn_scaled.safetensors', type: 'wan' } },
  '39': { class_type: 'VAELoader', inputs: { vae_name: 'wan_2.1_vae.safetensors' } },
  '6': { class_type: 'CLIPTextEncode', inputs: { text: 'cinematic, 35mm film, {{prompt}}', clip: ['38', 0] } },
  '7': { class_type: 'CLIPTextEncode', inputs: { text: 'blurry, {{negative_prompt}}', clip: ['38', 0] } },
  '40': {
    class_type: 'EmptyHunyuanLatentVideo',
    inputs: { width: '{{width}}', height: '{{height}}', length: '{{frames}}', batch_size: 1 },
  },
  '3': {
    class_type: 'KSampler',
    inputs: {
      model: ['37', 0],
      seed: '{{seed}}',
      steps: 30,
      cfg: 6,
      sampler_name: 'uni_pc',
      scheduler: 'simple',
      positive: ['6', 0],
      negative: ['7', 0],
      latent_image: ['40', 0],
      denoise: 1,
    },
  },
  '8': { class_type: 'VAEDecode', inputs: { samples: ['3', 0], vae: ['39', 0] } },
  '50': {
    class_type: 'VHS_VideoCombine',
    inputs: { images: ['8', 0], frame_rate: '{{fps}}', filename_prefix: 'wan', format: 'video/h264-mp4', save_output: true },
  },
};

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

const queued = (ref: JobRef) => server.emulator.prompts.get(ref.jobId)!;

describe('ComfyUI provider against the ComfyUI emulator', () => {
  it('queues the default workflow with every placeholder filled and typed', async () => {
    const started = await provider().start(request({ negativePrompt: 'text, watermark' }));

    expect(started.ref).toMatchObject({
      provider: 'comfyui',
      model: 'comfyui-workflow',
      data: { clientJobId: started.ref.data.clientJobId },
    });
    expect(started.warnings).toEqual([]);
    const sent = queued(started.ref);
    expect(sent.clientId).toBe('cliprelay');
    expect(sent.extraData).toEqual({ cliprelay_job_id: started.ref.data.clientJobId, client_id: 'cliprelay' });
    const graph = sent.prompt as ComfyUiWorkflow;
    expect(graph['3']!.inputs.text).toBe('A heron lifting off a misty lake');
    expect(graph['4']!.inputs.text).toBe('text, watermark');
    expect(graph['5']!.inputs.frame_rate).toBe(24);
    expect(graph['6']!.inputs).toEqual({ width: 1280, height: 720, length: 121, batch_size: 1 });
    expect(graph['7']!.inputs.seed).toBe(2 ** 31);
    // Everything else is the default workflow, untouched.
    expect(graph['10']).toEqual(COMFYUI_DEFAULT_WORKFLOW['10']);
  });

  it('fills placeholders inside text on the parsed JSON: quotes, backslashes and braces in the prompt stay text', async () => {
    const tricky = 'He said "cut!" \\ then {{seed}} ", "inputs": {"x": 1}';
    const started = await provider({ workflow: JSON.stringify(VHS_WORKFLOW), framesPerSecond: 16 }).start(
      request({ prompt: tricky, negativePrompt: '{{prompt}}', seed: 0, aspectRatio: '9:16', durationSeconds: 5 }),
    );
    const graph = queued(started.ref).prompt as ComfyUiWorkflow;
    expect(graph['6']!.inputs.text).toBe(`cinematic, 35mm film, ${tricky}`);
    expect(graph['7']!.inputs.text).toBe('blurry, {{prompt}}');
    expect(graph['3']!.inputs.seed).toBe(0);
    expect(graph['40']!.inputs).toEqual({ width: 720, height: 1280, length: 81, batch_size: 1 });
    expect(graph['50']!.inputs.frame_rate).toBe(16);
  });

  it('polls pending → pending → completed and downloads the saved MP4 through /view', async () => {
    const comfy = provider();
    const started = await comfy.start(request());
    const statuses = await pollToEnd(comfy, started.ref);

    expect(statuses.map((status) => status.state)).toEqual(['pending', 'pending', 'completed']);
    const asset = (statuses.at(-1) as Extract<JobStatus, { state: 'completed' }>).assets[0]!;
    expect(asset.url).toMatch(new RegExp(`^${server.baseUrl}/view\\?filename=clip_\\d{5}_\\.mp4&subfolder=cliprelay&type=output$`));
    const sink = createMemoryByteSink();
    expect(await comfy.download(asset, sink)).toBe(DEMO_CLIP.length);
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(DEMO_CLIP))).toBe(true);
  });

  it('finds a VideoHelperSuite MP4 under "gifs"', async () => {
    const comfy = provider({ workflow: VHS_WORKFLOW });
    const started = await comfy.start(request());
    const done = (await pollToEnd(comfy, started.ref)).at(-1) as Extract<JobStatus, { state: 'completed' }>;
    expect(done.assets[0]!.url).toMatch(/view\?filename=wan_\d{5}_\.mp4&subfolder=&type=output$/);
  });

  it('warns for request options the workflow has no placeholder for', async () => {
    const bare: ComfyUiWorkflow = {
      ...COMFYUI_DEFAULT_WORKFLOW,
      '4': { class_type: 'CLIPTextEncode', inputs: { text: 'low quality', clip: ['2', 0] } },
      '6': { class_type: 'EmptyLTXVLatentVideo', inputs: { width: 768, height: 512, length: '{{frames}}', batch_size: 1 } },
      '7': { ...COMFYUI_DEFAULT_WORKFLOW['7']!, inputs: { ...COMFYUI_DEFAULT_WORKFLOW['7']!.inputs, seed: 42 } },
    };
    const started = await provider({ workflow: bare }).start(request({ negativePrompt: 'x', seed: 3, audio: true }));
    expect(started.warnings.map((warning) => warning.feature)).toEqual(['negativePrompt', 'seed', 'aspectRatio', 'audio']);
  });

  it('maps node_errors from /prompt to invalid-request naming the node, before anything is queued', async () => {
    const before = server.emulator.prompts.size;
    const missingModel: ComfyUiWorkflow = {
      ...COMFYUI_DEFAULT_WORKFLOW,
      '1': { class_type: 'CheckpointLoaderSimple', inputs: { ckpt_name: 'ltx-video-9b.safetensors' } },
    };
    const error = await caught(provider({ workflow: missingModel }).start(request()));

    expect(error).toBeInstanceOf(ProviderApiError);
    expect(error).toMatchObject({
      kind: 'invalid-request',
      status: 400,
      providerCode: 'prompt_outputs_failed_validation',
      isRetryable: false,
    });
    expect((error as Error).message).toMatch(
      /node 1 \(CheckpointLoaderSimple\): Value not in list: ckpt_name: 'ltx-video-9b\.safetensors' not in/,
    );
    expect(server.emulator.prompts.size).toBe(before);
  });

  it('maps a missing custom node to invalid-request with advice', async () => {
    const custom: ComfyUiWorkflow = { ...COMFYUI_DEFAULT_WORKFLOW, '11': { class_type: 'FancyUpscaler', inputs: { video: ['9', 0] } } };
    const error = await caught(provider({ workflow: custom }).start(request()));
    expect(error).toMatchObject({ kind: 'invalid-request', providerCode: 'missing_node_type' });
    expect((error as Error).message).toMatch(/Node 'FancyUpscaler' not found.*Node ID '#11'.*install the custom node pack/);
  });

  it('reports an execution error with the failing node and exception', async () => {
    const comfy = provider();
    const started = await comfy.start(request({ prompt: 'too big for the GPU [fail]' }));
    expect((await pollToEnd(comfy, started.ref)).at(-1)).toEqual({
      state: 'failed',
      reason:
        'ComfyUI failed at node 7 (KSampler): torch.OutOfMemoryError: Allocation on device 0 would exceed allowed memory. (out of memory)',
      code: 'torch.OutOfMemoryError',
      moderated: false,
    });
  });

  it('renders a "[moderate]" prompt: ComfyUI has no moderation of its own', async () => {
    const comfy = provider();
    const started = await comfy.start(request({ prompt: 'anything goes [moderate]' }));
    expect((await pollToEnd(comfy, started.ref)).at(-1)?.state).toBe('completed');
  });

  it('reports a workflow that saves no video as a failure saying what to add', async () => {
    const stills: ComfyUiWorkflow = {
      ...COMFYUI_DEFAULT_WORKFLOW,
      '10': { class_type: 'SaveImage', inputs: { images: ['8', 0], filename_prefix: 'frames' } },
    };
    const comfy = provider({ workflow: stills });
    const started = await comfy.start(request());
    expect((await pollToEnd(comfy, started.ref)).at(-1)).toMatchObject({
      state: 'failed',
      code: 'no_video_output',
      reason: expect.stringMatching(/without an MP4 or MOV output \(it saved frames_\d{5}_\.png\).*SaveVideo/),
    });
  });

  it('reads a prompt the server no longer knows as lost', async () => {
    const status = await provider().status({ provider: 'comfyui', model: 'comfyui-workflow', jobId: 'gone', data: { promptId: 'gone' } });
    expect(status).toMatchObject({ state: 'failed', code: 'prompt_lost', reason: expect.stringMatching(/no record of prompt gone/) });
  });

  it('gives up on a never-finishing run at the poller\u2019s timeout, with injected time', async () => {
    const comfy = provider();
    const started = await comfy.start(request({ prompt: 'forever [never]' }));
    let clockMs = 0;
    const error = await caught(
      pollUntilDone(comfy, started.ref, {
        intervalMs: 2_000,
        timeoutMs: 10_000,
        now: () => clockMs,
        delay: async (delayMs) => {
          clockMs += delayMs;
        },
      }),
    );
    expect(error).toBeInstanceOf(JobTimeoutError);
    expect(queued(started.ref).polls).toBe(6);
  });

  it('cancels a queued prompt by deleting it and a running one by interrupting it', async () => {
    const comfy = provider();
    const queuedRun = await comfy.start(request());
    await comfy.cancel!(queuedRun.ref);
    expect(queued(queuedRun.ref).stopped).toBe('deleted');
    expect(await comfy.status(queuedRun.ref)).toMatchObject({
      state: 'failed',
      code: 'prompt_lost',
      reason: expect.stringMatching(/cancelled while queued/),
    });

    const runningRun = await comfy.start(request({ prompt: 'long render [never]' }));
    await comfy.status(runningRun.ref);
    await comfy.status(runningRun.ref); // now running
    await comfy.cancel!(runningRun.ref);
    expect(queued(runningRun.ref).stopped).toBe('interrupted');
    expect(await comfy.status(runningRun.ref)).toEqual({
      state: 'failed',
      reason: 'The ComfyUI run was interrupted.',
      code: 'execution_interrupted',
      moderated: false,
    });
  });

  it('leaves a finished prompt alone when asked to cancel it', async () => {
    const comfy = provider();
    const started = await comfy.start(request());
    await pollToEnd(comfy, started.ref);
    await expect(comfy.cancel!(started.ref)).resolves.toBeUndefined();
    expect(queued(started.ref).stopped).toBeUndefined();
  });

  it('recovers a create whose answer was lost, from the queue and later from history', async () => {
    const comfy = provider();
    const original = request();
    const started = await comfy.start(original);
    expect(await comfy.recover!(original)).toEqual(started.ref);
    await pollToEnd(comfy, started.ref);
    expect(await comfy.recover!(original)).toEqual(started.ref);
    expect(await comfy.recover!(request())).toBeNull();
  });

  it('retries a history read answered 503, and never re-posts a create that got a 500', async () => {
    const comfy = provider();
    const started = await comfy.start(request());
    waits.length = 0;
    server.faults.add(...parseFaultSpec('comfyui:poll:503:retry-after=1'));
    await expect(comfy.status(started.ref)).resolves.toEqual({ state: 'pending' });
    expect(waits).toEqual([1000]);

    const before = server.emulator.prompts.size;
    server.faults.add(...parseFaultSpec('comfyui:create:500'));
    expect(await caught(comfy.start(request()))).toMatchObject({ kind: 'server', status: 500 });
    expect(server.emulator.prompts.size).toBe(before);
  });

  it('explains ComfyUI\u2019s Origin check when a runtime sends a foreign Origin', async () => {
    const withOrigin: FetchFunction = (input, init) => {
      const outgoing = new Request(input, init);
      outgoing.headers.set('origin', 'https://panel.example');
      return globalThis.fetch(outgoing);
    };
    const error = await caught(provider({ fetch: withOrigin }).start(request()));
    expect(error).toMatchObject({ kind: 'auth', status: 403, message: expect.stringMatching(/--enable-cors-header/) });
  });
});

describe('ComfyUI workflow checks at creation', () => {
  it.each([
    ['not JSON', '{"1": ', /not JSON/],
    ['the editor format', JSON.stringify({ nodes: [], links: [] }), /Export \(API\)/],
    [
      'a node without class_type',
      JSON.stringify({ '1': { inputs: { text: '{{prompt}}', length: '{{frames}}' } } }),
      /node "1" has no class_type/,
    ],
    [
      'a link to a missing node',
      JSON.stringify({ '1': { class_type: 'X', inputs: { text: '{{prompt}}', length: '{{frames}}', clip: ['9', 0] } } }),
      /links to node "9"/,
    ],
    [
      'no prompt placeholder',
      JSON.stringify({ '1': { class_type: 'X', inputs: { length: '{{frames}}' } } }),
      /no \{\{prompt\}\} placeholder/,
    ],
    [
      'no length placeholder',
      JSON.stringify({ '1': { class_type: 'X', inputs: { text: '{{prompt}}' } } }),
      /no \{\{frames\}\} or \{\{duration_seconds\}\} placeholder/,
    ],
    [
      'a misspelt placeholder',
      JSON.stringify({ '1': { class_type: 'X', inputs: { text: '{{promt}} {{prompt}}', length: '{{frames}}' } } }),
      /unknown placeholder \{\{promt\}\}/,
    ],
    [
      'a prototype name as placeholder',
      JSON.stringify({ '1': { class_type: 'X', inputs: { text: '{{constructor}} {{prompt}}', length: '{{frames}}' } } }),
      /unknown placeholder \{\{constructor\}\}/,
    ],
  ])('refuses %s, naming the problem', (_label, workflow, message) => {
    const error = (() => {
      try {
        createComfyUiProvider({ workflow });
      } catch (caughtError) {
        return caughtError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ComfyUiWorkflowError);
    expect((error as Error).message).toMatch(message);
  });
});

describe('ComfyUI in the catalog and the registration', () => {
  it('offers a local workflow model on the loopback server, free', () => {
    const catalog = loadBuiltinCatalog();
    expect(defaultCatalogModel(catalog, 'comfyui')).toMatchObject({
      id: 'comfyui-workflow',
      pricePerSecondUsd: 0,
      apiHosts: ['http://127.0.0.1:8188'],
    });
    // Loopback http only: a remote plain-http host is still refused.
    const model = defaultCatalogModel(catalog, 'comfyui')!;
    expect(modelCatalogSchema.safeParse({ models: [{ ...model, apiHosts: ['http://192.168.1.20:8188'] }] }).success).toBe(false);
  });

  it('needs no credentials and takes the workflow as an optional one', () => {
    expect(comfyUiRegistration).toMatchObject({
      id: 'comfyui',
      defaultBaseUrl: 'http://127.0.0.1:8188',
    });
    expect(comfyUiRegistration.credentials.every((spec) => spec.optional === true)).toBe(true);
    expect(comfyUiRegistration.create({ credentials: {} }).id).toBe('comfyui');
    expect(() => comfyUiRegistration.create({ credentials: { COMFYUI_WORKFLOW_JSON: '{}' } })).toThrow(ComfyUiWorkflowError);
  });
});
