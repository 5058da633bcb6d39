import { z } from 'zod';

/**
 * The Gemini API's Interactions API as `@google/genai` 2.32.0 speaks it (dist/genai.d.ts,
 * `CreateModelInteraction`, `Interaction`, `VideoResponseFormat_2`, `VideoConfig`; S). Field names
 * are snake_case on the wire: the SDK sends the body as given (dist/node/index.cjs
 * `interactionsCreate` → `encodeJSON`).
 */

/** A text or image block of `input`. */
const omniInputBlockSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('text'), text: z.string().min(1) }),
  z.strictObject({ type: z.literal('image'), data: z.string().min(1), mime_type: z.enum(['image/png', 'image/jpeg', 'image/webp']) }),
]);

/** `generation_config.video_config.task` (SDK `Task`; `upscale` exists but is not ours to send). */
const omniTaskSchema = z.enum(['text_to_video', 'image_to_video', 'reference_to_video', 'edit', 'extend']);
export type OmniTask = z.infer<typeof omniTaskSchema>;

/** What we send to `POST /v1beta/interactions` — strict, so a mistake of ours fails before the wire. */
export const googleOmniCreateRequestSchema = z.strictObject({
  model: z.string().min(1),
  /** The prompt alone, or the prompt then the first-frame image or the reference images. */
  input: z.union([z.string().min(1), z.array(omniInputBlockSchema).min(2)]),
  /**
   * Deprecated in the SDK's types in favour of `response_format`, yet every published Omni example
   * still sends it (research/video-apis-2026-12.md §1, T); harmless beside `response_format`.
   */
  response_modalities: z.tuple([z.literal('video')]),
  /** A job, not a held-open call: create answers at once and we poll. */
  background: z.literal(true),
  /** Kept server-side: polls read it back and `previous_interaction_id` needs it (SDK default true). */
  store: z.literal(true),
  previous_interaction_id: z.string().min(1).optional(),
  response_format: z.strictObject({
    type: z.literal('video'),
    aspect_ratio: z.enum(['16:9', '9:16']),
    /** A protobuf Duration string, "8s" (the SDK types it as a plain string; the form is I). */
    duration: z.string().regex(/^\d+s$/),
    resolution: z.enum(['360p', '720p', '1080p', '4k']),
    delivery: z.enum(['inline', 'uri']),
  }),
  generation_config: z.strictObject({ video_config: z.strictObject({ task: omniTaskSchema }) }),
});
export type GoogleOmniCreateRequest = z.infer<typeof googleOmniCreateRequestSchema>;

// What we receive — lenient: only the fields we read, null or absent tolerated, unknown dropped.

const contentSchema = z.object({
  type: z.string(),
  data: z.string().nullish(),
  uri: z.string().nullish(),
  mime_type: z.string().nullish(),
});

/** google.rpc.Status inside a step (SDK `ModelOutputStep.error`). */
const stepErrorSchema = z.object({ code: z.number().nullish(), message: z.string().nullish() });

/**
 * An interaction. `status` is one of the SDK's `InteractionStatus` values ("queued", "in_progress",
 * "completed", "failed", "cancelled", "incomplete", "budget_exceeded", "requires_action",
 * "requires_continuation"); the video is a `type: "video"` block of a `model_output` step.
 */
export const googleInteractionSchema = z.object({
  id: z.string().min(1),
  status: z.string().min(1),
  steps: z.array(z.object({ type: z.string(), content: z.array(contentSchema).nullish(), error: stepErrorSchema.nullish() })).nullish(),
  /** SDK `ErrorT {code?: string, message?: string}`: faults recorded on the interaction. */
  errors: z.array(z.object({ code: z.string().nullish(), message: z.string().nullish() })).nullish(),
});
export type GoogleInteraction = z.infer<typeof googleInteractionSchema>;
