/**
 * Where a generated clip came from, written into the host project (Premiere: project metadata
 * columns) and into a JSON sidecar beside the media file. The media itself is never rewritten.
 */
export interface ClipProvenance {
  readonly prompt: string;
  /** Provider id, e.g. "kling". */
  readonly providerId: string;
  /** Catalog model id, e.g. "kling-v2-6". */
  readonly model: string;
  /** The provider's job/task id. */
  readonly jobId: string;
  /** The seed sent with the request; null when the provider picked one. 0 is a real seed. */
  readonly seed: number | null;
  /** The catalog's list-price estimate for the clip in USD; null when unknown. */
  readonly costUsd: number | null;
  /** When the clip was generated, ISO 8601 with time zone, e.g. "2026-03-01T10:15:00.000Z". */
  readonly createdAt: string;
}
