import type { LocalizedMessage } from '../../shared/app-error';
import type { ByteSink, DownloadOptions } from './byte-sink';
import type { JobRef, JobStatus, VideoAsset } from './video-job';
import type { VideoRequest } from './video-request';

/** A request option the model cannot honour; shown to the user, never silently dropped. */
export interface ProviderWarning {
  readonly feature: string;
  /** In English, as the ledger and the CLI keep it. */
  readonly details: string;
  /** The same sentence as a catalog message, so the job card says it in the editor's language. */
  readonly localized?: LocalizedMessage;
}

export interface StartedJob {
  readonly ref: JobRef;
  readonly warnings: readonly ProviderWarning[];
}

/**
 * One per vendor. A provider never loops: polling, backoff, timeouts and cancellation live once,
 * in workflows. Every call accepts an AbortSignal.
 */
export interface VideoProvider {
  readonly id: string;
  readonly displayName: string;
  /** Sends the create request exactly once; never retried automatically. */
  start(request: VideoRequest, options?: { signal?: AbortSignal }): Promise<StartedJob>;
  status(ref: JobRef, options?: { signal?: AbortSignal }): Promise<JobStatus>;
  /** Streams the asset into the sink; returns the number of bytes written. */
  download(asset: VideoAsset, sink: ByteSink, options?: DownloadOptions): Promise<number>;
  /**
   * Finds the job a create made when its answer was lost (timeout, dropped connection), by our
   * `clientJobId` (Kling `external_task_id`) or the provider's list endpoint. Resolves null only
   * when the provider proves no such job exists. Absent when the provider offers no way to look.
   */
  recover?(request: VideoRequest, options?: { signal?: AbortSignal }): Promise<JobRef | null>;
  /**
   * The model ids the provider serves right now, from its own listing (Gemini API `GET
   * /v1beta/models`), so a model the vendor shut down is explained before a create is sent.
   * Absent when the provider's API offers no listing; a rejection means "could not check" and
   * must never block generation (the create then speaks for itself).
   */
  listAvailableModels?(options?: { signal?: AbortSignal }): Promise<readonly string[]>;
  /** Asks the provider to stop the job. Absent when the provider cannot cancel. */
  cancel?(ref: JobRef, options?: { signal?: AbortSignal }): Promise<void>;
}
