/**
 * One fal endpoint the emulator serves: its input rules. Rows marked "SDK" are read from
 * @fal-ai/client 1.10.1 `src/types/endpoints.d.ts`; rows marked "inferred" are endpoints that map
 * lacks (fal's model pages and third parties), kept apart so a correction is one row.
 */
export interface FalEmulatedEndpoint {
  readonly family: 'kling' | 'kling-omni' | 'veo' | 'seedance' | 'wan' | 'ltx' | 'minimax' | 'gemini-omni';
  /** Values `duration` accepts, exactly: "5" on Kling, "8s" on Veo, 5 (an integer) on MiniMax. */
  readonly durations: readonly (string | number)[];
  /** Values `aspect_ratio` accepts; undefined: not an input of this endpoint. */
  readonly aspectRatios?: readonly string[];
  /** Whether `generate_audio` is an input of this endpoint. */
  readonly audio: boolean;
  /** Values `resolution` accepts; undefined: not an input. */
  readonly resolutions?: readonly string[];
  /** The image field an image-to-video endpoint requires. */
  readonly image?: 'image_url' | 'start_image_url';
  /** Other inputs the endpoint's type declares (accepted, loosely checked). */
  readonly extras: readonly string[];
}

/** A pydantic-style entry of a 422 `detail[]` (fal docs "Errors": loc, msg, type, url, ctx, input). */
interface FalValidationEntry {
  readonly loc: readonly (string | number)[];
  readonly msg: string;
  readonly type: string;
  readonly url: string;
  readonly ctx?: Record<string, unknown>;
  readonly input?: unknown;
}

const range = (first: number, last: number, unit = '') => Array.from({ length: last - first + 1 }, (_, index) => `${first + index}${unit}`);
const KLING_FRAMES = ['16:9', '9:16', '1:1'];
const KLING_V2 = { family: 'kling', durations: ['5', '10'], aspectRatios: KLING_FRAMES, extras: ['negative_prompt', 'cfg_scale'] } as const;
const KLING_V3_TEXT = {
  family: 'kling',
  durations: range(3, 15),
  aspectRatios: KLING_FRAMES,
  audio: true,
  extras: ['negative_prompt', 'cfg_scale', 'multi_prompt', 'shot_type'],
} as const;
const KLING_V3_IMAGE = {
  family: 'kling',
  durations: range(3, 15),
  audio: true,
  image: 'start_image_url',
  extras: ['negative_prompt', 'cfg_scale', 'multi_prompt', 'shot_type', 'end_image_url', 'elements'],
} as const;
const O3_TEXT = {
  family: 'kling-omni',
  durations: range(3, 15),
  aspectRatios: KLING_FRAMES,
  audio: true,
  extras: ['multi_prompt', 'shot_type'],
} as const;
const O3_IMAGE = {
  family: 'kling-omni',
  durations: range(3, 15),
  audio: true,
  image: 'image_url',
  extras: ['multi_prompt', 'shot_type', 'end_image_url'],
} as const;
const VEO_EXTRAS = ['negative_prompt', 'seed', 'auto_fix', 'safety_tolerance'];
const VEO = {
  family: 'veo',
  durations: ['4s', '6s', '8s'],
  aspectRatios: ['16:9', '9:16'],
  audio: true,
  resolutions: ['720p', '1080p'],
  extras: VEO_EXTRAS,
} as const;
const VEO_IMAGE = { ...VEO, aspectRatios: ['auto', '16:9', '9:16'], image: 'image_url' } as const;
const WAN_EXTRAS = ['negative_prompt', 'seed', 'audio_url', 'enable_prompt_expansion', 'enable_safety_checker'];
const LTX_RESOLUTIONS = ['1080p', '1440p', '2160p'];
const SEEDANCE_FRAMES = ['21:9', '16:9', '4:3', '1:1', '3:4', '9:16', 'auto'];
const SEEDANCE = {
  family: 'seedance',
  aspectRatios: SEEDANCE_FRAMES,
  audio: true,
  resolutions: ['480p', '720p', '1080p'],
  extras: ['seed', 'camera_fixed', 'enable_safety_checker'],
} as const;
const MINIMAX = {
  family: 'minimax',
  durations: Array.from({ length: 11 }, (_, index) => 5 + index),
  audio: false,
  resolutions: ['480p', '768p'],
  extras: ['seed', 'prompt_optimizer'],
} as const;
const OMNI = {
  family: 'gemini-omni',
  durations: range(3, 15),
  aspectRatios: ['16:9', '9:16'],
  audio: false,
  resolutions: ['360p', '720p', '1080p', '4k'],
  extras: [],
} as const;

