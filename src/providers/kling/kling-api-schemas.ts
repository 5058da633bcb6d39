import { z } from 'zod';

/**
 * What we send to POST /v1/videos/text2video — strict, so a mistake of ours fails before the wire.
 * Note `duration` is a string on Kling's API ("5", "10").
 */
export const klingText2VideoRequestSchema = z.strictObject({
  model_name: z.string().min(1),
  prompt: z.string().min(1).max(2500),
  negative_prompt: z.string().max(2500).optional(),
  duration: z.string().regex(/^\d+$/),
  mode: z.enum(['std', 'pro']),
  aspect_ratio: z.enum(['16:9', '9:16', '1:1']),
  /** Only kling-v2-6 and newer accept it. */
  sound: z.enum(['on', 'off']).optional(),
  external_task_id: z.string().min(1).optional(),
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
  mode: z.enum(['std', 'pro']),
  sound: z.enum(['on', 'off']).optional(),
  external_task_id: z.string().min(1).optional(),
});
export type KlingImage2VideoRequest = z.infer<typeof klingImage2VideoRequestSchema>;

/** Kling's two task families; each has its own create, query and list paths. */
export type KlingTaskEndpoint = 'text2video' | 'image2video';

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
export function klingEnvelopeSchema<Data extends z.ZodType>(data: Data) {
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
