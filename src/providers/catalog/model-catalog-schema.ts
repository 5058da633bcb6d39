import { z } from 'zod';

/**
 * An origin pattern UXP's manifest accepts: https, optionally one leading "*." label wildcard; or,
 * for a self-hosted server on the user's own machine (ComfyUI), a loopback http origin with its
 * port, e.g. "http://127.0.0.1:8188".
 */
const hostPatternSchema = z
  .string()
  .regex(
    /^(https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+|http:\/\/(127\.0\.0\.1|localhost):\d{1,5})$/,
    'expected https://host, https://*.domain or a loopback http://127.0.0.1:port',
  );

/** A calendar day, e.g. "2026-09-24"; lifecycle dates are days, not instants. */
const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date, e.g. 2026-09-24');

/**
 * Where a fact comes from and how sure we are (the grades of research/video-apis-2026-12.md):
 * V = the vendor's own docs or changelog, S = SDK source or the vendor's SDK release notes,
 * T = a third party ("T×3" when three agree), I = our own inference.
 */
const factSourceSchema = z.strictObject({
  /** A URL, or an SDK file as "package@version path", e.g. "openai@6.30.1 src/resources/videos.ts". */
  ref: z.string().min(1),
  grade: z.string().regex(/^[VSTI](×\d+)?$/, 'expected a grade V, S, T, T×n or I'),
  /** The day the source was read. */
  checkedOn: isoDateSchema,
});

/**
 * Where a model is in its life at the vendor. `live` and `preview` are offered; `deprecated` is
 * offered with its end date shown; `retired` is not offered and a request naming it is refused
 * with the replacement. A `retiredOn` day that has passed makes a deprecated model retired
 * without a catalog update (see model-lifecycle.ts).
 */
const modelLifecycleSchema = z.strictObject({
  status: z.enum(['live', 'preview', 'deprecated', 'retired']),
  /** The day the vendor announced the end (or marked it deprecated). */
  deprecatedOn: isoDateSchema.optional(),
  /** The day calls stopped (retired) or will stop (deprecated). */
  retiredOn: isoDateSchema.optional(),
  /** What to use instead; may live on another provider (Gemini API preview → Vertex GA). */
  replacement: z.strictObject({ provider: z.string().min(1), model: z.string().min(1) }).optional(),
  /** One sentence for the user, e.g. "OpenAI shut the Sora API down." */
  note: z.string().min(1).optional(),
  /** Where the lifecycle fact comes from; at least one. */
  sources: z.array(factSourceSchema).min(1),
  /**
   * The model id and the options listed here are confirmed by the vendor itself (its docs, changelog
   * or SDK: a V or S source) or by a live call. False when only third parties or our inference say
   * so (T, I): the Generate tab marks such a model and `cliprelay models --check` confirms it against
   * the live API with the user's key.
   */
  verified: z.boolean(),
});

/**
 * A combination the vendor refuses, as data, checked before anything is sent. `when` selects the
 * requests it applies to (every listed condition must hold); `allowedResolutions` is what such a
 * request must use; `message` tells the user how to get out.
 */
const modelConstraintSchema = z.strictObject({
  when: z.strictObject({
    /** Applies to requests asking for native audio (true) or silence (false). */
    audio: z.boolean().optional(),
  }),
  allowedResolutions: z.array(z.string().regex(/^\d+p$/)).min(1),
  /** Shown as is, e.g. "Kling 2.6 makes sound only at 1080p (pro mode); pick 1080p or turn sound off." */
  message: z.string().min(1),
  sources: z.array(factSourceSchema).min(1),
});

/**
 * A model that takes a list of shots in one generation (Kling 3.0 `multi_shot` + `multi_prompt`):
 * the clip cuts from shot to shot, each with its own prompt and length. The shot seconds must add
 * up to the clip's duration (every source that states a rule says so).
 */
const multiShotCapabilitySchema = z.strictObject({
  /** Most shots one clip may have, e.g. 6 on Kling 3.0. */
  maxShots: z.number().int().min(2),
  /** Shortest shot, whole seconds. @default 1 */
  minShotSeconds: z.number().int().positive().optional(),
  /** Longest prompt of one shot, in characters. @default undefined (the model's prompt limit) */
  maxShotPromptChars: z.number().int().positive().optional(),
  sources: z.array(factSourceSchema).min(1),
});

/**
 * One generation model as data. Strict: this file is ours, so a typo must fail loudly.
 * Prices are approximate list prices per second of output, for estimates only.
 */
