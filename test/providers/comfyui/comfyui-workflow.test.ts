import { describe, expect, it } from 'vitest';
import {
  comfyUiPlaceholderValues,
  comfyUiWorkflowPlaceholders,
  COMFYUI_DEFAULT_WORKFLOW,
  fillComfyUiWorkflow,
  mapComfyUiErrorBody,
  parseComfyUiWorkflow,
  toComfyUiJobStatus,
  type ComfyUiPlaceholderValues,
} from '../../../src/providers/comfyui';
import type { VideoRequest } from '../../../src/providers/spec';

const values: ComfyUiPlaceholderValues = {
  prompt: 'a "quoted" \\ prompt',
  negative_prompt: '',
  seed: 0,
  duration_seconds: 6,
  frames: 145,
  fps: 24,
  width: 1280,
  height: 720,
  aspect_ratio: '16:9',
  generate_audio: true,
};

describe('fillComfyUiWorkflow', () => {
  it('types whole-value placeholders and inserts text ones, leaving links and other values alone', () => {
    const workflow = parseComfyUiWorkflow({
      '1': {
        class_type: 'A',
        inputs: {
          text: 'style: {{ prompt }} ({{aspect_ratio}}, {{fps}} fps)',
          length: '{{frames}}',
          audio: '{{generate_audio}}',
          seed: '{{seed}}',
        },
      },
      '2': { class_type: 'B', inputs: { source: ['1', 0], steps: 20, list: ['{{duration_seconds}}', 'x'] } },
    });
    expect(fillComfyUiWorkflow(workflow, values)).toEqual({
      '1': { class_type: 'A', inputs: { text: 'style: a "quoted" \\ prompt (16:9, 24 fps)', length: 145, audio: true, seed: 0 } },
      '2': { class_type: 'B', inputs: { source: ['1', 0], steps: 20, list: [6, 'x'] } },
    });
  });

  it('does not change the workflow it was given', () => {
    const before = JSON.stringify(COMFYUI_DEFAULT_WORKFLOW);
    fillComfyUiWorkflow(COMFYUI_DEFAULT_WORKFLOW, values);
    expect(JSON.stringify(COMFYUI_DEFAULT_WORKFLOW)).toBe(before);
  });

  it('lists the placeholders a workflow uses', () => {
    expect([...comfyUiWorkflowPlaceholders(COMFYUI_DEFAULT_WORKFLOW)].sort()).toEqual([
      'fps',
      'frames',
      'height',
      'negative_prompt',
      'prompt',
      'seed',
      'width',
    ]);
  });
});

describe('comfyUiPlaceholderValues', () => {
  const request: VideoRequest = { model: 'm', prompt: 'p', durationSeconds: 4, aspectRatio: '4:3', audio: false, clientJobId: 'c' };

  it.each([
    ['16:9', 1280, 720],
    ['9:16', 720, 1280],
    ['1:1', 720, 720],
    ['4:3', 960, 720],
    ['21:9', 1680, 720],
  ] as const)('sizes %s at a 720 short side as %i × %i', (aspectRatio, width, height) => {
    expect(
      comfyUiPlaceholderValues({ ...request, aspectRatio }, { framesPerSecond: 24, shortSidePixels: 720, random: () => 0 }),
    ).toMatchObject({ width, height });
  });

  it('counts frames as seconds × fps + 1, keeps seed 0 and picks one when absent', () => {
    expect(
      comfyUiPlaceholderValues({ ...request, seed: 0 }, { framesPerSecond: 16, shortSidePixels: 480, random: () => 0.99 }),
    ).toMatchObject({ frames: 65, fps: 16, seed: 0 });
    expect(comfyUiPlaceholderValues(request, { framesPerSecond: 24, shortSidePixels: 720, random: () => 0.25 }).seed).toBe(2 ** 30);
  });
});

describe('mapComfyUiErrorBody', () => {
  it('names every failing node with its class and reasons', () => {
    const body = {
      error: { type: 'prompt_outputs_failed_validation', message: 'Prompt outputs failed validation', details: '' },
      node_errors: {
        '4': {
          class_type: 'CheckpointLoaderSimple',
          errors: [{ type: 'value_not_in_list', message: 'Value not in list', details: "ckpt_name: 'x' not in []" }],
        },
        '12': { class_type: 'KSampler', errors: [{ message: 'Required input is missing', details: 'seed' }] },
      },
    };
    expect(mapComfyUiErrorBody(400, body)).toEqual({
      kind: 'invalid-request',
      message:
        "node 4 (CheckpointLoaderSimple): Value not in list: ckpt_name: 'x' not in [] — node 12 (KSampler): Required input is missing: seed",
      providerCode: 'prompt_outputs_failed_validation',
    });
  });

  it('reads older servers\u2019 string errors and empty node_errors lists', () => {
    expect(mapComfyUiErrorBody(400, { error: 'no prompt', node_errors: [] })).toEqual({
      kind: 'invalid-request',
      message: 'no prompt',
      providerCode: undefined,
    });
  });
});

describe('toComfyUiJobStatus', () => {
  it('prefers a saved output over a temp preview, and MP4 over stills', () => {
    const entry = {
      outputs: {
        '5': { images: [{ filename: 'preview_00001_.mp4', subfolder: '', type: 'temp' }] },
        '9': {
          images: [
            { filename: 'still.png', subfolder: '', type: 'output' },
            { filename: 'final_00001_.mp4', subfolder: 'a b', type: 'output' },
          ],
          animated: [true],
        },
      },
      status: { status_str: 'success', completed: true, messages: [] },
    };
    expect(toComfyUiJobStatus(entry, 'http://127.0.0.1:8188/')).toEqual({
      state: 'completed',
      assets: [{ url: 'http://127.0.0.1:8188/view?filename=final_00001_.mp4&subfolder=a+b&type=output' }],
    });
  });

  it('reads an interrupted run as failed, never moderated', () => {
    expect(toComfyUiJobStatus({ status: { status_str: 'error', messages: [['execution_interrupted', {}]] } }, 'http://h')).toEqual({
      state: 'failed',
      reason: 'The ComfyUI run was interrupted.',
      code: 'execution_interrupted',
      moderated: false,
    });
  });
});