export const FAL_EMULATED_ENDPOINTS: Readonly<Record<string, FalEmulatedEndpoint>> = {
  // SDK: KlingVideoV25TurboPro…, KlingVideoV26Pro…, KlingVideoV3{Standard,Pro}…, O3Pro….
  'fal-ai/kling-video/v2.5-turbo/pro/text-to-video': { ...KLING_V2, audio: false },
  'fal-ai/kling-video/v2.6/pro/text-to-video': { ...KLING_V2, audio: true },
  'fal-ai/kling-video/v2.6/pro/image-to-video': {
    family: 'kling',
    durations: ['5', '10'],
    audio: true,
    image: 'start_image_url',
    extras: ['negative_prompt', 'end_image_url', 'voice_ids'],
  },
  'fal-ai/kling-video/v3/standard/text-to-video': KLING_V3_TEXT,
  'fal-ai/kling-video/v3/pro/text-to-video': KLING_V3_TEXT,
  'fal-ai/kling-video/v3/standard/image-to-video': KLING_V3_IMAGE,
  'fal-ai/kling-video/v3/pro/image-to-video': KLING_V3_IMAGE,
  'fal-ai/kling-video/o3/standard/text-to-video': O3_TEXT,
  'fal-ai/kling-video/o3/pro/text-to-video': O3_TEXT,
  'fal-ai/kling-video/o3/standard/image-to-video': O3_IMAGE,
  'fal-ai/kling-video/o3/pro/image-to-video': O3_IMAGE,
  // Inferred: the 4K tiers are not in the SDK's map; assumed to take their standard/pro siblings' input.
  'fal-ai/kling-video/v3/4k/text-to-video': KLING_V3_TEXT,
  'fal-ai/kling-video/v3/4k/image-to-video': KLING_V3_IMAGE,
  'fal-ai/kling-video/o3/4k/text-to-video': O3_TEXT,
  'fal-ai/kling-video/o3/4k/image-to-video': O3_IMAGE,
  // SDK: veo3Input, Veo3ImageToVideoInput.
  'fal-ai/veo3': VEO,
  'fal-ai/veo3/fast': VEO,
  'fal-ai/veo3.1': VEO,
  'fal-ai/veo3.1/fast': VEO,
  'fal-ai/veo3.1/lite': VEO,
  'fal-ai/veo3.1/image-to-video': VEO_IMAGE,
  'fal-ai/veo3.1/fast/image-to-video': VEO_IMAGE,
  'fal-ai/veo3.1/lite/image-to-video': VEO_IMAGE,
  // SDK: Wan27TextToVideoInput / Wan27ImageToVideoInput — no generate_audio (background music is generated).
  'fal-ai/wan/v2.7/text-to-video': {
    family: 'wan',
    durations: range(2, 15),
    aspectRatios: ['16:9', '9:16', '1:1', '4:3', '3:4'],
    audio: false,
    resolutions: ['720p', '1080p'],
    extras: WAN_EXTRAS,
  },
  'fal-ai/wan/v2.7/image-to-video': {
    family: 'wan',
    durations: range(2, 15),
    audio: false,
    resolutions: ['720p', '1080p'],
    image: 'image_url',
    extras: [...WAN_EXTRAS, 'end_image_url', 'video_url'],
  },
  // SDK: Ltx23TextToVideoInput / Ltx23ImageToVideoInput.
  'fal-ai/ltx-2.3/text-to-video': {
    family: 'ltx',
    durations: ['6', '8', '10'],
    aspectRatios: ['16:9', '9:16'],
    audio: true,
    resolutions: LTX_RESOLUTIONS,
    extras: ['fps'],
  },
  'fal-ai/ltx-2.3/image-to-video': {
    family: 'ltx',
    durations: ['6', '8', '10'],
    aspectRatios: ['auto', '16:9', '9:16'],
    audio: true,
    resolutions: LTX_RESOLUTIONS,
    image: 'image_url',
    extras: ['fps', 'end_image_url'],
  },
  // Inferred: Seedance 2.x as fal's Seedance 1.5 (its SDK type), with 2.0's 4–15 s and 2.5's 4–30 s.
  'bytedance/seedance-2.0/text-to-video': { ...SEEDANCE, durations: range(4, 15) },
  'bytedance/seedance-2.0/image-to-video': {
    ...SEEDANCE,
    durations: range(4, 15),
    image: 'image_url',
    extras: [...SEEDANCE.extras, 'end_image_url'],
  },
  'bytedance/seedance-2.0/fast/text-to-video': { ...SEEDANCE, durations: range(4, 15) },
  'bytedance/seedance-2.0/fast/image-to-video': {
    ...SEEDANCE,
    durations: range(4, 15),
    image: 'image_url',
    extras: [...SEEDANCE.extras, 'end_image_url'],
  },
  'bytedance/seedance-2.0/mini/text-to-video': { ...SEEDANCE, durations: range(4, 15) },
  'bytedance/seedance-2.5/text-to-video': { ...SEEDANCE, durations: range(4, 30) },
  'bytedance/seedance-2.5/image-to-video': {
    ...SEEDANCE,
    durations: range(4, 30),
    image: 'image_url',
    extras: [...SEEDANCE.extras, 'end_image_url'],
  },
  // Inferred: fal's H3 Max page (integer duration 5–15, 480p/768p); aspect ratios from third parties.
  'minimax/h3-max/text-to-video': { ...MINIMAX, aspectRatios: ['21:9', '16:9', '4:3', '1:1', '3:4', '9:16'] },
  'minimax/h3-max/image-to-video': { ...MINIMAX, image: 'image_url' },
  'minimax/h3/text-to-video': { ...MINIMAX, aspectRatios: ['21:9', '16:9', '4:3', '1:1', '3:4', '9:16'] },
  'minimax/h3/image-to-video': { ...MINIMAX, image: 'image_url' },
  // Inferred: fal's Gemini Omni Flash 1.2 page (16:9/9:16, 360p–4K, 3–15 s, no audio switch); "5"-style duration assumed.
  'google/gemini-omni-flash/v1.2/text-to-video': OMNI,
  'google/gemini-omni-flash/v1.2/image-to-video': { ...OMNI, image: 'image_url' },
};