const catalogModelSchema = z.strictObject({
  /**
   * The catalog's key for the model, unique across providers, e.g. "kling-v2-6"; also the id sent
   * on the wire unless `wireModelId` says otherwise.
   */
  id: z.string().min(1),
  /**
   * The provider's own id when the catalog id must differ, e.g. the same model on two providers
   * (Gemini Omni on the Gemini API and on Vertex AI: "gemini-omni-1.2-flash" both). Adapters send
   * it and model listings are compared with it. @default id
   */
  wireModelId: z.string().min(1).optional(),
  /** Provider id, matching VideoProvider.id, e.g. "kling". */
  provider: z.string().min(1),
  /** Name shown to editors and used in messages, e.g. "Kling 2.6". */
  displayName: z.string().min(1),
  /** The provider's default model for new generations. @default false */
  isProviderDefault: z.boolean().optional(),
  /** Every clip length the model accepts, ascending. */
  durationsSeconds: z.array(z.number().int().positive()).min(1),
  aspectRatios: z.array(z.string().regex(/^\d+:\d+$/)).min(1),
  /** Native audio: always generated, switchable per request, or never. */
  audio: z.enum(['always', 'toggle', 'none']),
  /**
   * Output resolutions the model renders, by short side ("720p", "1080p"), ascending.
   * @default undefined (unknown: any requested resolution is left to the adapter, which warns)
   */
  resolutions: z
    .array(z.string().regex(/^\d+p$/))
    .min(1)
    .optional(),
  /**
   * Whether the model takes a first-frame image. @default undefined (unknown: the adapter decides,
   * warning when it cannot send one)
   */
  imageInput: z.enum(['optional', 'required', 'none']).optional(),
  /**
   * The longest prompt the vendor accepts, in characters (UTF-16 units, as JavaScript counts them).
   * Checked before the job is recorded, so a too-long prompt is refused in words and never sent.
   * @default undefined (no limit known)
   */
  maxPromptChars: z.number().int().positive().optional(),
  /** List price per second of output at the model's default resolution (the request names none). */
  pricePerSecondUsd: z.number().nonnegative(),
  /**
   * List price per second by output resolution, where the vendor prices resolutions differently
   * (Kling 3.0: 4K costs 3.75× 1080p). A resolution not listed costs `pricePerSecondUsd`.
   * @default undefined (one price for every resolution)
   */
  pricePerSecondUsdByResolution: z.record(z.string().regex(/^\d+p$/), z.number().nonnegative()).optional(),
  /** API origins the panel calls; each must be listed in the UXP manifest. */
  apiHosts: z.array(hostPatternSchema).min(1),
  /** Origins result files are downloaded from (often a CDN distinct from the API). */
  downloadHosts: z.array(hostPatternSchema).min(1),
  /**
   * The same underlying model across providers, e.g. "veo-3.1" for Gemini API, Vertex, Runway and
   * fal: the alternatives offered when one of them is unavailable. @default undefined (no siblings)
   */
  family: z.string().min(1).optional(),
  /**
   * Where the model is in its life. @default undefined — treated as live; every built-in entry has
   * one (a test checks), a newer catalog from `--catalog` may leave it out.
   */
  lifecycle: modelLifecycleSchema.optional(),
  /** Combinations the vendor refuses. @default [] */
  constraints: z.array(modelConstraintSchema).optional(),
  /**
   * Ways the model continues one of its own earlier generations (VideoRequest.continueFrom):
   * `extend` (more video after its end) and/or `edit` (the same clip changed by a new prompt).
   * @default undefined (neither; a request continuing a generation is refused)
   */
  continuation: z
    .array(z.enum(['extend', 'edit']))
    .min(1)
    .optional(),
  /**
   * How many images of what the clip should contain (VideoRequest.referenceImages: characters,
   * objects, style; not the first frame) the model takes. @default undefined (none; refused)
   */
  maxReferenceImages: z.number().int().positive().optional(),
  /** Shot lists (VideoRequest.shots). @default undefined (one shot only; a request with shots is refused) */
  multiShot: multiShotCapabilitySchema.optional(),
});

export const modelCatalogSchema = z.strictObject({
  models: z.array(catalogModelSchema).min(1),
});

export type CatalogModel = z.infer<typeof catalogModelSchema>;
export type ModelCatalog = z.infer<typeof modelCatalogSchema>;
