/** One fal endpoint the emulator serves: its input rules, from the SDK's endpoint types. */
export interface FalEmulatedEndpoint {
  readonly family: 'kling' | 'veo';
  /** Values `duration` accepts, as strings: "5" on Kling, "8s" on Veo. */
  readonly durations: readonly string[];
  readonly aspectRatios: readonly string[];
  /** Whether `generate_audio` is an input of this endpoint. */
  readonly audio: boolean;
}

/** A pydantic-style entry of a 422 `detail[]` (fal docs "Errors": loc, msg, type, url, ctx, input). */
export interface FalValidationEntry {
  readonly loc: readonly (string | number)[];
  readonly msg: string;
  readonly type: string;
  readonly url: string;
  readonly ctx?: Record<string, unknown>;
  readonly input?: unknown;
}

const KLING_V2 = { family: 'kling', durations: ['5', '10'], aspectRatios: ['16:9', '9:16', '1:1'] } as const;
const KLING_V3 = { family: 'kling', durations: range(3, 15), aspectRatios: ['16:9', '9:16', '1:1'], audio: true } as const;
const VEO = { family: 'veo', durations: ['4s', '6s', '8s'], aspectRatios: ['16:9', '9:16'], audio: true } as const;

/** The Kling and Veo text-to-video endpoints in @fal-ai/client 1.10's `types/endpoints.ts` (research §6). */
export const FAL_EMULATED_ENDPOINTS: Readonly<Record<string, FalEmulatedEndpoint>> = {
  'fal-ai/kling-video/v2.5-turbo/pro/text-to-video': { ...KLING_V2, audio: false },
  'fal-ai/kling-video/v2.6/pro/text-to-video': { ...KLING_V2, audio: true },
  'fal-ai/kling-video/v3/pro/text-to-video': KLING_V3,
  'fal-ai/kling-video/v3/standard/text-to-video': KLING_V3,
  'fal-ai/veo3': VEO,
  'fal-ai/veo3/fast': VEO,
  'fal-ai/veo3.1': VEO,
  'fal-ai/veo3.1/fast': VEO,
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
  const known = ['prompt', 'negative_prompt', 'duration', 'aspect_ratio', ...(endpoint.audio ? ['generate_audio'] : [])];
  known.push(...(endpoint.family === 'veo' ? ['resolution', 'seed', 'auto_fix', 'safety_tolerance'] : ['cfg_scale']));

  if (typeof input.prompt !== 'string' || input.prompt === '') problems.push(entry(['body', 'prompt'], 'Field required', 'missing', input.prompt));
  const duration = input.duration;
  if (duration != null && !(typeof duration === 'string' && endpoint.durations.includes(duration))) {
    problems.push(literal('duration', endpoint.durations, duration));
  }
  const aspectRatio = input.aspect_ratio;
  if (aspectRatio != null && !(typeof aspectRatio === 'string' && endpoint.aspectRatios.includes(aspectRatio))) {
    problems.push(literal('aspect_ratio', endpoint.aspectRatios, aspectRatio));
  }
  if (input.generate_audio != null && typeof input.generate_audio !== 'boolean') {
    problems.push(entry(['body', 'generate_audio'], 'Input should be a valid boolean', 'bool_type', input.generate_audio));
  }
  if (input.negative_prompt != null && typeof input.negative_prompt !== 'string') {
    problems.push(entry(['body', 'negative_prompt'], 'Input should be a valid string', 'string_type', input.negative_prompt));
  }
  if (endpoint.family === 'veo') {
    if (input.resolution != null && !['720p', '1080p', '4k'].includes(String(input.resolution))) problems.push(literal('resolution', ['720p', '1080p', '4k'], input.resolution));
    if (input.seed != null && !(typeof input.seed === 'number' && Number.isInteger(input.seed))) {
      problems.push(entry(['body', 'seed'], 'Input should be a valid integer', 'int_type', input.seed));
    }
  }
  for (const name of Object.keys(input)) {
    if (!known.includes(name)) problems.push(entry(['body', name], 'Extra inputs are not permitted', 'extra_forbidden', input[name]));
  }
  return problems;
}

function literal(field: string, allowed: readonly string[], input: unknown): FalValidationEntry {
  const expected = allowed.map((value) => `'${value}'`).join(', ').replace(/, ([^,]*)$/, ' or $1');
  return { ...entry(['body', field], `Input should be ${expected}`, 'literal_error', input), ctx: { expected } };
}

function entry(loc: readonly (string | number)[], msg: string, type: string, input: unknown): FalValidationEntry {
  return { loc, msg, type, url: `https://docs.fal.ai/errors#${type}`, input };
}

function range(first: number, last: number): string[] {
  return Array.from({ length: last - first + 1 }, (_, index) => String(first + index));
}
