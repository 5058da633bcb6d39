import { validateKlingMultiShot, type KlingEmulatorShot } from './kling-emulator-multi-shot';

/** A create body the emulator accepted, with Kling's defaults applied. */
export interface KlingEmulatorCreate {
  readonly modelName: string;
  /** '' when a multi-shot (customize) create left it out. */
  readonly prompt: string;
  readonly durationSeconds: number;
  readonly mode: 'std' | 'pro' | '4k';
  readonly aspectRatio: string;
  readonly sound: 'on' | 'off';
  readonly externalTaskId?: string;
  /** The `multi_prompt` shots of a multi-shot (customize) create; [] for one shot. */
  readonly shots: readonly KlingEmulatorShot[];
  /** image2video (and omni-video's first frame): the image, as Kling received it. */
  readonly image?:
    { readonly form: 'url' } | { readonly form: 'base64'; readonly sizeBytes: number; readonly mimeType: 'image/png' | 'image/jpeg' };
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
  // Unverified: Kling 4.0's model_name is our guess (research video-apis-2026-12.md §3, grade I).
  // Accepted so the sandbox can run the catalog entry; `models` in the emulator options can leave
  // it out to play the other side (Kling refusing the id with 404/1203).
  'kling-v4',
] as const;

const MAX_PROMPT_CHARS = 2500;
/** Kling's image limit for image2video (research/providers.md §3 "I2V"). */
const KLING_EMULATED_MAX_IMAGE_BYTES = 10 * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Validates POST /v1/videos/text2video or /image2video the way Kling documents it
 * (research/providers.md §3), strictly on types: `duration` must be a string, `sound` only on v2.6
 * and newer; image2video needs `image` as an URL or raw base64 (no `data:` prefix) of a PNG or
 * JPEG up to 10 MB, and its prompt is optional.
 */
export function validateKlingCreate(
  body: unknown,
  endpoint: 'text2video' | 'image2video' = 'text2video',
  models: readonly string[] = KLING_EMULATED_MODELS,
): KlingEmulatorCreate | KlingRequestFailure {
  if (typeof body !== 'object' || body == null || Array.isArray(body)) return invalid(1200, 'Request body must be a JSON object');
  const fields = body as Record<string, unknown>;

  const modelName = fields.model_name ?? fields.model ?? 'kling-v1';
  if (typeof modelName !== 'string') return invalid(1201, 'model_name must be a string');
  if (!models.includes(modelName)) {
    return { status: 404, code: 1203, message: `model_name ${modelName} does not exist` };
  }

  const prompt = fields.prompt ?? '';
  if (typeof prompt !== 'string') return invalid(1201, 'prompt must be a string');
  if (prompt.length > MAX_PROMPT_CHARS) return invalid(1201, `prompt cannot exceed ${MAX_PROMPT_CHARS} characters`);
  const negativePrompt = fields.negative_prompt;
  if (negativePrompt != null && (typeof negativePrompt !== 'string' || negativePrompt.length > MAX_PROMPT_CHARS)) {
    return invalid(1201, `negative_prompt must be a string of at most ${MAX_PROMPT_CHARS} characters`);
  }

  const duration = fields.duration ?? '5';
  if (typeof duration !== 'string') return invalid(1201, 'duration must be a string, e.g. "5"');
  // kling-v4's 3–30 s is from third parties (research video-apis-2026-12.md §3, grade T).
  const allowed = modelName === 'kling-v3' ? range(3, 15) : modelName === 'kling-v4' ? range(3, 30) : ['5', '10'];
  if (!allowed.includes(duration)) return invalid(1201, `duration must be one of ${allowed.join(', ')} for ${modelName}`);

  const multiShot = validateKlingMultiShot(fields, modelName, Number(duration));
  if ('code' in multiShot) return multiShot;
  // text2video needs a prompt unless the shots carry it; image2video may animate the image alone.
  if (endpoint === 'text2video' && multiShot.promptRequired && prompt.trim() === '') return invalid(1201, 'prompt is required');

  const mode = fields.mode ?? 'std';
  // 4k (2160p) exists on kling-v3 only (research video-apis-2026-12.md §3, grade T×3).
  if (mode === '4k' && modelName !== 'kling-v3') return invalid(1201, `mode 4k is not supported by ${modelName}`);
  if (mode !== 'std' && mode !== 'pro' && mode !== '4k') return invalid(1201, 'mode must be std, pro or 4k');
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
    shots: multiShot.shots,
    image,
  };
}

/** An image as Kling takes it: an URL, or raw base64 (no `data:` prefix) of a PNG/JPEG up to 10 MB. */
export function validateImage(image: unknown): NonNullable<KlingEmulatorCreate['image']> | KlingRequestFailure {
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
  return modelName === 'kling-v2-6' || modelName === 'kling-v3' || modelName === 'kling-v4';
}

export function invalid(code: number, message: string): KlingRequestFailure {
  return { status: 400, code, message };
}

export function range(first: number, last: number): string[] {
  return Array.from({ length: last - first + 1 }, (_, index) => String(first + index));
}
