import type { ComfyUiWorkflow } from './comfyui-workflow';

/**
 * The workflow used when the user supplies none: LTX-Video text-to-video with core ComfyUI nodes
 * only (no custom node packs), saving an H.264 MP4 through SaveVideo. It needs the LTX-Video
 * checkpoint and the T5 text encoder below in ComfyUI's models folders; when they are missing,
 * ComfyUI's own "Value not in list" error names the node and file. LTX-Video renders no sound.
 */
export const COMFYUI_DEFAULT_WORKFLOW: ComfyUiWorkflow = {
  '1': {
    class_type: 'CheckpointLoaderSimple',
    inputs: { ckpt_name: 'ltx-video-2b-v0.9.5.safetensors' },
    _meta: { title: 'Load LTX-Video' },
  },
  '2': { class_type: 'CLIPLoader', inputs: { clip_name: 't5xxl_fp16.safetensors', type: 'ltxv' }, _meta: { title: 'Load T5 encoder' } },
  '3': { class_type: 'CLIPTextEncode', inputs: { text: '{{prompt}}', clip: ['2', 0] }, _meta: { title: 'Prompt' } },
  '4': { class_type: 'CLIPTextEncode', inputs: { text: '{{negative_prompt}}', clip: ['2', 0] }, _meta: { title: 'Negative prompt' } },
  '5': { class_type: 'LTXVConditioning', inputs: { positive: ['3', 0], negative: ['4', 0], frame_rate: '{{fps}}' } },
  '6': { class_type: 'EmptyLTXVLatentVideo', inputs: { width: '{{width}}', height: '{{height}}', length: '{{frames}}', batch_size: 1 } },
  '7': {
    class_type: 'KSampler',
    inputs: {
      model: ['1', 0],
      seed: '{{seed}}',
      steps: 30,
      cfg: 3,
      sampler_name: 'euler',
      scheduler: 'normal',
      positive: ['5', 0],
      negative: ['5', 1],
      latent_image: ['6', 0],
      denoise: 1,
    },
  },
  '8': { class_type: 'VAEDecode', inputs: { samples: ['7', 0], vae: ['1', 2] } },
  '9': { class_type: 'CreateVideo', inputs: { images: ['8', 0], fps: '{{fps}}' } },
  '10': {
    class_type: 'SaveVideo',
    inputs: { video: ['9', 0], filename_prefix: 'cliprelay/clip', format: 'mp4', codec: 'h264' },
    _meta: { title: 'Save MP4' },
  },
};
