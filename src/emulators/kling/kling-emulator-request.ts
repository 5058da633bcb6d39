/** A create body the emulator accepted, with Kling's defaults applied. */
export interface KlingEmulatorCreate {
  readonly modelName: string;
  readonly prompt: string;
  readonly durationSeconds: number;
  readonly mode: 'std' | 'pro';
  readonly aspectRatio: string;
  readonly sound: 'on' | 'off';
  readonly externalTaskId?: string;
  /** image2video only: the first frame, as Kling received it. */
  readonly image?: { readonly form: 'url' } | { readonly form: 'base64'; readonly sizeBytes: number; readonly mimeType: 'image/png' | 'image/jpeg' };
}

/** Why Kling would refuse the body: HTTP status, service code, message. */
export interface KlingRequestFailure {
  readonly status: number;
  readonly code: number;
  readonly message: string;
}

/** T2V models Kling documents; anything else is "resource does not exist". */
export const KLING_EMULATED_MODELS = [
  'kling-v1',
  'kling-v1-6',
  'kling-v2-master',
  'kling-v2-1-master',
  'kling-v2-5-turbo',
  'kling-v2-6',
  'kling-v3',
] as const;

const MAX_PROMPT_CHARS = 2500;
/** Kling's image limit for image2video (research/providers.md §3 "I2V"). */
export const KLING_EMULATED_MAX_IMAGE_BYTES = 10 * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Validates POST /v1/videos/text2video or /image2video the way Kling documents it
 * (research/providers.md §3), strictly on types: `duration` must be a string, `sound` only on v2.6
 * and newer; image2video needs `image` as an URL or raw base64 (no `data:` prefix) of a PNG or
 * JPEG up to 10 MB, and its prompt is optional.
 */
export function validateKlingCreate(body: unknown, endpoint: 'text2video' | 'image2video' = 'text2video'): KlingEmulatorCreate | KlingRequestFailure {
  if (typeof body !== 'object' || body == null || Array.isArray(body)) return invalid(1200, 'Request body must be a JSON object');
  const fields = body as Record<string, unknown>;

  const modelName = fields.model_name ?? fields.model ?? 'kling-v1';
  if (typeof modelName !== 'string') return invalid(1201, 'model_name must be a string');
  if (!(KLING_EMULATED_MODELS as readonly string[]).includes(modelName)) {
    return { status: 404, code: 1203, message: `model_name ${modelName} does not exist` };
  }

  const prompt = endpoint === 'image2video' ? (fields.prompt ?? '') : fields.prompt;
  if (typeof prompt !== 'string' || (endpoint === 'text2video' && prompt.trim() === '')) return invalid(1201, 'prompt is required');
  if (prompt.length > MAX_PROMPT_CHARS) return invalid(1201, `prompt cannot exceed ${MAX_PROMPT_CHARS} characters`);
  const negativePrompt = fields.negative_prompt;
  if (negativePrompt != null && (typeof negativePrompt !== 'string' || negativePrompt.length > MAX_PROMPT_CHARS)) {
    return invalid(1201, `negative_prompt must be a string of at most ${MAX_PROMPT_CHARS} characters`);
  }

  const duration = fields.duration ?? '5';
  if (typeof duration !== 'string') return invalid(1201, 'duration must be a string, e.g. "5"');
  const allowed = modelName === 'kling-v3' ? range(3, 15) : ['5', '10'];
  if (!allowed.includes(duration)) return invalid(1201, `duration must be one of ${allowed.join(', ')} for ${modelName}`);

  const mode = fields.mode ?? 'std';
  if (mode !== 'std' && mode !== 'pro') return invalid(1201, 'mode must be std or pro');
  const aspectRatio = fields.aspect_ratio ?? '16:9';
  if (aspectRatio !== '16:9' && aspectRatio !== '9:16' && aspectRatio !== '1:1') {
    return invalid(1201, 'aspect_ratio must be 16:9, 9:16 or 1:1');
  }

  const sound = fields.sound ?? 'off';
  if (sound !== 'on' && sound !== 'off') return invalid(1201, 'sound must be on or off');
  if (sound === 'on' && !supportsSound(modelName)) return invalid(1201, `sound is not supported by ${modelName}`);
  // Kling 2.6 makes sound in pro mode only; 3.0 in every mode (research/providers.md update item 3:
  // vercel/ai klingai-video-model-options.ts, a 2.6 doc mirror). Refused like any bad parameter, 400/1201.
  if (sound === 'on' && mode === 'std' && modelName === 'kling-v2-6') {
    return invalid(1201, `sound is only supported in pro mode for ${modelName}`);
  }

  const cfgScale = fields.cfg_scale;
  if (cfgScale != null && (typeof cfgScale !== 'number' || cfgScale < 0 || cfgScale > 1)) {
    return invalid(1201, 'cfg_scale must be a number from 0 to 1');
  }
  const externalTaskId = fields.external_task_id;
  if (externalTaskId != null && (typeof externalTaskId !== 'string' || externalTaskId === '')) {
    return invalid(1201, 'external_task_id must be a non-empty string');
  }

  let image: KlingEmulatorCreate['image'];
  if (endpoint === 'image2video') {
    const checked = validateImage(fields.image);
    if ('code' in checked) return checked;
    image = checked;
  }

  return {
    modelName,
    prompt,
    durationSeconds: Number(duration),
    mode,
    aspectRatio,
    sound,
    externalTaskId: externalTaskId ?? undefined,
    image,
  };
}

function validateImage(image: unknown): NonNullable<KlingEmulatorCreate['image']> | KlingRequestFailure {
  if (typeof image !== 'string' || image === '') return invalid(1201, 'image is required');
  if (/^https?:\/\//.test(image)) return { form: 'url' };
  if (image.startsWith('data:')) return invalid(1201, 'image must be a URL or raw base64 without a data: prefix');
  if (image.length % 4 !== 0 || !BASE64.test(image)) return invalid(1201, 'image is not valid base64');
  const bytes = Buffer.from(image, 'base64');
  if (bytes.length > KLING_EMULATED_MAX_IMAGE_BYTES) return invalid(1201, 'image cannot exceed 10MB');
  const isPng = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  const isJpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if (!isPng && !isJpeg) return invalid(1201, 'image must be a jpg, jpeg or png file');
  return { form: 'base64', sizeBytes: bytes.length, mimeType: isPng ? 'image/png' : 'image/jpeg' };
}

export function isKlingRequestFailure(value: KlingEmulatorCreate | KlingRequestFailure): value is KlingRequestFailure {
  return 'code' in value;
}

function supportsSound(modelName: string): boolean {
  return modelName === 'kling-v2-6' || modelName === 'kling-v3';
}

function invalid(code: number, message: string): KlingRequestFailure {
  return { status: 400, code, message };
}

function range(first: number, last: number): string[] {
  return Array.from({ length: last - first + 1 }, (_, index) => String(first + index));
}
