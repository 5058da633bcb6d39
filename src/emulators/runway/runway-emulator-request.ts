/** The two generation endpoints the emulator serves. */
export type RunwayEndpoint = 'text_to_video' | 'image_to_video';

/** One body-validation problem, in the zod-style shape Runway returns (`{code, path, message}`). */
export interface RunwayIssue {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Why Runway would refuse the request: HTTP status, `error` sentence, and validation issues. */
interface RunwayRequestFailure {
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
  /** Whether the output carries sound: Veo/Seedance with `audio` (default true), Omni always, Gen-4.x never. */
  readonly audio: boolean;
  readonly seed?: number;
  /** `reference`: a Seedance reference image (no position), not a keyframe. */
  readonly promptImages: readonly { readonly uri: string; readonly position: 'first' | 'last' | 'reference' }[];
  /** Credits the task will cost, for `estimatedCost` / `cost`. */
  readonly credits: number;
}

interface ModelSpec {
  readonly endpoints: readonly RunwayEndpoint[];
  readonly textRatios: readonly string[];
  readonly imageRatios: readonly string[];
  /** Whether `ratio` may be left out (the newer unions make it optional). */
  readonly ratioOptional: boolean;
  /**
   * Allowed durations and the default (undefined = required). `auto` lets the model choose; it is
   * billed at the longest allowed duration ("billed at the variant maximum up front").
   */
  readonly durations: { readonly allowed: readonly number[]; readonly defaultSeconds?: number; readonly auto?: boolean };
  /** `flag`: takes `audio` (default on); `always`: sound, no field; `none`: silent, no field. */
  readonly audio: 'flag' | 'always' | 'none';
  readonly seed: boolean;
  readonly negativePrompt: boolean;
  readonly lastFrame: boolean;
  /** Array entries without `position` are reference images (Seedance 2.0: "the two modes cannot be mixed"). */
  readonly referenceImages: boolean;
  /** Extra array fields the union member declares (Seedance's reference media), per endpoint. */
  readonly referenceFields: Readonly<Record<RunwayEndpoint, readonly string[]>>;
  readonly contentModeration: boolean;
  /** UTF-16 code units; undefined where the SDK states no limit. */
  readonly maxPromptUtf16Units?: number;
  readonly creditsPerSecond: (audio: boolean) => number;
}

const HD = ['1280:720', '720:1280'];
const GEN4_IMAGE = ['1280:720', '720:1280', '1104:832', '960:960', '832:1104', '1584:672'];
const VEO = ['1280:720', '720:1280', '1080:1920', '1920:1080'];
/** Seedance 2.0's `ratio` union: 480p and 720p rows (all variants), then 1080p and 4K (seedance2 only). */
const SEEDANCE_720 = [
  '992:432',
  '864:496',
  '752:560',
  '640:640',
  '560:752',
  '496:864',
  '1470:630',
  '1280:720',
  '1112:834',
  '960:960',
  '834:1112',
  '720:1280',
];
const SEEDANCE_ALL = [
  ...SEEDANCE_720,
  '2206:946',
  '1920:1080',
  '1664:1248',
  '1440:1440',
  '1248:1664',
  '1080:1920',
  '3840:1646',
  '3840:2160',
  '3840:2880',
  '3840:3840',
  '2880:3840',
  '2160:3840',
];
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);
const TWO_TO_TEN = range(2, 10);
const NO_REFERENCES = { text_to_video: [], image_to_video: [] } as const;
const SILENT_GEN4 = {
  audio: 'none',
  seed: true,
  negativePrompt: false,
  lastFrame: false,
  referenceImages: false,
  referenceFields: NO_REFERENCES,
  contentModeration: true,
  ratioOptional: false,
  maxPromptUtf16Units: 1000,
} as const;
const VEO_31 = {
  endpoints: ['text_to_video', 'image_to_video'],
  textRatios: VEO,
  imageRatios: VEO,
  ratioOptional: false,
  durations: { allowed: [4, 6, 8], defaultSeconds: 8 },
  audio: 'flag',
  seed: true,
  negativePrompt: true,
  lastFrame: true,
  referenceImages: false,
  referenceFields: NO_REFERENCES,
  contentModeration: false,
  maxPromptUtf16Units: 1000,
} as const;
/**
 * Seedance 2.0 on Runway. The SDK types say `duration?: number | 'auto'` with no range; 4–15 s is
 * the range third parties document for Seedance 2.0 (T: piapi.ai/docs/seedance-api/seedance-2;
 * Runway's skills list "up to 15s") — an assumption, isolated here. No default is stated either:
 * the emulator lets the model choose (auto) when duration is left out.
 */
const SEEDANCE = {
  endpoints: ['text_to_video', 'image_to_video'],
  ratioOptional: true,
  durations: { allowed: range(4, 15), auto: true },
  audio: 'flag',
  seed: true,
  negativePrompt: false,
  lastFrame: true,
  referenceImages: true,
  referenceFields: { text_to_video: ['referenceAudio', 'references', 'referenceVideos'], image_to_video: ['referenceAudio'] },
  contentModeration: false,
  maxPromptUtf16Units: 3500,
} as const;

