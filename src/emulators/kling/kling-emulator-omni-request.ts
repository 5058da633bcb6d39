import { validateKlingMultiShot } from './kling-emulator-multi-shot';
import { invalid, range, validateImage, type KlingEmulatorCreate, type KlingRequestFailure } from './kling-emulator-request';

/** Omni models Kling documents on /v1/videos/omni-video (research/providers.md §3 "Endpoints"). */
export const KLING_EMULATED_OMNI_MODELS = ['kling-video-o1', 'kling-v3-omni'] as const;

const MAX_PROMPT_CHARS = 2500;
/** With no reference video Kling takes up to 7 images (omni-video O1 transcription). */
const MAX_IMAGES = 7;

/**
 * Validates POST /v1/videos/omni-video as the transcriptions describe it — none is Kling's own page
 * readable here, so every rule is grade T: WHQ25/rawgenai docs/research/kling/omni-video-o1.md (the
 * official O1 table: `image_list` of `{image_url, type?}` with URL or raw base64, an end frame needs
 * a first frame, `aspect_ratio` required without a first frame, O1 3–10 s), anyfast.ai and
 * powertokens.ai for kling-v3-omni (3–15 s, std/pro, `sound`, multi-shot), ezmodel.cloud (O1 has no
 * native audio and no multi-shot). Reference videos and elements are outside what we send; they are
 * refused here rather than half-emulated.
 */
export function validateKlingOmniCreate(
  body: unknown,
  models: readonly string[] = KLING_EMULATED_OMNI_MODELS,
): KlingEmulatorCreate | KlingRequestFailure {
  if (typeof body !== 'object' || body == null || Array.isArray(body)) return invalid(1200, 'Request body must be a JSON object');
  const fields = body as Record<string, unknown>;

  const modelName = fields.model_name ?? 'kling-video-o1';
  if (typeof modelName !== 'string') return invalid(1201, 'model_name must be a string');
  if (!models.includes(modelName)) return { status: 404, code: 1203, message: `model_name ${modelName} does not exist` };

  const prompt = fields.prompt ?? '';
  if (typeof prompt !== 'string') return invalid(1201, 'prompt must be a string');
  if (prompt.length > MAX_PROMPT_CHARS) return invalid(1201, `prompt cannot exceed ${MAX_PROMPT_CHARS} characters`);
  if (fields.video_list != null || fields.element_list != null) return invalid(1201, 'video_list and element_list are not emulated');

  const duration = fields.duration ?? '5';
  if (typeof duration !== 'string') return invalid(1201, 'duration must be a string, e.g. "5"');
  const allowed = modelName === 'kling-v3-omni' ? range(3, 15) : range(3, 10);
  if (!allowed.includes(duration)) return invalid(1201, `duration must be one of ${allowed.join(', ')} for ${modelName}`);

  const multiShot = validateKlingMultiShot(fields, modelName, Number(duration));
  if ('code' in multiShot) return multiShot;
  if (multiShot.promptRequired && prompt.trim() === '') return invalid(1201, 'prompt is required');

  const mode = fields.mode ?? 'pro';
  if (mode !== 'std' && mode !== 'pro') return invalid(1201, 'mode must be std or pro');

  const images = fields.image_list ?? [];
  if (!Array.isArray(images)) return invalid(1201, 'image_list must be an array');
  if (images.length > MAX_IMAGES) return invalid(1201, `image_list supports at most ${MAX_IMAGES} images`);
  let firstFrame: KlingEmulatorCreate['image'];
  let hasEndFrame = false;
  for (const item of images) {
    if (typeof item !== 'object' || item == null) return invalid(1201, 'each image_list item must be an object');
    const { image_url: imageUrl, type } = item as Record<string, unknown>;
    if (type != null && type !== 'first_frame' && type !== 'end_frame')
      return invalid(1201, 'image_list type must be first_frame or end_frame');
    const checked = validateImage(imageUrl);
    if ('code' in checked) return checked;
    if (type === 'first_frame') firstFrame = checked;
    if (type === 'end_frame') hasEndFrame = true;
  }
  if (hasEndFrame && firstFrame == null) return invalid(1201, 'an end_frame image needs a first_frame image');

  const aspectRatio = fields.aspect_ratio;
  if (aspectRatio == null && firstFrame == null) return invalid(1201, 'aspect_ratio is required without a first frame');
  if (aspectRatio != null && aspectRatio !== '16:9' && aspectRatio !== '9:16' && aspectRatio !== '1:1') {
    return invalid(1201, 'aspect_ratio must be 16:9, 9:16 or 1:1');
  }

  const sound = fields.sound ?? 'off';
  if (sound !== 'on' && sound !== 'off') return invalid(1201, 'sound must be on or off');
  if (sound === 'on' && modelName !== 'kling-v3-omni') return invalid(1201, `sound is not supported by ${modelName}`);

  const externalTaskId = fields.external_task_id;
  if (externalTaskId != null && (typeof externalTaskId !== 'string' || externalTaskId === '')) {
    return invalid(1201, 'external_task_id must be a non-empty string');
  }

  return {
    modelName,
    prompt,
    durationSeconds: Number(duration),
    mode,
    aspectRatio: aspectRatio ?? 'from the first frame',
    sound,
    externalTaskId: externalTaskId ?? undefined,
    shots: multiShot.shots,
    image: firstFrame,
  };
}
