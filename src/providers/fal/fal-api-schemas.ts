import { z } from 'zod';

/**
 * What we submit to a fal Kling endpoint (`fal-ai/kling-video/…/text-to-video`) — strict.
 * `duration` is a string of whole seconds, as in Kling's own API; `generate_audio` only exists
 * from v2.6 on (research/providers.md §6 "Model ids"; SDK `types/endpoints.ts`).
 */
export const falKlingInputSchema = z.strictObject({
  prompt: z.string().min(1).max(2500),
  negative_prompt: z.string().max(2500).optional(),
  duration: z.string().regex(/^\d+$/),
  aspect_ratio: z.enum(['16:9', '9:16', '1:1']),
  generate_audio: z.boolean().optional(),
});
export type FalKlingInput = z.infer<typeof falKlingInputSchema>;

/** What we submit to a fal Veo endpoint (`fal-ai/veo3`, `fal-ai/veo3.1[/fast]`) — strict; duration is "8s". */
export const falVeoInputSchema = z.strictObject({
  prompt: z.string().min(1),
  negative_prompt: z.string().optional(),
  duration: z.enum(['4s', '6s', '8s']),
  aspect_ratio: z.enum(['16:9', '9:16']),
  generate_audio: z.boolean(),
  resolution: z.enum(['720p', '1080p']).optional(),
  /** 0 is a real seed. */
  seed: z.number().int().min(0).optional(),
});
export type FalVeoInput = z.infer<typeof falVeoInputSchema>;

// What we receive — lenient: only the fields we read.

/** POST queue.fal.run/{endpoint}: the request id and the URLs fal wants us to use for it. */
export const falQueueSubmitSchema = z.object({
  request_id: z.string().min(1),
  status_url: z.string().nullish(),
  response_url: z.string().nullish(),
  cancel_url: z.string().nullish(),
  queue_position: z.number().nullish(),
});
export type FalQueueSubmit = z.infer<typeof falQueueSubmitSchema>;

/** GET …/requests/{id}/status. IN_QUEUE | IN_PROGRESS | COMPLETED; anything else read as running. */
export const falQueueStatusSchema = z.object({
  status: z.string(),
  queue_position: z.number().nullish(),
  logs: z.array(z.object({ message: z.string().nullish() })).nullish(),
  /** Not in the JS SDK's types; read in case a failed request carries it (research §10.6). */
  error: z.string().nullish(),
  error_type: z.string().nullish(),
});
export type FalQueueStatus = z.infer<typeof falQueueStatusSchema>;

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
