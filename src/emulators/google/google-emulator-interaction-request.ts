import { invalidArgument, type GoogleEmulatorFailure } from './google-emulator-errors';

/**
 * What each Gemini Omni id accepts on the Gemini API's Interactions API (2026-12-06):
 * - `gemini-omni-1.2-flash`: 3–15 s, 360p to 4K, extend up to 30 s in total (S: python-genai
 *   v3.1.0 release notes as quoted by research/video-apis-2026-12.md §1; T: Vercel changelog).
 * - `gemini-omni-1.1-flash`: 3–10 s (T×4, research §1). Resolutions beyond 720p are not confirmed
 *   anywhere we could read (gmicloud and runware list 720p only, T), so the emulator accepts 720p.
 * Both are in `@google/genai` 2.32.0's interactions `Model` union only as far as 1.1 goes
 * (dist/genai.d.ts `Model_2` lists `gemini-omni-1.1-flash`, S).
 */
export const GOOGLE_OMNI_MODELS: Readonly<Record<string, OmniModelRules>> = {
  'gemini-omni-1.2-flash': { minSeconds: 3, maxSeconds: 15, resolutions: ['360p', '720p', '1080p', '4k'], maxTotalSeconds: 30 },
  'gemini-omni-1.1-flash': { minSeconds: 3, maxSeconds: 10, resolutions: ['720p'], maxTotalSeconds: 30 },
};

/**
 * What each Gemini Omni id accepts on Vertex AI's Interactions API, location `global` (V second-hand:
 * research/video-apis-2026-12.md §1 from Google's Vertex video page lists `gemini-omni-1.2-flash`
 * and `gemini-omni-1.1-flash-preview`). Their limits are the Gemini API's for the same model (1.2)
 * and for 1.1 (the preview) — our inference (I): nothing we could read states Vertex's own.
 */
export const GOOGLE_VERTEX_OMNI_MODELS: Readonly<Record<string, OmniModelRules>> = {
  'gemini-omni-1.2-flash': { minSeconds: 3, maxSeconds: 15, resolutions: ['360p', '720p', '1080p', '4k'], maxTotalSeconds: 30 },
  'gemini-omni-1.1-flash-preview': { minSeconds: 3, maxSeconds: 10, resolutions: ['720p'], maxTotalSeconds: 30 },
};

/** The only Vertex location serving Omni (research §1, as above). */
export const GOOGLE_VERTEX_OMNI_LOCATION = 'global';

/** Shut down 2026-09-30 (T: TanStack/ai release 0.37.0, research §1). */
export const GOOGLE_RETIRED_OMNI_MODELS: readonly string[] = ['gemini-omni-flash-preview'];

export interface OmniModelRules {
  readonly minSeconds: number;
  readonly maxSeconds: number;
  /** `VideoResponseFormat.resolution` values (SDK: "360p" | "720p" | "1080p" | "4k"). */
  readonly resolutions: readonly string[];
  /** Longest a chain of extensions may grow (research §1: "extend up to 30 s"; T). */
  readonly maxTotalSeconds: number;
}

type OmniTask = 'text_to_video' | 'image_to_video' | 'reference_to_video' | 'edit' | 'extend';

/** A create body the emulator accepted, with the defaults applied. */
export interface GoogleEmulatorInteractionCreate {
  readonly model: string;
  readonly prompt: string;
  readonly imageCount: number;
  readonly task: OmniTask;
  readonly background: boolean;
  readonly durationSeconds: number;
  readonly aspectRatio: '16:9' | '9:16';
  readonly resolution: string;
  readonly delivery: 'inline' | 'uri';
  readonly previousInteractionId?: string;
}

/**
 * Top-level fields of `CreateModelInteraction` in `@google/genai` 2.32.0 (dist/genai.d.ts, S).
 * Anything else gets proto-JSON's "Unknown name" refusal, as every Google JSON API answers.
 */
const CREATE_FIELDS = [
  'model',
  'input',
  'background',
  'store',
  'stream',
  'previous_interaction_id',
  'response_format',
  'response_modalities',
  'response_mime_type',
  'generation_config',
  'system_instruction',
  'safety_settings',
  'labels',
  'webhook_config',
  'service_tier',
  'tools',
  'cached_content',
  'continuation_token',
  'environment',
];
const TASKS: readonly OmniTask[] = ['text_to_video', 'image_to_video', 'reference_to_video', 'edit', 'extend'];
/**
 * Default clip length when `response_format.duration` is absent: 8 s, fal's documented default for
 * Gemini Omni Flash (T); Google's own default is not in anything we could read.
 */
const DEFAULT_DURATION_SECONDS = 8;

/**
 * Validates a `POST /v1beta/interactions` body for an Omni model: snake_case fields as the SDK sends
 * them, `input` as a string or content blocks (text + images), `response_format` of `type: "video"`
 * (`VideoResponseFormat`: aspect_ratio, delivery, duration, resolution; the duration is a protobuf
 * Duration string such as "8s" — its form is our inference, the SDK types it only as a string),
 * `generation_config.video_config.task`. Messages name the field; Google's exact wording is not known.
 */
