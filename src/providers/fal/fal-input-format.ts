/**
 * How one fal endpoint wants its input: fal's endpoints are separate apps with their own schemas
 * (duration "5" vs "8s" vs 5, `generate_audio` or not, `aspect_ratio` on text-to-video only, the
 * image under `image_url` or `start_image_url` …). This file is that knowledge as data, matched by
 * endpoint id, so a new endpoint of a known family works before the catalog lists it.
 *
 * Each format says where it comes from. `verified: true` rows are read from @fal-ai/client 1.10.1
 * `src/types/endpoints.d.ts` (the endpoint map and its input types, S). `verified: false` rows are
 * endpoints that map lacks; their input is inferred from fal's model pages and the nearest sibling
 * family and is isolated here, so a correction is one row.
 */
type FalEndpointFamily = 'kling' | 'kling-omni' | 'veo' | 'seedance' | 'wan' | 'ltx' | 'minimax' | 'gemini-omni';

export interface FalInputFormat {
  readonly family: FalEndpointFamily;
  /** `duration` on the wire: "5" (seconds as a string), "8s" (with the unit) or 5 (an integer). */
  readonly duration: 'seconds-string' | 'seconds-suffix' | 'integer';
  /** Whole seconds `duration` takes. */
  readonly durationsSeconds: readonly number[];
  /** Values `aspect_ratio` takes; undefined: no such field (the frame follows the image). */
  readonly aspectRatios?: readonly string[];
  /** `flag`: takes `generate_audio`; `always`: sound with no switch; `none`: silent. */
  readonly audio: 'flag' | 'always' | 'none';
  /** Our resolution name → the endpoint's `resolution` value; undefined: no such field. */
  readonly resolutions?: Readonly<Record<string, string>>;
  readonly negativePrompt: boolean;
  readonly seed: boolean;
  /** Image-to-video endpoints: the field that takes the first frame. undefined: text only. */
  readonly imageField?: 'image_url' | 'start_image_url';
  /** Read from the SDK's endpoint types (true) or inferred (false, see the row's comment). */
  readonly verified: boolean;
}

const P720_1080 = { '720p': '720p', '1080p': '1080p' } as const;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);
const KLING_FRAMES = ['16:9', '9:16', '1:1'];
const WIDE_TALL = ['16:9', '9:16'];
const SEEDANCE_FRAMES = ['21:9', '16:9', '4:3', '1:1', '3:4', '9:16'];

type Row = Omit<FalInputFormat, 'imageField' | 'aspectRatios'>;
/** A rule's text-to-video format, and its image-to-video sibling: the image field, and whether it keeps aspect_ratio. */
const pair = (base: Row, frames: readonly string[], imageField: 'image_url' | 'start_image_url', imageKeepsFrame: boolean) => ({
  text: { ...base, aspectRatios: frames },
  image: { ...base, imageField, aspectRatios: imageKeepsFrame ? frames : undefined },
});

