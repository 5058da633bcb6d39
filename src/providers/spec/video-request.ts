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
  readonly resolution?: '720p' | '1080p' | (string & {});
  /** First frame for image-to-video. @default undefined (text to video) */
  readonly referenceImage?: ReferenceImage;
  /** @default undefined (provider picks); 0 is a real seed. */
  readonly seed?: number;
  /**
   * Our own id for this generation, sent where the provider accepts one (Kling `external_task_id`),
   * so a create whose answer was lost can be found again instead of re-posted.
   */
  readonly clientJobId: string;
}