export function validateInteractionCreate(
  body: unknown,
  models: Readonly<Record<string, OmniModelRules>> = GOOGLE_OMNI_MODELS,
): GoogleEmulatorInteractionCreate | GoogleEmulatorFailure {
  if (!isRecord(body)) return invalidArgument('Invalid JSON payload received. Expected an object.');
  const unknownTop = Object.keys(body).find((key) => !CREATE_FIELDS.includes(key));
  if (unknownTop != null)
    return invalidArgument(`Invalid JSON payload received. Unknown name "${unknownTop}": Cannot find field.`, unknownTop);
  const model = body.model;
  if (typeof model !== 'string' || model === '') return invalidArgument('model is required.', 'model');
  const rules = models[model];
  if (rules == null) return invalidArgument(`Model ${model} does not generate video.`, 'model');

  const input = readInput(body.input);
  if ('httpStatus' in input) return input;
  const previous = body.previous_interaction_id;
  if (previous != null && (typeof previous !== 'string' || previous === ''))
    return invalidArgument('previous_interaction_id must be a string.', 'previous_interaction_id');

  const config = body.generation_config;
  const videoConfig = isRecord(config) ? config.video_config : undefined;
  const requestedTask = isRecord(videoConfig) ? videoConfig.task : undefined;
  if (requestedTask != null && !TASKS.includes(requestedTask as OmniTask)) {
    return invalidArgument(`Unsupported video task ${JSON.stringify(requestedTask)}.`, 'generation_config.video_config.task');
  }
  const task: OmniTask =
    (requestedTask as OmniTask | undefined) ?? (previous != null ? 'edit' : input.imageCount > 0 ? 'image_to_video' : 'text_to_video');
  if ((task === 'edit' || task === 'extend') && previous == null) {
    return invalidArgument(`The ${task} task needs previous_interaction_id naming the generation to continue.`, 'previous_interaction_id');
  }
  if ((task === 'image_to_video' || task === 'reference_to_video') && input.imageCount === 0) {
    return invalidArgument(`The ${task} task needs an image in input.`, 'input');
  }

  const formats = body.response_format == null ? [] : Array.isArray(body.response_format) ? body.response_format : [body.response_format];
  const video = formats.find((format) => isRecord(format) && format.type === 'video') as Record<string, unknown> | undefined;
  const durationText = video?.duration ?? `${DEFAULT_DURATION_SECONDS}s`;
  const durationSeconds = typeof durationText === 'string' && /^\d+s$/.test(durationText) ? Number(durationText.slice(0, -1)) : Number.NaN;
  if (!(durationSeconds >= rules.minSeconds && durationSeconds <= rules.maxSeconds)) {
    return invalidArgument(
      `The video duration ${JSON.stringify(durationText)} is not supported by ${model}; use ${rules.minSeconds}s to ${rules.maxSeconds}s.`,
      'response_format.duration',
    );
  }
  const aspectRatio = video?.aspect_ratio ?? '16:9';
  if (aspectRatio !== '16:9' && aspectRatio !== '9:16') {
    return invalidArgument(
      `Aspect ratio ${JSON.stringify(aspectRatio)} is not supported; use 16:9 or 9:16.`,
      'response_format.aspect_ratio',
    );
  }
  // "Defaults to 720p" (SDK VideoResponseFormat.resolution doc comment, S).
  const resolution = video?.resolution ?? '720p';
  if (typeof resolution !== 'string' || !rules.resolutions.includes(resolution)) {
    return invalidArgument(
      `Resolution ${JSON.stringify(resolution)} is not supported by ${model}; use ${rules.resolutions.join(', ')}.`,
      'response_format.resolution',
    );
  }
  const delivery = video?.delivery ?? 'inline';
  if (delivery !== 'inline' && delivery !== 'uri') return invalidArgument('delivery must be inline or uri.', 'response_format.delivery');

  return {
    model,
    prompt: input.prompt,
    imageCount: input.imageCount,
    task,
    background: body.background === true,
    durationSeconds,
    aspectRatio,
    resolution,
    delivery,
    previousInteractionId: typeof previous === 'string' ? previous : undefined,
  };
}

/** `input`: a string, or content blocks (`{type: "text", text}`, `{type: "image", data, mime_type}`). */
function readInput(input: unknown): { prompt: string; imageCount: number } | GoogleEmulatorFailure {
  if (typeof input === 'string') {
    return input.trim() === '' ? invalidArgument('input must not be empty.', 'input') : { prompt: input, imageCount: 0 };
  }
  if (!Array.isArray(input)) return invalidArgument('input is required.', 'input');
  let prompt = '';
  let imageCount = 0;
  for (const [index, block] of input.entries()) {
    if (!isRecord(block)) return invalidArgument('input blocks must be objects.', `input[${index}]`);
    if (block.type === 'text' && typeof block.text === 'string') prompt += block.text;
    else if (block.type === 'image') {
      const hasBytes = typeof block.data === 'string' && block.data !== '' && typeof block.mime_type === 'string';
      if (!hasBytes && typeof block.uri !== 'string')
        return invalidArgument('An image block needs data and mime_type, or uri.', `input[${index}]`);
      imageCount++;
    } else return invalidArgument(`Unsupported input block type ${JSON.stringify(block.type)}.`, `input[${index}].type`);
  }
  if (prompt.trim() === '') return invalidArgument('input needs a text block with the prompt.', 'input');
  return { prompt, imageCount };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value != null && !Array.isArray(value);
}
