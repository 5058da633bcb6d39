import { z } from 'zod';

/**
 * Kling's `mode`: std = 720p, pro = 1080p, 4k = 2160p (4k on kling-v3 only; research
 * video-apis-2026-12.md §3, grade T×3: anyfast, useapi, jiekou).
 */
const klingModeSchema = z.enum(['std', 'pro', '4k']);
export type KlingMode = z.infer<typeof klingModeSchema>;

/**
 * One shot of a multi-shot clip, as Kling 3.0 takes it in `multi_prompt`: `index` from 1, `prompt`
 * up to 512 characters, `duration` whole seconds as a string; the durations add up to the clip's.
 * Sources (grade T): vercel/ai packages/klingai/src/klingai-video-model-options.ts and its
 * t2v-multi-shot example; mulerouter.ai and powertokens.ai transcriptions of the 3.0 docs.
 */
const klingShotSchema = z.strictObject({
  index: z.number().int().min(1),
  prompt: z.string().min(1).max(512),
  duration: z.string().regex(/^\d+$/),
});
export type KlingShot = z.infer<typeof klingShotSchema>;

/**
 * The multi-shot fields of text2video, image2video (kling-v3) and omni-video (kling-v3-omni). We
 * send only `customize` (our own shot list); `intelligence` lets Kling cut the main prompt itself.
 */
const klingMultiShotFields = {
  multi_shot: z.boolean().optional(),
  shot_type: z.enum(['customize', 'intelligence']).optional(),
  multi_prompt: z.array(klingShotSchema).min(1).max(6).optional(),
};

/**
 * What we send to POST /v1/videos/text2video — strict, so a mistake of ours fails before the wire.
 * Note `duration` is a string on Kling's API ("5", "10").
 */
export const klingText2VideoRequestSchema = z.strictObject({
  model_name: z.string().min(1),
  prompt: z.string().min(1).max(2500),
  negative_prompt: z.string().max(2500).optional(),
  duration: z.string().regex(/^\d+$/),
  mode: klingModeSchema,
  aspect_ratio: z.enum(['16:9', '9:16', '1:1']),
  /** Only kling-v2-6 and newer accept it. */
  sound: z.enum(['on', 'off']).optional(),
  external_task_id: z.string().min(1).optional(),
  ...klingMultiShotFields,
});
export type KlingText2VideoRequest = z.infer<typeof klingText2VideoRequestSchema>;

/**
 * What we send to POST /v1/videos/image2video. The frame comes from the image, so there is no
 * `aspect_ratio`; `image` is raw base64 (Kling refuses a `data:` prefix) or an https URL.
 */
export const klingImage2VideoRequestSchema = z.strictObject({
  model_name: z.string().min(1),
  image: z.string().regex(/^(https:\/\/\S+|[A-Za-z0-9+/]+={0,2})$/, 'expected raw base64 (no data: prefix) or an https URL'),
  prompt: z.string().max(2500).optional(),
  negative_prompt: z.string().max(2500).optional(),
  duration: z.string().regex(/^\d+$/),
  mode: klingModeSchema,
  sound: z.enum(['on', 'off']).optional(),
  external_task_id: z.string().min(1).optional(),
  ...klingMultiShotFields,
});
export type KlingImage2VideoRequest = z.infer<typeof klingImage2VideoRequestSchema>;

/**
 * What we send to POST /v1/videos/omni-video for kling-v3-omni. Known from transcriptions only
 * (grade T: WHQ25/rawgenai docs/research/kling/omni-video-o1.md for the endpoint family, anyfast.ai
 * and powertokens.ai for kling-v3-omni): images go in `image_list` (URL or raw base64, `type`
 * first_frame / end_frame); `aspect_ratio` only without a first frame; no separate negative prompt
 * in the official O1 table, so we send none; `prompt` may be left out when `multi_prompt` carries
 * the shots.
 */
export const klingOmniVideoRequestSchema = z.strictObject({
  model_name: z.string().min(1),
  prompt: z.string().min(1).max(2500).optional(),
  image_list: z
    .array(
      z.strictObject({
        image_url: z.string().regex(/^(https:\/\/\S+|[A-Za-z0-9+/]+={0,2})$/, 'expected raw base64 (no data: prefix) or an https URL'),
        type: z.enum(['first_frame', 'end_frame']).optional(),
      }),
    )
    .min(1)
    .max(7)
    .optional(),
  mode: z.enum(['std', 'pro']),
  aspect_ratio: z.enum(['16:9', '9:16', '1:1']).optional(),
  duration: z.string().regex(/^\d+$/),
  sound: z.enum(['on', 'off']).optional(),
  external_task_id: z.string().min(1).optional(),
  ...klingMultiShotFields,
});
export type KlingOmniVideoRequest = z.infer<typeof klingOmniVideoRequestSchema>;

/** Kling's task families; each has its own create, query and list paths. */
export type KlingTaskEndpoint = 'text2video' | 'image2video' | 'omni-video';

// What we receive — lenient: only the fields we read, absent or null tolerated where Kling might
// leave them out, unknown fields dropped.

const klingVideoSchema = z.object({
  id: z.string().nullish(),
  url: z.string(),
  /** Seconds as a string, e.g. "5.1". */
  duration: z.union([z.string(), z.number()]).nullish(),
});

export const klingTaskSchema = z.object({
  task_id: z.union([z.string(), z.number()]).transform(String),
  /** submitted | processing | succeed | failed; anything else is read as still running. */
  task_status: z.string(),
  task_status_msg: z.string().nullish(),
  task_info: z.object({ external_task_id: z.string().nullish() }).nullish(),
  task_result: z.object({ videos: z.array(klingVideoSchema).nullish() }).nullish(),
  /** ms since epoch. */
  created_at: z.number().nullish(),
  updated_at: z.number().nullish(),
});
export type KlingTask = z.infer<typeof klingTaskSchema>;

/** Every Kling answer: `{code, message, request_id, data}`; code 0 means success. */
function klingEnvelopeSchema<Data extends z.ZodType>(data: Data) {
  return z.object({
    code: z.number(),
    message: z.string().nullish(),
    request_id: z.string().nullish(),
    data: data.nullish(),
  });
}

export const klingTaskEnvelopeSchema = klingEnvelopeSchema(klingTaskSchema);

/** Error bodies use the same envelope; everything optional because proxies send their own. */
export const klingErrorBodySchema = z.object({
  code: z.number().nullish(),
  message: z.string().nullish(),
  request_id: z.string().nullish(),
});
