/** Image types every image-taking provider accepts (Kling: PNG/JPEG only — its adapter refuses WebP). */
export type ReferenceImageMimeType = 'image/png' | 'image/jpeg' | 'image/webp';

/**
 * An image the clip starts from (first frame, image-to-video). Held in memory only: the job ledger
 * is JSON, so the runner keeps the bytes out of it and records just `fileName`.
 */
export interface ReferenceImage {
  readonly bytes: Uint8Array;
  readonly mimeType: ReferenceImageMimeType;
  /** For display and for multipart uploads, e.g. "frame.png". */
  readonly fileName: string;
}

/** One shot of a multi-shot clip (VideoRequest.shots). */
interface VideoShot {
  readonly prompt: string;
  /** Whole seconds. */
  readonly durationSeconds: number;
}

/** A generation to continue (VideoRequest.continueFrom). */
export interface VideoContinuation {
  readonly mode: 'extend' | 'edit';
  /** The earlier job's `JobRef.jobId` at the same provider (Gemini Omni: its interaction id). */
  readonly providerJobId: string;
}

/** What the user asked for, provider-neutral. Validated against the model catalog before sending. */
export interface VideoRequest {
  /** Catalog model id, e.g. "kling-v2-6". */
  readonly model: string;
  readonly prompt: string;
  /** @default undefined (none) */
  readonly negativePrompt?: string;
  readonly durationSeconds: number;
  /** e.g. "16:9"; usually derived from the sequence frame size. */
  readonly aspectRatio: `${number}:${number}`;
  /** Ask for native generated audio where the model can produce it. */
  readonly audio: boolean;
  /**
   * Output resolution by its short side, e.g. "720p", "1080p"; checked against the model's
   * catalog `resolutions`. @default undefined (the model's or adapter's default)
   */
  readonly resolution?: '720p' | '1080p' | '2160p' | (string & {});
  /**
   * A shot list: the clip cuts from one shot to the next, each with its own prompt and length in
   * whole seconds; the lengths add up to `durationSeconds`. Only for models whose catalog entry has
   * `multiShot` (Kling 3.0: up to 6). `prompt` still names the clip. JSON-safe, so the job ledger
   * keeps it. @default undefined (one shot from `prompt`)
   */
  readonly shots?: readonly VideoShot[];
  /** First frame for image-to-video. @default undefined (text to video) */
  readonly referenceImage?: ReferenceImage;
  /**
   * What the clip should contain — characters, objects, style — not its first frame. Only for
   * models whose catalog entry has `maxReferenceImages`; validation refuses them elsewhere. Held in
   * memory only, like `referenceImage`. @default undefined (none)
   */
  readonly referenceImages?: readonly ReferenceImage[];
  /** @default undefined (provider picks); 0 is a real seed. */
  readonly seed?: number;
  /**
   * Continue an earlier generation of the same provider instead of starting from nothing:
   * `extend` adds `durationSeconds` of new video after its end, `edit` re-renders it as `prompt`
   * asks (Gemini Omni: `previous_interaction_id`). Only for models whose catalog entry lists the
   * mode in `continuation`; validation refuses it elsewhere. JSON-safe, so the job ledger keeps it.
   * @default undefined (a new generation)
   */
  readonly continueFrom?: VideoContinuation;
  /**
   * Our own id for this generation, sent where the provider accepts one (Kling `external_task_id`),
   * so a create whose answer was lost can be found again instead of re-posted.
   */
  readonly clientJobId: string;
}
