import { z } from 'zod';

/**
 * What we send to `…:predictLongRunning` — strict, so a mistake of ours fails before the wire.
 * Same body on the Gemini API and Vertex AI; Vertex-only parameters are marked
 * (research/providers.md §2, SDK converters `generateVideosParametersToMldev`/`…ToVertex`).
 */
export const googleVeoCreateRequestSchema = z.strictObject({
  instances: z.tuple([
    z.strictObject({
      prompt: z.string().min(1),
      /** First frame for image-to-video; inline only on the Gemini API. */
      image: z
        .strictObject({ bytesBase64Encoded: z.string().min(1), mimeType: z.enum(['image/png', 'image/jpeg', 'image/webp']) })
        .optional(),
    }),
  ]),
  parameters: z.strictObject({
    /** One clip per job: a job maps to one timeline item. */
    sampleCount: z.literal(1),
    durationSeconds: z.number().int().positive(),
    aspectRatio: z.enum(['16:9', '9:16']),
    resolution: z.enum(['720p', '1080p']).optional(),
    negativePrompt: z.string().min(1).optional(),
    personGeneration: z.enum(['allow_all', 'allow_adult', 'dont_allow']).optional(),
    /** Vertex AI only; 0 is a real seed. @google/genai 2.32.0 refuses it on the Gemini API (research update item 4). */
    seed: z.number().int().min(0).max(4_294_967_295).optional(),
    /** Vertex AI only: the Gemini API always generates audio and refuses the switch. */
    generateAudio: z.boolean().optional(),
    /** Vertex AI only: a bucket prefix the results are written to, e.g. gs://bucket/clips/. */
    storageUri: z
      .string()
      .regex(/^gs:\/\/[^/]+/)
      .optional(),
  }),
});
export type GoogleVeoCreateRequest = z.infer<typeof googleVeoCreateRequestSchema>;

/** Vertex polls with a POST carrying the operation name (research §2, Vertex differences). */
export const googleFetchPredictOperationRequestSchema = z.strictObject({
  operationName: z.string().regex(/^projects\/[^/]+\/locations\/[^/]+\/publishers\/google\/models\/[^/]+\/operations\/[^/]+$/),
});

// What we receive — lenient: only the fields we read, null or absent tolerated, unknown dropped.

/** google.rpc.Status, as an operation's `error` and inside every HTTP error body. */
const googleRpcStatusSchema = z.object({
  code: z.number().nullish(),
  message: z.string().nullish(),
  status: z.string().nullish(),
  details: z.array(z.unknown()).nullish(),
});

/** Gemini API sample: `video.uri` to download with the key, or (rarely) inline `encodedVideo`. */
const geminiGeneratedSampleSchema = z.object({
  video: z.object({ uri: z.string().nullish(), encodedVideo: z.string().nullish(), encoding: z.string().nullish() }).nullish(),
});

/** Vertex AI video: a Cloud Storage URI when `storageUri` was set, else base64 bytes. */
const vertexVideoSchema = z.object({
  gcsUri: z.string().nullish(),
  bytesBase64Encoded: z.string().nullish(),
  mimeType: z.string().nullish(),
});

const raiFilterFields = {
  raiMediaFilteredCount: z.number().nullish(),
  raiMediaFilteredReasons: z.array(z.string()).nullish(),
};

/**
 * A long-running operation from either platform. There is no status enum and no progress: only
 * `done`, then `error` or `response` (research §2 "Operation & polling").
 */
export const googleOperationSchema = z.object({
  name: z.string().min(1),
  done: z.boolean().nullish(),
  error: googleRpcStatusSchema.nullish(),
  response: z
    .object({
      /** Gemini API wraps its result one level deeper. */
      generateVideoResponse: z.object({ generatedSamples: z.array(geminiGeneratedSampleSchema).nullish(), ...raiFilterFields }).nullish(),
      /** Vertex AI. */
      videos: z.array(vertexVideoSchema).nullish(),
      ...raiFilterFields,
    })
    .nullish(),
});
export type GoogleOperation = z.infer<typeof googleOperationSchema>;

/** Every Google HTTP error: `{error: {code, message, status, details}}`. */
export const googleErrorBodySchema = z.object({ error: googleRpcStatusSchema });

/** The `details[]` entries we read; each is recognised by its `@type`. */
export const googleErrorDetailSchema = z.object({
  '@type': z.string(),
  /** google.rpc.ErrorInfo, e.g. API_KEY_INVALID. */
  reason: z.string().nullish(),
  /** google.rpc.BadRequest. */
  fieldViolations: z.array(z.object({ field: z.string().nullish(), description: z.string().nullish() })).nullish(),
  /** google.rpc.QuotaFailure. */
  violations: z.array(z.object({ quotaId: z.string().nullish(), quotaMetric: z.string().nullish() })).nullish(),
  /** google.rpc.RetryInfo, e.g. "39s". */
  retryDelay: z.string().nullish(),
});
export type GoogleErrorDetail = z.infer<typeof googleErrorDetailSchema>;
