import { z } from 'zod';

/** The API version every request names in `X-Runway-Version` (research/providers.md §4). */
export const RUNWAY_API_VERSION = '2024-11-06';

/** HTTPS URL, `runway://` upload URI or data URI; or keyframes with positions (veo3.1 takes a last frame). */
const promptImageSchema = z.union([
  z.string().min(1),
  z.array(z.strictObject({ uri: z.string().min(1), position: z.enum(['first', 'last']) })).min(1),
]);

/**
 * A non-empty prompt. The length limit differs per model (1000 UTF-16 code units for Veo and
 * Gen-4.x, 3500 for Seedance 2.0, none stated for Gemini Omni Flash) and is checked in
 * buildRunwayCreate from runway-model-features, in UTF-16 units: zod 4.6's `.max()` counts code
 * points, which would let a prompt full of emoji through at twice the length.
 */
const promptTextSchema = z.string().min(1);

/** Runway's seed range: an unsigned 32-bit integer. */
const seedSchema = z.number().int().min(0).max(4_294_967_295);

/**
 * What we send to POST /v1/text_to_video — strict. The per-model union lives in the SDK
 * (`TextToVideoCreateParams`); we send only fields the chosen model takes (see runway-model-features).
 */
export const runwayTextToVideoRequestSchema = z.strictObject({
  model: z.string().min(1),
  promptText: promptTextSchema,
  ratio: z.string().regex(/^\d+:\d+$/),
  duration: z.number().int().positive(),
  /** Models with an audio switch only (veo3.1*, seedance2*): "Audio inclusion affects pricing". */
  audio: z.boolean().optional(),
  seed: seedSchema.optional(),
  /** veo3.1 / veo3.1_fast only. */
  negativePrompt: z.string().min(1).optional(),
});
export type RunwayTextToVideoRequest = z.infer<typeof runwayTextToVideoRequestSchema>;

/** POST /v1/image_to_video: the same fields, an image, and an optional prompt. */
export const runwayImageToVideoRequestSchema = z.strictObject({
  model: z.string().min(1),
  promptImage: promptImageSchema,
  promptText: promptTextSchema.optional(),
  ratio: z.string().regex(/^\d+:\d+$/),
  duration: z.number().int().positive(),
  audio: z.boolean().optional(),
  seed: seedSchema.optional(),
  negativePrompt: z.string().min(1).optional(),
});
export type RunwayImageToVideoRequest = z.infer<typeof runwayImageToVideoRequestSchema>;

// What we receive — lenient: only the fields we read, nulls tolerated, unknown fields dropped.

/** Both create endpoints answer `{id}` (plus an estimated cost we do not need). */
export const runwayCreateResponseSchema = z.object({
  id: z.string().min(1),
});

export const runwayTaskSchema = z.object({
  id: z.string().min(1),
  /** PENDING | THROTTLED | RUNNING | SUCCEEDED | FAILED | CANCELLED; anything else reads as running. */
  status: z.string(),
  /** ISO timestamp. */
  createdAt: z.string().nullish(),
  /** RUNNING only; 0..1 (a percent is tolerated: research/providers.md §10 item 5). */
  progress: z.number().nullish(),
  /** FAILED only: human-friendly, "not recommended to show without context". */
  failure: z.string().nullish(),
  /** FAILED only, e.g. SAFETY.INPUT.TEXT. */
  failureCode: z.string().nullish(),
  /** SUCCEEDED only: signed URLs that expire within 24–48 h. */
  output: z.array(z.string()).nullish(),
});
export type RunwayTask = z.infer<typeof runwayTaskSchema>;

/**
 * Error bodies: `{"error": "<human-readable>"}`, and for body validation also
 * `issues: [{code, path, message}]` and `docUrl` (research/providers.md §4 "Errors";
 * runwayml/sdk-node issues #99, #215).
 */
export const runwayErrorBodySchema = z.object({
  error: z.string().nullish(),
  issues: z
    .array(
      z.object({
        code: z.string().nullish(),
        path: z.array(z.union([z.string(), z.number()])).nullish(),
        message: z.string().nullish(),
      }),
    )
    .nullish(),
  docUrl: z.string().nullish(),
});