/** fal removed every `fal-ai/sora-2/*` endpoint on 2026-08-02 (research lifecycle warning). */
export const FAL_RETIRED_ENDPOINTS: readonly string[] = [
  'fal-ai/sora-2/text-to-video',
  'fal-ai/sora-2/text-to-video/pro',
  'fal-ai/sora-2/image-to-video',
  'fal-ai/sora-2/image-to-video/pro',
];

/**
 * Validates an input the way fal's runners do (FastAPI/pydantic, so a 422 `detail[]` with one
 * entry per problem). fal checks inputs when the runner takes the request, not at submit: the
 * queue accepts anything JSON and the result answers 422 (research §6: errors appear when
 * fetching the result). Returns the entries; empty means valid.
 */
export function validateFalInput(endpoint: FalEmulatedEndpoint, input: Record<string, unknown>): FalValidationEntry[] {
  const problems: FalValidationEntry[] = [];
  // Extra inputs are refused so a misspelt field of ours shows; fal's own policy on extras is not documented.
  const known = ['prompt', 'duration', ...endpoint.extras];
  if (endpoint.aspectRatios != null) known.push('aspect_ratio');
  if (endpoint.audio) known.push('generate_audio');
  if (endpoint.resolutions != null) known.push('resolution');
  if (endpoint.image != null) known.push(endpoint.image);

  if (typeof input.prompt !== 'string' || input.prompt === '')
    problems.push(entry(['body', 'prompt'], 'Field required', 'missing', input.prompt));
  const duration = input.duration;
  if (duration != null && !endpoint.durations.includes(duration as string | number)) {
    problems.push(literal('duration', endpoint.durations.map(String), duration, typeof endpoint.durations[0] === 'number'));
  }
  if (
    endpoint.aspectRatios != null &&
    input.aspect_ratio != null &&
    !(typeof input.aspect_ratio === 'string' && endpoint.aspectRatios.includes(input.aspect_ratio))
  ) {
    problems.push(literal('aspect_ratio', endpoint.aspectRatios, input.aspect_ratio));
  }
  if (
    endpoint.resolutions != null &&
    input.resolution != null &&
    !(typeof input.resolution === 'string' && endpoint.resolutions.includes(input.resolution))
  ) {
    problems.push(literal('resolution', endpoint.resolutions, input.resolution));
  }
  if (input.generate_audio != null && typeof input.generate_audio !== 'boolean') {
    problems.push(entry(['body', 'generate_audio'], 'Input should be a valid boolean', 'bool_type', input.generate_audio));
  }
  if (input.negative_prompt != null && typeof input.negative_prompt !== 'string') {
    problems.push(entry(['body', 'negative_prompt'], 'Input should be a valid string', 'string_type', input.negative_prompt));
  }
  if (input.seed != null && !(typeof input.seed === 'number' && Number.isInteger(input.seed))) {
    problems.push(entry(['body', 'seed'], 'Input should be a valid integer', 'int_type', input.seed));
  }
  if (endpoint.image != null) {
    const image = input[endpoint.image];
    // fal takes an https URL or a data URI wherever a file goes (fal docs "Files": data URIs are accepted inline).
    if (typeof image !== 'string' || !/^(https:\/\/|data:image\/)/.test(image))
      problems.push(entry(['body', endpoint.image], 'Field required', 'missing', image));
  }
  for (const name of Object.keys(input)) {
    if (!known.includes(name)) problems.push(entry(['body', name], 'Extra inputs are not permitted', 'extra_forbidden', input[name]));
  }
  return problems;
}

/** Whether the endpoint's output has sound for this input: a switch where it has one, else always (Wan, MiniMax, Omni). */
export function falOutputHasAudio(endpoint: FalEmulatedEndpoint, input: Record<string, unknown>): boolean {
  if (endpoint.audio) return input.generate_audio !== false;
  // Kling before 2.6 has no switch and no sound; the other families without a switch always have sound.
  return endpoint.family !== 'kling';
}

function literal(field: string, allowed: readonly string[], input: unknown, numbers = false): FalValidationEntry {
  const expected = allowed
    .map((value) => (numbers ? value : `'${value}'`))
    .join(', ')
    .replace(/, ([^,]*)$/, ' or $1');
  return { ...entry(['body', field], `Input should be ${expected}`, 'literal_error', input), ctx: { expected } };
}

function entry(loc: readonly (string | number)[], msg: string, type: string, input: unknown): FalValidationEntry {
  return { loc, msg, type, url: `https://docs.fal.ai/errors#${type}`, input };
}