/**
 * The models the emulator knows, per the SDK's request types (`@runwayml/sdk@4.20.1`
 * `src/resources/{text,image}-to-video.ts`): ratios, durations, which take `audio`, `seed`,
 * `negativePrompt`, a last frame. gen4_turbo is image-to-video only. Veo 3.1 and Seedance audio
 * default to on here; Runway states no default (§10 item 5). Credits per second: Gen-4.x and Veo
 * from §4 "Price"; Seedance 2.0 36/s from Runway's skills (T); the Fast, Mini and Omni rates are
 * not published where we can read them and are inference (I). `veo3` is gone (Veo 3.0 was retired
 * upstream on 2026-06-30): a create naming it fails on `model` like any unknown id.
 */
const MODELS: Readonly<Record<string, ModelSpec>> = {
  'gen4.5': {
    ...SILENT_GEN4,
    endpoints: ['text_to_video', 'image_to_video'],
    textRatios: HD,
    imageRatios: GEN4_IMAGE,
    durations: { allowed: TWO_TO_TEN },
    creditsPerSecond: () => 12,
  },
  gen4_turbo: {
    ...SILENT_GEN4,
    endpoints: ['image_to_video'],
    textRatios: [],
    imageRatios: GEN4_IMAGE,
    durations: { allowed: TWO_TO_TEN, defaultSeconds: 10 },
    creditsPerSecond: () => 5,
  },
  'veo3.1': { ...VEO_31, creditsPerSecond: (audio) => (audio ? 40 : 20) },
  'veo3.1_fast': { ...VEO_31, creditsPerSecond: (audio) => (audio ? 15 : 10) },
  seedance2: { ...SEEDANCE, textRatios: SEEDANCE_ALL, imageRatios: SEEDANCE_ALL, creditsPerSecond: () => 36 },
  seedance2_fast: { ...SEEDANCE, textRatios: SEEDANCE_720, imageRatios: SEEDANCE_720, creditsPerSecond: () => 24 },
  seedance2_mini: { ...SEEDANCE, textRatios: SEEDANCE_720, imageRatios: SEEDANCE_720, creditsPerSecond: () => 12 },
  // "as a whole number from 3 to 10"; ratio "1280:720 (landscape) or 720:1280 (portrait)"; first frame only.
  gemini_omni_flash: {
    endpoints: ['text_to_video', 'image_to_video'],
    textRatios: HD,
    imageRatios: HD,
    ratioOptional: true,
    durations: { allowed: range(3, 10), defaultSeconds: 8 },
    audio: 'always',
    seed: false,
    negativePrompt: false,
    lastFrame: false,
    referenceImages: false,
    referenceFields: NO_REFERENCES,
    contentModeration: false,
    creditsPerSecond: () => 20,
  },
};

