/** How one node input is checked, after ComfyUI's `validate_inputs` (execution.py). */
type InputSpec =
  | { readonly kind: 'link' }
  | { readonly kind: 'int' | 'float'; readonly min?: number }
  | { readonly kind: 'string' }
  | { readonly kind: 'boolean' }
  /** A fixed list, or a model folder whose files are the list. */
  | { readonly kind: 'combo'; readonly values: readonly string[] }
  | { readonly kind: 'model-file'; readonly folder: ModelFolder };

export type ModelFolder = 'checkpoints' | 'text_encoders' | 'diffusion_models' | 'vae';

/** What a node class saves, for history `outputs`: the list it reports under and the file it writes. */
interface NodeOutput {
  readonly list: 'images' | 'gifs';
  /** File extension from the node's inputs (format). */
  extension(inputs: Record<string, unknown>): string;
  /** Whether the list entry is flagged `animated: [true]` (core video/animation savers). */
  readonly animated: boolean;
}

interface NodeClass {
  readonly inputs: Readonly<Record<string, InputSpec>>;
  readonly optional?: readonly string[];
  readonly output?: NodeOutput;
}

const link = { kind: 'link' } as const;
const int = (min?: number) => ({ kind: 'int', min }) as const;
const float = (min?: number) => ({ kind: 'float', min }) as const;
const text = { kind: 'string' } as const;
const combo = (...values: string[]) => ({ kind: 'combo', values }) as const;
const modelFile = (folder: ModelFolder) => ({ kind: 'model-file', folder }) as const;

const SAMPLERS = ['euler', 'euler_ancestral', 'heun', 'dpmpp_2m', 'dpmpp_2m_sde', 'uni_pc', 'lcm'];
const SCHEDULERS = ['normal', 'karras', 'exponential', 'sgm_uniform', 'simple', 'ddim_uniform', 'beta'];

/**
 * The core node classes a text-to-video workflow uses (LTX-Video, Hunyuan/Wan loaders, SaveVideo)
 * plus VideoHelperSuite's VHS_VideoCombine, with the input types ComfyUI checks before queueing.
 * Any other class is "not found", as on a server without that custom node pack.
 */
export const COMFYUI_EMULATED_NODES: Readonly<Record<string, NodeClass>> = {
  CheckpointLoaderSimple: { inputs: { ckpt_name: modelFile('checkpoints') } },
  CLIPLoader: {
    inputs: { clip_name: modelFile('text_encoders'), type: combo('stable_diffusion', 'sd3', 'ltxv', 'hunyuan_video', 'wan', 'cosmos') },
  },
  UNETLoader: { inputs: { unet_name: modelFile('diffusion_models'), weight_dtype: combo('default', 'fp8_e4m3fn', 'fp8_e5m2') } },
  VAELoader: { inputs: { vae_name: modelFile('vae') } },
  CLIPTextEncode: { inputs: { text, clip: link } },
  LTXVConditioning: { inputs: { positive: link, negative: link, frame_rate: float(0) } },
  EmptyLTXVLatentVideo: { inputs: { width: int(64), height: int(64), length: int(1), batch_size: int(1) } },
  EmptyHunyuanLatentVideo: { inputs: { width: int(16), height: int(16), length: int(1), batch_size: int(1) } },
  KSampler: {
    inputs: {
      model: link,
      seed: int(0),
      steps: int(1),
      cfg: float(0),
      sampler_name: combo(...SAMPLERS),
      scheduler: combo(...SCHEDULERS),
      positive: link,
      negative: link,
      latent_image: link,
      denoise: float(0),
    },
  },
  VAEDecode: { inputs: { samples: link, vae: link } },
  CreateVideo: { inputs: { images: link, fps: float(1), audio: link }, optional: ['audio'] },
  SaveVideo: {
    inputs: { video: link, filename_prefix: text, format: combo('auto', 'mp4'), codec: combo('auto', 'h264') },
    output: { list: 'images', extension: () => 'mp4', animated: true },
  },
  SaveAnimatedWEBP: {
    inputs: { images: link, filename_prefix: text, fps: float(0.01) },
    output: { list: 'images', extension: () => 'webp', animated: true },
  },
  SaveImage: { inputs: { images: link, filename_prefix: text }, output: { list: 'images', extension: () => 'png', animated: false } },
  VHS_VideoCombine: {
    inputs: {
      images: link,
      frame_rate: float(1),
      filename_prefix: text,
      format: combo('video/h264-mp4', 'image/gif', 'image/webp'),
      save_output: { kind: 'boolean' },
    },
    output: {
      list: 'gifs',
      extension: (inputs) => (inputs.format === 'image/gif' ? 'gif' : inputs.format === 'image/webp' ? 'webp' : 'mp4'),
      animated: false,
    },
  },
};

