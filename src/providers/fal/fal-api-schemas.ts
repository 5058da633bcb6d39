import { z } from 'zod';

/**
 * What we submit to a fal video endpoint — strict. Endpoints differ (see fal-input-format.ts); this
 * is the union of the fields ClipRelay fills, each typed as strictly as every endpoint allows, and
 * buildFalInput sends only the ones the endpoint's format has. `duration` is "5", "8s" or 5 by
 * endpoint; the image is a data URI (fal accepts one wherever a file URL goes).
 */
export const falVideoInputSchema = z.strictObject({
  prompt: z.string().min(1),
  negative_prompt: z.string().min(1).optional(),
  duration: z.union([z.string().regex(/^\d+s?$/), z.number().int().positive()]),
  aspect_ratio: z
    .string()
    .regex(/^\d+:\d+$/)
    .optional(),
  resolution: z
    .string()
    .regex(/^(\d+p|4k)$/)
    .optional(),
  generate_audio: z.boolean().optional(),
  /** 0 is a real seed. */
  seed: z.number().int().min(0).optional(),
  image_url: z.string().startsWith('data:image/').optional(),
  start_image_url: z.string().startsWith('data:image/').optional(),
});
export type FalVideoInput = z.infer<typeof falVideoInputSchema>;

// What we receive — lenient: only the fields we read.

/** POST queue.fal.run/{endpoint}: the request id and the URLs fal wants us to use for it. */
export const falQueueSubmitSchema = z.object({
  request_id: z.string().min(1),
  status_url: z.string().nullish(),
  response_url: z.string().nullish(),
  cancel_url: z.string().nullish(),
  queue_position: z.number().nullish(),
});

/** GET …/requests/{id}/status. IN_QUEUE | IN_PROGRESS | COMPLETED; anything else read as running. */
export const falQueueStatusSchema = z.object({
  status: z.string(),
  queue_position: z.number().nullish(),
  logs: z.array(z.object({ message: z.string().nullish() })).nullish(),
  /** Not in the JS SDK's types; read in case a failed request carries it (research §10.6). */
  error: z.string().nullish(),
  error_type: z.string().nullish(),
});

/** GET …/requests/{id} for a video model: `{video: File}` (SDK `I2VOutput`). */
export const falVideoResultSchema = z.object({
  video: z.object({
    url: z.string().min(1),
    content_type: z.string().nullish(),
    file_size: z.number().nullish(),
  }),
});

/** A model error lists typed entries; a request error is one sentence plus `error_type` (fal docs "Errors"). */
export const falErrorBodySchema = z.object({
  detail: z
    .union([
      z.string(),
      z.array(
        z.object({
          loc: z.array(z.union([z.string(), z.number()])).nullish(),
          msg: z.string().nullish(),
          type: z.string().nullish(),
        }),
      ),
    ])
    .nullish(),
  error_type: z.string().nullish(),
  /** Cancel answers: CANCELLATION_REQUESTED | ALREADY_COMPLETED | NOT_FOUND. */
  status: z.string().nullish(),
});
export type FalErrorBody = z.infer<typeof falErrorBodySchema>;
