/** The two generation endpoints the emulator serves. */
export type RunwayEndpoint = 'text_to_video' | 'image_to_video';

/** One body-validation problem, in the zod-style shape Runway returns (`{code, path, message}`). */
export interface RunwayIssue {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Why Runway would refuse the request: HTTP status, `error` sentence, and validation issues. */
export interface RunwayRequestFailure {
  readonly status: number;
  readonly error: string;
  readonly issues?: readonly RunwayIssue[];
}

/** A create body the emulator accepted, with Runway's defaults applied. */
export interface RunwayEmulatorCreate {
  readonly endpoint: RunwayEndpoint;
  readonly model: string;
  /** Empty for image-to-video without a prompt. */
  readonly promptText: string;
  readonly ratio: string;
  readonly durationSeconds: number;
  /** Whether the output carries sound: Veo with `audio` (default true) yes, Gen-4.x never. */
  readonly audio: boolean;
  readonly seed?: number;
  readonly promptImages: readonly { readonly uri: string; readonly position: 'first' | 'last' }[];
  /** Credits the task will cost, for `estimatedCost` / `cost`. */
  readonly credits: number;
}

interface ModelSpec {
  readonly endpoints: readonly RunwayEndpoint[];
  readonly textRatios: readonly string[];
  readonly imageRatios: readonly string[];
  /** Allowed durations, the default (undefined = required), and whether any integer in range is fine. */
  readonly durations: { readonly allowed: readonly number[]; readonly defaultSeconds?: number };
  readonly audioFlag: boolean;
  readonly negativePrompt: boolean;
  readonly lastFrame: boolean;
  readonly contentModeration: boolean;
  readonly creditsPerSecond: (audio: boolean) => number;
}

const HD = ['1280:720', '720:1280'];
const GEN4_IMAGE = ['1280:720', '720:1280', '1104:832', '960:960', '832:1104', '1584:672'];
const VEO = ['1280:720', '720:1280', '1080:1920', '1920:1080'];
const TWO_TO_TEN = [2, 3, 4, 5, 6, 7, 8, 9, 10];

/**
 * The models the emulator knows, per the SDK's request types (research/providers.md §4 "Create"):
 * ratios, durations, which take `audio`/`negativePrompt`, credits per second (§4 "Price").
 * gen4_turbo is image-to-video only. Veo 3.1 audio defaults to on and veo3 output carries audio
 * here; Runway states neither (§10 item 5).
 */
const MODELS: Readonly<Record<string, ModelSpec>> = {
  'gen4.5': {
    endpoints: ['text_to_video', 'image_to_video'],
    textRatios: HD,
    imageRatios: GEN4_IMAGE,
    durations: { allowed: TWO_TO_TEN },
    audioFlag: false,
    negativePrompt: false,
    lastFrame: false,
    contentModeration: true,
    creditsPerSecond: () => 12,
  },
  gen4_turbo: {
    endpoints: ['image_to_video'],
    textRatios: [],
    imageRatios: GEN4_IMAGE,
    durations: { allowed: TWO_TO_TEN, defaultSeconds: 10 },
    audioFlag: false,
    negativePrompt: false,
    lastFrame: false,
    contentModeration: true,
    creditsPerSecond: () => 5,
  },
  'veo3.1': {
    endpoints: ['text_to_video', 'image_to_video'],
    textRatios: VEO,
    imageRatios: VEO,
    durations: { allowed: [4, 6, 8], defaultSeconds: 8 },
    audioFlag: true,
    negativePrompt: true,
    lastFrame: true,
    contentModeration: false,
    creditsPerSecond: (audio) => (audio ? 40 : 20),
  },
  'veo3.1_fast': {
    endpoints: ['text_to_video', 'image_to_video'],
    textRatios: VEO,
    imageRatios: VEO,
    durations: { allowed: [4, 6, 8], defaultSeconds: 8 },
    audioFlag: true,
    negativePrompt: true,
    lastFrame: true,
    contentModeration: false,
    creditsPerSecond: (audio) => (audio ? 15 : 10),
  },
  veo3: {
    endpoints: ['text_to_video', 'image_to_video'],
    textRatios: VEO,
    imageRatios: VEO,
    durations: { allowed: [8], defaultSeconds: 8 },
    audioFlag: false,
    negativePrompt: true,
    lastFrame: false,
    contentModeration: false,
    creditsPerSecond: () => 40,
  },
};

export const RUNWAY_EMULATED_MODELS: readonly string[] = Object.keys(MODELS);
const MAX_PROMPT_UTF16_UNITS = 1000;
const MAX_SEED = 4_294_967_295;

/**
 * Validates a create body as Runway does — a union discriminated by `model`, strict per model —
 * collecting every issue. Models not in `availableModels` (unknown or retired) fail on `model`.
 */
export function validateRunwayCreate(
  endpoint: RunwayEndpoint,
  body: unknown,
  availableModels: readonly string[],
): RunwayEmulatorCreate | RunwayRequestFailure {
  if (typeof body !== 'object' || body == null || Array.isArray(body)) {
    return validationFailure([{ code: 'invalid_type', path: [], message: 'Expected object, received ' + describe(body) }]);
  }
  const fields = body as Record<string, unknown>;
  const offered = availableModels.filter((model) => MODELS[model]?.endpoints.includes(endpoint) === true);
  const model = fields.model;
  const spec = typeof model === 'string' && offered.includes(model) ? MODELS[model] : undefined;
  if (spec == null || typeof model !== 'string') {
    return validationFailure([
      {
        code: 'invalid_union_discriminator',
        path: ['model'],
        message: `Invalid discriminator value. Expected ${offered.map((id) => `'${id}'`).join(' | ')}`,
      },
    ]);
  }

  const issues: RunwayIssue[] = [];
  const allowedKeys = new Set(['model', 'promptText', 'ratio', 'duration', 'seed']);
  if (endpoint === 'image_to_video') allowedKeys.add('promptImage');
  if (spec.audioFlag) allowedKeys.add('audio');
  if (spec.negativePrompt) allowedKeys.add('negativePrompt');
  if (spec.contentModeration) allowedKeys.add('contentModeration');
  const unknown = Object.keys(fields).filter((key) => !allowedKeys.has(key));
  if (unknown.length > 0) {
    issues.push({ code: 'unrecognized_keys', path: [], message: `Unrecognized key(s) in object: ${unknown.map((key) => `'${key}'`).join(', ')}` });
  }

  const promptText = fields.promptText;
  if (promptText == null) {
    if (endpoint === 'text_to_video') issues.push({ code: 'invalid_type', path: ['promptText'], message: 'Required' });
  } else if (typeof promptText !== 'string') {
    issues.push({ code: 'invalid_type', path: ['promptText'], message: `Expected string, received ${describe(promptText)}` });
  } else if (promptText.length === 0 || promptText.length > MAX_PROMPT_UTF16_UNITS) {
    issues.push({ code: promptText.length === 0 ? 'too_small' : 'too_big', path: ['promptText'], message: `String must contain from 1 to ${MAX_PROMPT_UTF16_UNITS} character(s)` });
  }

  const ratios = endpoint === 'text_to_video' ? spec.textRatios : spec.imageRatios;
  if (typeof fields.ratio !== 'string' || !ratios.includes(fields.ratio)) {
    issues.push({
      code: fields.ratio == null ? 'invalid_type' : 'invalid_enum_value',
      path: ['ratio'],
      message: fields.ratio == null ? 'Required' : `Invalid enum value. Expected ${ratios.map((ratio) => `'${ratio}'`).join(' | ')}, received '${String(fields.ratio)}'`,
    });
  }

  const duration = fields.duration ?? spec.durations.defaultSeconds;
  if (duration == null) {
    issues.push({ code: 'invalid_type', path: ['duration'], message: 'Required' });
  } else if (typeof duration !== 'number' || !spec.durations.allowed.includes(duration)) {
    issues.push({ code: 'invalid_enum_value', path: ['duration'], message: `Expected ${spec.durations.allowed.join(' | ')}, received ${JSON.stringify(duration)}` });
  }

  const audio = fields.audio ?? spec.audioFlag;
  if (typeof audio !== 'boolean') issues.push({ code: 'invalid_type', path: ['audio'], message: `Expected boolean, received ${describe(audio)}` });

  const seed = fields.seed;
  if (seed != null && (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED)) {
    issues.push({ code: 'invalid_type', path: ['seed'], message: `Expected an integer from 0 to ${MAX_SEED}` });
  }
  if (fields.negativePrompt != null && typeof fields.negativePrompt !== 'string') {
    issues.push({ code: 'invalid_type', path: ['negativePrompt'], message: `Expected string, received ${describe(fields.negativePrompt)}` });
  }

  const promptImages = endpoint === 'image_to_video' ? readPromptImages(fields.promptImage, spec.lastFrame, issues) : [];
  if (issues.length > 0) return validationFailure(issues);

  const durationSeconds = duration as number;
  const withAudio = spec.audioFlag ? (audio as boolean) : model === 'veo3';
  return {
    endpoint,
    model,
    promptText: typeof promptText === 'string' ? promptText : '',
    ratio: fields.ratio as string,
    durationSeconds,
    audio: withAudio,
    seed: typeof seed === 'number' ? seed : undefined,
    promptImages,
    credits: spec.creditsPerSecond(withAudio) * durationSeconds,
  };
}

export function isRunwayRequestFailure(value: RunwayEmulatorCreate | RunwayRequestFailure): value is RunwayRequestFailure {
  return 'error' in value;
}

function readPromptImages(value: unknown, lastFrameAllowed: boolean, issues: RunwayIssue[]): RunwayEmulatorCreate['promptImages'] {
  if (value == null) {
    issues.push({ code: 'invalid_type', path: ['promptImage'], message: 'Required' });
    return [];
  }
  const entries: { uri: unknown; position: unknown; path: (string | number)[] }[] = Array.isArray(value)
    ? value.map((entry: unknown, index) => ({
        uri: typeof entry === 'object' && entry != null ? (entry as Record<string, unknown>).uri : undefined,
        position: typeof entry === 'object' && entry != null ? (entry as Record<string, unknown>).position : undefined,
        path: ['promptImage', index],
      }))
    : [{ uri: value, position: 'first', path: ['promptImage'] }];
  const images: { uri: string; position: 'first' | 'last' }[] = [];
  for (const entry of entries) {
    if (typeof entry.uri !== 'string' || !/^(https:\/\/|runway:\/\/|data:image\/)/.test(entry.uri)) {
      issues.push({ code: 'custom', path: entry.path, message: 'Expected an HTTPS URL, a runway:// upload URI or a data URI' });
      continue;
    }
    const allowed = lastFrameAllowed ? ['first', 'last'] : ['first'];
    if (typeof entry.position !== 'string' || !allowed.includes(entry.position)) {
      issues.push({ code: 'invalid_enum_value', path: [...entry.path, 'position'], message: `Expected ${allowed.map((item) => `'${item}'`).join(' | ')}` });
      continue;
    }
    images.push({ uri: entry.uri, position: entry.position as 'first' | 'last' });
  }
  if (images.length > 0 && images.every((image) => image.position === 'last')) {
    issues.push({ code: 'custom', path: ['promptImage'], message: 'A first frame is required; generating with only a last frame is not supported' });
  }
  return images;
}

function validationFailure(issues: RunwayIssue[]): RunwayRequestFailure {
  return { status: 400, error: 'Validation of body failed', issues };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