/** Ordered rules: the first whose pattern matches the endpoint id decides. */
const RULES: readonly { readonly pattern: RegExp; readonly text: FalInputFormat; readonly image: FalInputFormat }[] = [
  {
    // Kling 3.0 4K is not in the SDK's endpoint map; assumed to take the v3 input (T: research §5).
    pattern: /^fal-ai\/kling-video\/v3\/4k\//,
    ...pair(
      {
        family: 'kling',
        duration: 'seconds-string',
        durationsSeconds: range(3, 15),
        audio: 'flag',
        negativePrompt: true,
        seed: false,
        verified: false,
      },
      KLING_FRAMES,
      'start_image_url',
      false,
    ),
  },
  {
    // O3 4K is not in the map either (fal.ai/learn/tools/kling-api mentions "Kling O3 4K"); assumed O3 input.
    pattern: /^fal-ai\/kling-video\/o3\/4k\//,
    ...pair(
      {
        family: 'kling-omni',
        duration: 'seconds-string',
        durationsSeconds: range(3, 15),
        audio: 'flag',
        negativePrompt: false,
        seed: false,
        verified: false,
      },
      KLING_FRAMES,
      'image_url',
      false,
    ),
  },
  {
    // O3ProTextToVideoInput / O3ProImageToVideoInput: no negative prompt, the image is `image_url`.
    pattern: /^fal-ai\/kling-video\/o3\//,
    ...pair(
      {
        family: 'kling-omni',
        duration: 'seconds-string',
        durationsSeconds: range(3, 15),
        audio: 'flag',
        negativePrompt: false,
        seed: false,
        verified: true,
      },
      KLING_FRAMES,
      'image_url',
      false,
    ),
  },
  {
    // KlingVideoV3ProTextToVideoInput / …ImageToVideoInput: 3–15 s, `start_image_url`.
    pattern: /^fal-ai\/kling-video\/v3\//,
    ...pair(
      {
        family: 'kling',
        duration: 'seconds-string',
        durationsSeconds: range(3, 15),
        audio: 'flag',
        negativePrompt: true,
        seed: false,
        verified: true,
      },
      KLING_FRAMES,
      'start_image_url',
      false,
    ),
  },
  {
    // KlingVideoV26Pro… and earlier: "5" or "10"; `generate_audio` from v2.6 on (falKlingSupportsAudio).
    pattern: /^fal-ai\/kling-video\//,
    ...pair(
      {
        family: 'kling',
        duration: 'seconds-string',
        durationsSeconds: [5, 10],
        audio: 'flag',
        negativePrompt: true,
        seed: false,
        verified: true,
      },
      KLING_FRAMES,
      'start_image_url',
      false,
    ),
  },
  {
    // veo3Input / Veo3ImageToVideoInput: "8s", 720p or 1080p, seed; image-to-video keeps aspect_ratio.
    pattern: /^fal-ai\/veo3(\.\d+)?(\/|$)/,
    ...pair(
      {
        family: 'veo',
        duration: 'seconds-suffix',
        durationsSeconds: [4, 6, 8],
        audio: 'flag',
        resolutions: P720_1080,
        negativePrompt: true,
        seed: true,
        verified: true,
      },
      WIDE_TALL,
      'image_url',
      true,
    ),
  },
  {
    // Wan27TextToVideoInput / Wan27ImageToVideoInput: 2–15 s, no audio switch — "if [audio_url is]
    // not provided, the model auto-generates matching background music", so the clip always has sound.
    pattern: /^fal-ai\/wan\/v2\.7\//,
    ...pair(
      {
        family: 'wan',
        duration: 'seconds-string',
        durationsSeconds: range(2, 15),
        audio: 'always',
        resolutions: P720_1080,
        negativePrompt: true,
        seed: true,
        verified: true,
      },
      ['16:9', '9:16', '1:1', '4:3', '3:4'],
      'image_url',
      false,
    ),
  },
  {
    // Ltx23TextToVideoInput / Ltx23ImageToVideoInput: 6, 8 or 10 s at 1080p and up; image-to-video keeps aspect_ratio.
    pattern: /^fal-ai\/ltx-2\.3\//,
    ...pair(
      {
        family: 'ltx',
        duration: 'seconds-string',
        durationsSeconds: [6, 8, 10],
        audio: 'flag',
        resolutions: { '1080p': '1080p', '1440p': '1440p', '2160p': '2160p' },
        negativePrompt: false,
        seed: false,
        verified: true,
      },
      WIDE_TALL,
      'image_url',
      true,
    ),
  },
  {
    // Not in the SDK's map. Assumed to take what fal's Seedance 1.5 takes (its input type in the same
    // file: "5"-style durations, aspect_ratio, resolution, generate_audio, seed, `image_url`), with
    // Seedance 2.0's 4–15 s (T×3) — 2.5 reaches 30 s (T: fal's 2.5 page says "native 30-second").
    pattern: /^bytedance\/seedance-2\.5\//,
    ...pair(
      {
        family: 'seedance',
        duration: 'seconds-string',
        durationsSeconds: range(4, 30),
        audio: 'flag',
        resolutions: { '480p': '480p', '720p': '720p' },
        negativePrompt: false,
        seed: true,
        verified: false,
      },
      SEEDANCE_FRAMES,
      'image_url',
      true,
    ),
  },
  {
    pattern: /^bytedance\/seedance-2\.0\//,
    ...pair(
      {
        family: 'seedance',
        duration: 'seconds-string',
        durationsSeconds: range(4, 15),
        audio: 'flag',
        resolutions: { '480p': '480p', '720p': '720p' },
        negativePrompt: false,
        seed: true,
        verified: false,
      },
      SEEDANCE_FRAMES,
      'image_url',
      true,
    ),
  },
  {
    // Not in the SDK's map. fal's H3 Max page (V) gives `duration` as an integer 5–15 and a
    // resolution of 480p or 768p; no audio switch is listed (MiniMax H3 renders native audio).
    pattern: /^minimax\/h3(-max)?\//,
    ...pair(
      {
        family: 'minimax',
        duration: 'integer',
        durationsSeconds: range(5, 15),
        audio: 'always',
        resolutions: { '480p': '480p', '768p': '768p' },
        negativePrompt: false,
        seed: false,
        verified: false,
      },
      SEEDANCE_FRAMES,
      'image_url',
      false,
    ),
  },
  {
    // Not in the SDK's map. fal's Gemini Omni Flash 1.2 page (V): aspect_ratio 16:9 or 9:16,
    // 360p–4K, 3–15 s, native audio with no switch. The duration format is not shown there: "5" is a guess.
    pattern: /^google\/gemini-omni-flash\//,
    ...pair(
      {
        family: 'gemini-omni',
        duration: 'seconds-string',
        durationsSeconds: range(3, 15),
        audio: 'always',
        resolutions: { '360p': '360p', '720p': '720p', '1080p': '1080p', '2160p': '4k' },
        negativePrompt: false,
        seed: false,
        verified: false,
      },
      WIDE_TALL,
      'image_url',
      true,
    ),
  },
];

/** The input format of an endpoint, or undefined for one ClipRelay cannot fill. */
export function falInputFormat(endpointId: string): FalInputFormat | undefined {
  const rule = RULES.find((candidate) => candidate.pattern.test(endpointId));
  if (rule == null) return undefined;
  const format = /\/image-to-video(\/|$)/.test(endpointId) ? rule.image : rule.text;
  // Kling before 2.6 has no `generate_audio` (the same rule as Kling's own `sound`).
  if (format.family === 'kling' && !falKlingSupportsAudio(endpointId)) return { ...format, audio: 'none' };
  return format;
}

/**
 * Whether a fal Kling endpoint takes `generate_audio`: v2.6 and newer and every O3 (3.0 Omni)
 * endpoint do, earlier ones are silent (research §6). Decided from the id so a newer version
 * works before the catalog lists it.
 */
export function falKlingSupportsAudio(endpointId: string): boolean {
  if (/^fal-ai\/kling-video\/o\d+\//.test(endpointId)) return true;
  const match = /^fal-ai\/kling-video\/v(\d+)(?:\.(\d+))?/.exec(endpointId);
  if (match == null) return false;
  const major = Number(match[1]);
  const minor = match[2] == null ? 0 : Number(match[2]);
  return major > 2 || (major === 2 && minor >= 6);
}