/** Model files the emulated server has; the default workflow's are among them. */
export const COMFYUI_EMULATED_MODEL_FILES: Readonly<Record<ModelFolder, readonly string[]>> = {
  checkpoints: ['ltx-video-2b-v0.9.5.safetensors', 'ltxv-13b-0.9.7-dev.safetensors'],
  text_encoders: ['t5xxl_fp16.safetensors', 'umt5_xxl_fp8_e4m3fn_scaled.safetensors'],
  diffusion_models: ['wan2.1_t2v_1.3B_fp16.safetensors'],
  vae: ['wan_2.1_vae.safetensors'],
};

/** One reason a node is invalid, in ComfyUI's words (execution.py `validate_inputs`). */
interface NodeError {
  readonly type: string;
  readonly message: string;
  readonly details: string;
  readonly extra_info: Record<string, unknown>;
}

/** The top-level `error` of a refused prompt. */
interface PromptError {
  readonly type: string;
  readonly message: string;
  readonly details: string;
  readonly extra_info: Record<string, unknown>;
}

type PromptValidation =
  | { readonly ok: true; readonly outputNodeIds: readonly string[] }
  | {
      readonly ok: false;
      readonly error: PromptError;
      readonly nodeErrors: Record<string, { errors: NodeError[]; dependent_outputs: string[]; class_type: string }>;
    };

/**
 * Validates an API-format prompt as ComfyUI does before queueing it: every node's class must
 * exist (else `missing_node_type`), there must be an output node (`prompt_no_outputs`), and each
 * input must convert to its type, respect its minimum and be in its list (`invalid_input_type`,
 * `value_smaller_than_min`, `value_not_in_list`), failing as `prompt_outputs_failed_validation`
 * with per-node `node_errors`. A placeholder left unfilled (`"{{seed}}"`) fails the INT cast,
 * exactly as it would on a real server.
 */
export function validateComfyUiPrompt(
  prompt: Record<string, unknown>,
  modelFiles: Readonly<Record<ModelFolder, readonly string[]>>,
): PromptValidation {
  const nodes = Object.entries(prompt);
  for (const [nodeId, node] of nodes) {
    const classType = isRecord(node) ? node.class_type : undefined;
    if (typeof classType !== 'string') {
      return refused({
        type: 'invalid_prompt',
        message: 'Cannot execute because a node is missing the class_type property.',
        details: `Node ID '#${nodeId}'`,
        extra_info: {},
      });
    }
    if (!hasOwn(COMFYUI_EMULATED_NODES, classType)) {
      return refused({
        type: 'missing_node_type',
        message: `Node '${classType}' not found. The custom node may not be installed.`,
        details: `Node ID '#${nodeId}'`,
        extra_info: { node_id: nodeId, class_type: classType, node_title: classType },
      });
    }
  }
  const outputNodeIds = nodes
    .filter(([, node]) => COMFYUI_EMULATED_NODES[(node as { class_type: string }).class_type]!.output != null)
    .map(([nodeId]) => nodeId);
  if (outputNodeIds.length === 0)
    return refused({ type: 'prompt_no_outputs', message: 'Prompt has no outputs', details: '', extra_info: {} });

  const nodeErrors: Record<string, { errors: NodeError[]; dependent_outputs: string[]; class_type: string }> = {};
  for (const [nodeId, node] of nodes) {
    const { class_type: classType, inputs } = node as { class_type: string; inputs?: unknown };
    const errors = validateInputs(COMFYUI_EMULATED_NODES[classType]!, isRecord(inputs) ? inputs : {}, prompt, modelFiles);
    if (errors.length > 0) nodeErrors[nodeId] = { errors, dependent_outputs: outputNodeIds.slice(), class_type: classType };
  }
  if (Object.keys(nodeErrors).length === 0) return { ok: true, outputNodeIds };
  const details = Object.values(nodeErrors)
    .flatMap((entry) => entry.errors)
    .map((error) => `${error.message}: ${error.details}`)
    .join('\n');
  return {
    ok: false,
    error: { type: 'prompt_outputs_failed_validation', message: 'Prompt outputs failed validation', details, extra_info: {} },
    nodeErrors,
  };
}