export const RUNWAY_EMULATED_MODELS: readonly string[] = Object.keys(MODELS);
const MAX_SEED = 4_294_967_295;
/** Where ratio is optional and left out, the emulator renders landscape 720p (no default is stated). */
const DEFAULT_RATIO = '1280:720';

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
  const allowedKeys = new Set(['model', 'promptText', 'ratio', 'duration', ...spec.referenceFields[endpoint]]);
  if (endpoint === 'image_to_video') allowedKeys.add('promptImage');
  if (spec.seed) allowedKeys.add('seed');
  if (spec.audio === 'flag') allowedKeys.add('audio');
  if (spec.negativePrompt) allowedKeys.add('negativePrompt');
  if (spec.contentModeration) allowedKeys.add('contentModeration');
  const unknown = Object.keys(fields).filter((key) => !allowedKeys.has(key));
  if (unknown.length > 0) {
    issues.push({
      code: 'unrecognized_keys',
      path: [],
      message: `Unrecognized key(s) in object: ${unknown.map((key) => `'${key}'`).join(', ')}`,
    });
  }

  const promptText = fields.promptText;
  if (promptText == null) {
    if (endpoint === 'text_to_video') issues.push({ code: 'invalid_type', path: ['promptText'], message: 'Required' });
  } else if (typeof promptText !== 'string') {
    issues.push({ code: 'invalid_type', path: ['promptText'], message: `Expected string, received ${describe(promptText)}` });
  } else if (promptText.length === 0 || promptText.length > (spec.maxPromptUtf16Units ?? Infinity)) {
    issues.push({
      code: promptText.length === 0 ? 'too_small' : 'too_big',
      path: ['promptText'],
      message: `String must contain from 1 to ${spec.maxPromptUtf16Units ?? 'any number of'} character(s)`,
    });
  }

  const ratios = endpoint === 'text_to_video' ? spec.textRatios : spec.imageRatios;
  if (fields.ratio == null && spec.ratioOptional) {
    // Left out where the union allows it: Runway picks; the emulator renders landscape.
  } else if (typeof fields.ratio !== 'string' || !ratios.includes(fields.ratio)) {
    issues.push({
      code: fields.ratio == null ? 'invalid_type' : 'invalid_enum_value',
      path: ['ratio'],
      message:
        fields.ratio == null
          ? 'Required'
          : `Invalid enum value. Expected ${ratios.map((ratio) => `'${ratio}'`).join(' | ')}, received '${typeof fields.ratio === 'string' ? fields.ratio : JSON.stringify(fields.ratio)}'`,
    });
  }

  const longest = spec.durations.allowed[spec.durations.allowed.length - 1]!;
  const auto =
    spec.durations.auto === true && (fields.duration === 'auto' || (fields.duration == null && spec.durations.defaultSeconds == null));
  const duration = auto ? longest : (fields.duration ?? spec.durations.defaultSeconds);
  if (duration == null) {
    issues.push({ code: 'invalid_type', path: ['duration'], message: 'Required' });
  } else if (typeof duration !== 'number' || !spec.durations.allowed.includes(duration)) {
    const expected = [...(spec.durations.auto === true ? ["'auto'"] : []), ...describeDurations(spec.durations.allowed)].join(' | ');
    issues.push({ code: 'invalid_enum_value', path: ['duration'], message: `Expected ${expected}, received ${JSON.stringify(duration)}` });
  }
  for (const field of spec.referenceFields[endpoint]) {
    if (fields[field] != null && !Array.isArray(fields[field]))
      issues.push({ code: 'invalid_type', path: [field], message: `Expected array, received ${describe(fields[field])}` });
  }

  const audio = fields.audio ?? spec.audio !== 'none';
  if (typeof audio !== 'boolean')
    issues.push({ code: 'invalid_type', path: ['audio'], message: `Expected boolean, received ${describe(audio)}` });

  const seed = fields.seed;
  if (seed != null && (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED)) {
    issues.push({ code: 'invalid_type', path: ['seed'], message: `Expected an integer from 0 to ${MAX_SEED}` });
  }
  if (fields.negativePrompt != null && typeof fields.negativePrompt !== 'string') {
    issues.push({
      code: 'invalid_type',
      path: ['negativePrompt'],
      message: `Expected string, received ${describe(fields.negativePrompt)}`,
    });
  }

  const promptImages = endpoint === 'image_to_video' ? readPromptImages(fields.promptImage, spec, issues) : [];
  if (issues.length > 0) return validationFailure(issues);

  const durationSeconds = duration as number;
  const withAudio = spec.audio === 'flag' ? (audio as boolean) : spec.audio === 'always';
  return {
    endpoint,
    model,
    promptText: typeof promptText === 'string' ? promptText : '',
    ratio: typeof fields.ratio === 'string' ? fields.ratio : DEFAULT_RATIO,
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

function readPromptImages(value: unknown, spec: ModelSpec, issues: RunwayIssue[]): RunwayEmulatorCreate['promptImages'] {
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
  const images: { uri: string; position: 'first' | 'last' | 'reference' }[] = [];
  for (const entry of entries) {
    if (typeof entry.uri !== 'string' || !/^(https:\/\/|runway:\/\/|data:image\/)/.test(entry.uri)) {
      issues.push({ code: 'custom', path: entry.path, message: 'Expected an HTTPS URL, a runway:// upload URI or a data URI' });
      continue;
    }
    if (entry.position == null && spec.referenceImages) {
      images.push({ uri: entry.uri, position: 'reference' });
      continue;
    }
    const allowed = spec.lastFrame ? ['first', 'last'] : ['first'];
    if (typeof entry.position !== 'string' || !allowed.includes(entry.position)) {
      issues.push({
        code: 'invalid_enum_value',
        path: [...entry.path, 'position'],
        message: `Expected ${allowed.map((item) => `'${item}'`).join(' | ')}`,
      });
      continue;
    }
    images.push({ uri: entry.uri, position: entry.position as 'first' | 'last' });
  }
  const references = images.filter((image) => image.position === 'reference').length;
  if (references > 0 && references < images.length) {
    issues.push({ code: 'custom', path: ['promptImage'], message: 'Keyframes (first/last) and reference images cannot be mixed' });
  } else if (references === 0 && images.length > 0 && images.every((image) => image.position === 'last')) {
    issues.push({
      code: 'custom',
      path: ['promptImage'],
      message: 'A first frame is required; generating with only a last frame is not supported',
    });
  }
  return images;
}

/** "2 | 3 | … | 10" is long; a contiguous range reads as "an integer from 2 to 10". */
function describeDurations(allowed: readonly number[]): string[] {
  const first = allowed[0]!;
  const last = allowed[allowed.length - 1]!;
  const contiguous = allowed.length > 3 && allowed.every((value, index) => value === first + index);
  return contiguous ? [`an integer from ${first} to ${last}`] : allowed.map(String);
}

function validationFailure(issues: RunwayIssue[]): RunwayRequestFailure {
  return { status: 400, error: 'Validation of body failed', issues };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
