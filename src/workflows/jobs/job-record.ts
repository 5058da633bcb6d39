import type { JobRef, VideoAsset, VideoRequest } from '../../providers/spec';

/**
 * Where a generation stands. The order is the pipeline's; every phase is stored before the work it
 * names starts, so a reload resumes exactly there.
 *
 * - `queued`: waiting for a free slot at its provider; nothing sent yet.
 * - `creating`: the create request may be on the wire. On resume this is treated as `unconfirmed`.
 * - `unconfirmed`: the create's answer was lost; the job may or may not exist (reconcile, never re-post).
 * - `generating`: the provider accepted it (we hold its JobRef); polling.
 * - `downloading`: the result is ready; fetching the file.
 * - `placing`: the file is on disk; importing and placing it.
 * - `placed`: on the timeline. Terminal.
 * - `saved`: on disk, with no editor to place it in (the CLI). Terminal.
 * - `failed`: ended without a clip (provider failure, moderation, proven-absent create). Terminal.
 * - `cancelled`: stopped by the user. Terminal.
 */
export type JobPhase = 'queued' | 'creating' | 'unconfirmed' | 'generating' | 'downloading' | 'placing' | 'placed' | 'saved' | 'failed' | 'cancelled';

export const TERMINAL_PHASES: readonly JobPhase[] = ['placed', 'saved', 'failed', 'cancelled'];

export interface JobProblem {
  readonly message: string;
  /** The provider refused the content; the message carries its reason. */
  readonly moderated?: boolean;
  /** Worth another try as it is (network, rate limit, a busy timeline). */
  readonly retryable: boolean;
}

export interface JobRecord {
  /** Our id; also the idempotency key sent to the provider (VideoRequest.clientJobId). */
  readonly id: string;
  readonly providerId: string;
  readonly providerName: string;
  /**
   * What was asked, without `referenceImage`: the ledger is JSON (localStorage in the sandbox), and
   * megabytes of base64 per job would bloat every save. The runner holds the image in memory
   * until the create is accepted; `referenceImageName` keeps the choice visible.
   */
  readonly request: VideoRequest;
  /** File name of the request's reference image, when it had one. @default undefined (text to video) */
  readonly referenceImageName?: string;
  /** Sequence/project the clip is for; spend is summed per project. */
  readonly projectName: string;
  readonly createdAtMs: number;
  readonly updatedAtMs: number;
  readonly phase: JobPhase;
  /** Set once the provider accepted the job. */
  readonly ref?: JobRef;
  /** 0..1 within the current phase, when known. */
  readonly progress?: number;
  readonly assets?: readonly VideoAsset[];
  readonly mediaPath?: string;
  readonly media?: {
    readonly durationSeconds: number;
    readonly hasAudio: boolean;
    readonly width: number | null;
    readonly height: number | null;
    readonly frameRate: number | null;
  };
  readonly placement?: { readonly videoClipId: string; readonly audioClipId: string | null; readonly startSeconds: number; readonly endSeconds: number };
  readonly estimatedCostUsd: number;
  /** Where the clip is written, when the submitter chose (the CLI's --out); else the runner's folder. */
  readonly outputFolder?: string;
  /** The latest problem; a job can carry one and still be resumable (a failed download). */
  readonly problem?: JobProblem;
  readonly warnings: readonly string[];
  readonly downloadAttempts: number;
}

export function isTerminal(job: Pick<JobRecord, 'phase'>): boolean {
  return TERMINAL_PHASES.includes(job.phase);
}

/** A generation the provider has accepted costs money, whatever happens to it afterwards. */
export function isBillable(job: Pick<JobRecord, 'ref' | 'phase'>): boolean {
  return job.ref != null && job.phase !== 'cancelled';
}