function validateInputs(
  nodeClass: NodeClass,
  inputs: Record<string, unknown>,
  prompt: Record<string, unknown>,
  modelFiles: Readonly<Record<ModelFolder, readonly string[]>>,
): NodeError[] {
  const errors: NodeError[] = [];
  for (const [name, spec] of Object.entries(nodeClass.inputs)) {
    const value = inputs[name];
    if (value === undefined) {
      if (!(nodeClass.optional ?? []).includes(name))
        errors.push(nodeError('required_input_missing', 'Required input is missing', name, name));
      continue;
    }
    if (Array.isArray(value)) {
      const [source, index] = value as unknown[];
      if (value.length !== 2 || typeof source !== 'string' || !Number.isInteger(index)) {
        errors.push(nodeError('bad_linked_input', 'Bad linked input, must be a length-2 list of [string, int]', name, name));
      } else if (!hasOwn(prompt, source)) {
        errors.push(
          nodeError('required_input_missing', 'Required input is missing', `${name} (linked node ${source} does not exist)`, name),
        );
      }
      continue;
    }
    if (spec.kind === 'link') {
      errors.push(
        nodeError('return_type_mismatch', 'Return type mismatch between linked nodes', `${name}, expected a link, received a value`, name),
      );
    } else if (spec.kind === 'int' || spec.kind === 'float') {
      const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      if (!Number.isFinite(number) || (spec.kind === 'int' && typeof value === 'string' && !/^-?\d+$/.test(value.trim()))) {
        const label = spec.kind === 'int' ? 'INT' : 'FLOAT';
        const literal =
          spec.kind === 'int'
            ? `invalid literal for int() with base 10: '${pythonText(value)}'`
            : `could not convert string to float: '${pythonText(value)}'`;
        errors.push(
          nodeError(
            'invalid_input_type',
            `Failed to convert an input value to a ${label} value`,
            `${name}, ${pythonText(value)}, ${literal}`,
            name,
          ),
        );
      } else if (spec.min != null && number < spec.min) {
        errors.push(nodeError('value_smaller_than_min', `Value ${number} smaller than min of ${spec.min}`, name, name));
      }
    } else if (spec.kind === 'combo' || spec.kind === 'model-file') {
      const list = spec.kind === 'combo' ? spec.values : modelFiles[spec.folder];
      if (typeof value !== 'string' || !list.includes(value)) {
        errors.push(
          nodeError('value_not_in_list', 'Value not in list', `${name}: '${pythonText(value)}' not in ${JSON.stringify(list)}`, name),
        );
      }
    } else if (spec.kind === 'boolean' && typeof value !== 'boolean') {
      errors.push(
        nodeError('invalid_input_type', 'Failed to convert an input value to a BOOLEAN value', `${name}, ${pythonText(value)}`, name),
      );
    }
  }
  return errors;
}

function refused(error: PromptError): PromptValidation {
  return { ok: false, error, nodeErrors: {} };
}

function nodeError(type: string, message: string, details: string, inputName: string): NodeError {
  return { type, message, details, extra_info: { input_name: inputName } };
}

function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value != null && !Array.isArray(value);
}

/** How ComfyUI's Python prints a JSON input value in its messages (str() of the parsed value). */
function pythonText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? 'None';
}
