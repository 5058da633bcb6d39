import { z } from 'zod';

/**
 * Clip lengths the Videos API accepts, as strings on the wire. The SDK enum lists 4/8/12; the
 * current guide adds 16 and 20 for both models (research/providers.md §1 "Parameters").
 */
export const OPENAI_VIDEO_SECONDS = ['4', '8', '12', '16', '20'] as const;

/** Frame sizes the Videos API accepts; 1920x1080 / 1080x1920 are sora-2-pro only (§1). */
export const OPENAI_VIDEO_SIZES = ['720x1280', '1280x720', '1024x1792', '1792x1024', '1920x1080', '1080x1920'] as const;
export type OpenAIVideoSize = (typeof OPENAI_VIDEO_SIZES)[number];

/** A reference image given by URL (https or data URL) or by an uploaded file's id. */
const openaiImageReferenceSchema = z.union([
  z.strictObject({ image_url: z.string().min(1) }),
  z.strictObject({ file_id: z.string().min(1) }),
]);

/**
 * What we send to POST /videos as JSON — strict, so a mistake of ours fails before the wire.
 * When the reference image is a file upload the same fields go out as multipart/form-data.
 */
export const openaiVideoCreateRequestSchema = z.strictObject({
  model: z.string().min(1),
  prompt: z.string().min(1),
  seconds: z.enum(OPENAI_VIDEO_SECONDS),
  size: z.enum(OPENAI_VIDEO_SIZES),
  input_reference: openaiImageReferenceSchema.optional(),
});
export type OpenAIVideoCreateRequest = z.infer<typeof openaiVideoCreateRequestSchema>;

/** POST /videos/{id}/remix. */
export const openaiVideoRemixRequestSchema = z.strictObject({
  prompt: z.string().min(1),
});

// What we receive — lenient: only the fields we read, nulls tolerated, unknown fields dropped.

export const openaiVideoSchema = z.object({
  id: z.string().min(1),
  model: z.string().nullish(),
  /** queued | in_progress | completed | failed; anything else is read as still running. */
  status: z.string(),
  /** Approximate percent, 0–100. */
  progress: z.number().nullish(),
  prompt: z.string().nullish(),
  /** Seconds as a string ("8"); the response type is open, so numbers are tolerated too. */
  seconds: z.union([z.string(), z.number()]).nullish(),
  size: z.string().nullish(),
  /** Unix seconds. */
  created_at: z.number().nullish(),
  completed_at: z.number().nullish(),
  /** Unix seconds when the downloadable content expires. */
  expires_at: z.number().nullish(),
  remixed_from_video_id: z.string().nullish(),
  error: z
    .object({
      code: z.union([z.string(), z.number()]).transform(String).nullish(),
      message: z.string().nullish(),
    })
    .nullish(),
});
export type OpenAIVideo = z.infer<typeof openaiVideoSchema>;

/** GET /videos: a cursor page; the next page starts `after` the last id. */
export const openaiVideoListSchema = z.object({
  data: z.array(openaiVideoSchema),
  has_more: z.boolean().nullish(),
  first_id: z.string().nullish(),
  last_id: z.string().nullish(),
});

/**
 * `{"error": {message, type, param, code}}` from OpenAI; Azure OpenAI sends `{"error": {code, message}}`
 * with a string code such as "401". Everything optional because proxies send their own bodies.
 */
export const openaiErrorBodySchema = z.object({
  error: z
    .object({
      message: z.string().nullish(),
      type: z.string().nullish(),
      param: z.string().nullish(),
      code: z.union([z.string(), z.number()]).transform(String).nullish(),
    })
    .nullish(),
});
