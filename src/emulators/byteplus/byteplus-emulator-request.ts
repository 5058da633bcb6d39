import { byteplusError } from './byteplus-emulator-errors';

/** A create body the emulator accepted, with ModelArk's defaults applied. */
export interface BytePlusEmulatorCreate {
  readonly model: string;
  /** Empty when the task has only an image. */
  readonly prompt: string;
  readonly ratio: string;
  readonly durationSeconds: number;
  readonly resolution: string;
  readonly generateAudio: boolean;
  /** The seed the task echoes: the one sent, or one the emulator picked for -1 / none. */
  readonly seed: number;
  readonly watermark: boolean;
  readonly images: readonly { readonly url: string; readonly role: string }[];
}

/** Why ModelArk would refuse the create: HTTP status and its error envelope. */
interface BytePlusRequestFailure {
  readonly status: number;
  readonly body: unknown;
}

interface ModelSpec {
  readonly maxDurationSeconds: number;
  readonly resolutions: readonly string[];
  /** Seedance 2.5 keeps the first frame's shape and refuses a fixed ratio with one. */
  readonly firstFrameNeedsAdaptive: boolean;
}

/**
 * The Seedance models the emulator serves, with the limits BytePlus's own ComfyUI nodes apply
 * (byteplus-sa/ComfyUI-BytePlus-ModelArk `nodes/models_config.py`: durations 4–15 s, 4–30 s on 2.5;
 * resolutions per model; grade T). Ids: research video-apis-2026-12 §6 and the same file.
 */
const MODELS: Readonly<Record<string, ModelSpec>> = {
  'dreamina-seedance-2-0-260128': { maxDurationSeconds: 15, resolutions: ['480p', '720p', '1080p', '4k'], firstFrameNeedsAdaptive: false },
  'dreamina-seedance-2-0-fast-260128': { maxDurationSeconds: 15, resolutions: ['480p', '720p'], firstFrameNeedsAdaptive: false },
  'dreamina-seedance-2-0-mini-260615': { maxDurationSeconds: 15, resolutions: ['480p', '720p'], firstFrameNeedsAdaptive: false },
  'dreamina-seedance-2-5-260628': { maxDurationSeconds: 30, resolutions: ['480p', '720p', '1080p'], firstFrameNeedsAdaptive: true },
};

export const BYTEPLUS_EMULATED_MODELS: readonly string[] = Object.keys(MODELS);
const MIN_DURATION_SECONDS = 4;
const RATIOS = ['16:9', '4:3', '1:1', '3:4', '9:16', '21:9', 'adaptive'];
const MAX_SEED = 2_147_483_647;
/** A first-frame image up to 30 MB (ComfyUI-BytePlus-ModelArk REF_IMAGE_MAX_SIZE_MB; T). */
const MAX_IMAGE_BYTES = 30 * 1024 * 1024;
const IMAGE_ROLES = ['first_frame', 'last_frame', 'reference_image'];
/**
 * Top-level fields ModelArk documents for video tasks; anything else is refused here. That the live
 * API refuses unknown fields is our inference (I): it keeps our own requests honest.
 */
const KNOWN_FIELDS = new Set([
  'model',
  'content',
  'ratio',
  'duration',
  'resolution',
  'generate_audio',
  'seed',
  'watermark',
  'callback_url',
  'return_last_frame',
  'service_tier',
  'execution_expires_after',
  'draft',
  'output_format',
  'omni_reference_task_type',
  'frames',
  'camera_fixed',
]);

/**
 * Validates a create body as ModelArk does: a known, activated model; a `content` array of one text
 * and/or images with roles; ratio, duration and resolution within the model's limits; seed in
 * range. The first problem found is answered, in ModelArk's envelope.
 */
