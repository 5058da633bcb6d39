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
  /** @default undefined (provider picks); 0 is a real seed. */
  readonly seed?: number;
  /**
   * Our own id for this generation, sent where the provider accepts one (Kling `external_task_id`),
   * so a create whose answer was lost can be found again instead of re-posted.
   */
  readonly clientJobId: string;
}