export function validateBytePlusCreate(
  body: unknown,
  options: { readonly availableModels: readonly string[]; readonly inactiveModels: readonly string[]; readonly pickSeed: () => number },
): BytePlusEmulatorCreate | BytePlusRequestFailure {
  if (typeof body !== 'object' || body == null || Array.isArray(body))
    return invalid('InvalidParameter', 'The request body must be a JSON object.');
  const fields = body as Record<string, unknown>;
  const unknown = Object.keys(fields).filter((key) => !KNOWN_FIELDS.has(key));
  if (unknown.length > 0)
    return invalid(`InvalidParameter.${unknown[0]}`, `A parameter specified in the request is not valid: ${unknown[0]}.`, unknown[0]);

  const model = fields.model;
  if (typeof model !== 'string' || model === '')
    return invalid('MissingParameter.model', 'The request failed because it is missing a required parameter: model.', 'model');
  const spec = options.availableModels.includes(model) ? MODELS[model] : undefined;
  if (spec == null) {
    return {
      status: 404,
      body: byteplusError(
        'InvalidEndpointOrModel.NotFound',
        `The model or endpoint ${model} does not exist or you do not have access to it.`,
      ),
    };
  }
  if (options.inactiveModels.includes(model)) {
    return {
      status: 404,
      body: byteplusError(
        'ModelNotOpen',
        `Your account has not activated the model ${model}. Please activate the model service in the Ark Console.`,
      ),
    };
  }

  if (!Array.isArray(fields.content) || fields.content.length === 0)
    return invalid('MissingParameter.content', 'The request failed because it is missing a required parameter: content.', 'content');
  let prompt = '';
  const images: { url: string; role: string }[] = [];
  for (const item of fields.content as unknown[]) {
    const entry = typeof item === 'object' && item != null ? (item as Record<string, unknown>) : {};
    if (entry.type === 'text' && typeof entry.text === 'string' && entry.text !== '' && prompt === '') {
      prompt = entry.text;
    } else if (entry.type === 'image_url') {
      const url =
        typeof entry.image_url === 'object' && entry.image_url != null ? (entry.image_url as Record<string, unknown>).url : undefined;
      const role = entry.role ?? 'first_frame';
      if (typeof url !== 'string' || !/^(https:\/\/|data:image\/[a-z]+;base64,|asset:\/\/)/.test(url)) {
        return invalid(
          'InvalidParameter.content.image_url',
          'The image URL must be an https URL, a data:image/<format>;base64 URI or an asset:// id.',
          'content.image_url',
        );
      }
      if (typeof role !== 'string' || !IMAGE_ROLES.includes(role))
        return invalid('InvalidParameter.content.role', `The image role must be one of ${IMAGE_ROLES.join(', ')}.`, 'content.role');
      if (url.startsWith('data:') && base64Bytes(url) > MAX_IMAGE_BYTES)
        return invalid('InvalidParameter.OversizedImage', 'The request failed because the size of the input image exceeds the limit.');
      images.push({ url, role });
    } else {
      return invalid('InvalidParameter.content', 'Each content item must be one text or an image_url with a role.', 'content');
    }
  }
  if (prompt === '' && images.length === 0)
    return invalid('MissingParameter.content.text', 'A text prompt or an image is required.', 'content');
  const roles = new Set(images.map((image) => image.role));
  if (roles.has('reference_image') && (roles.has('first_frame') || roles.has('last_frame'))) {
    return invalid('InvalidParameter.content', 'First/last frame images cannot be combined with reference images.', 'content');
  }

  const ratio = fields.ratio ?? 'adaptive';
  if (typeof ratio !== 'string' || !RATIOS.includes(ratio))
    return invalid('InvalidParameter.ratio', `The ratio must be one of ${RATIOS.join(', ')}.`, 'ratio');
  if (spec.firstFrameNeedsAdaptive && roles.has('first_frame') && ratio !== 'adaptive') {
    return invalid('InvalidParameter.ratio', `${model} keeps the first frame's aspect ratio: set ratio to adaptive.`, 'ratio');
  }
  const duration = fields.duration ?? 5;
  if (
    typeof duration !== 'number' ||
    !Number.isInteger(duration) ||
    duration < MIN_DURATION_SECONDS ||
    duration > spec.maxDurationSeconds
  ) {
    return invalid(
      'InvalidParameter.duration',
      `The duration of ${model} must be an integer from ${MIN_DURATION_SECONDS} to ${spec.maxDurationSeconds} seconds.`,
      'duration',
    );
  }
  const resolution = fields.resolution ?? '720p';
  if (typeof resolution !== 'string' || !spec.resolutions.includes(resolution)) {
    return invalid('InvalidParameter.resolution', `${model} supports the resolutions ${spec.resolutions.join(', ')}.`, 'resolution');
  }
  const generateAudio = fields.generate_audio ?? true;
  if (typeof generateAudio !== 'boolean')
    return invalid('InvalidParameter.generate_audio', 'generate_audio must be a boolean.', 'generate_audio');
  const watermark = fields.watermark ?? false;
  if (typeof watermark !== 'boolean') return invalid('InvalidParameter.watermark', 'watermark must be a boolean.', 'watermark');
  const seed = fields.seed ?? -1;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < -1 || seed > MAX_SEED) {
    return invalid('InvalidParameter.seed', `The seed must be an integer from -1 to ${MAX_SEED}.`, 'seed');
  }
  return {
    model,
    prompt,
    ratio,
    durationSeconds: duration,
    resolution,
    generateAudio,
    seed: seed === -1 ? options.pickSeed() : seed,
    watermark,
    images,
  };
}

export function isBytePlusRequestFailure(value: BytePlusEmulatorCreate | BytePlusRequestFailure): value is BytePlusRequestFailure {
  return 'status' in value && 'body' in value;
}

function invalid(code: string, message: string, param = ''): BytePlusRequestFailure {
  return { status: 400, body: byteplusError(code, message, param) };
}

function base64Bytes(dataUri: string): number {
  const base64 = dataUri.slice(dataUri.indexOf(',') + 1);
  return Math.floor((base64.length * 3) / 4);
}
