import type { JobRef, VideoAsset, VideoRequest } from '../../providers/spec';
import type { LocalizedMessage } from '../../shared/app-error';

/**
 * Where a generation stands. The order is the pipeline's; every phase is stored before the work it
 * names starts, so a reload resumes exactly there. (Issue 11 names them recorded → creating →
 * unconfirmed → running → downloading → downloaded → placed; here `queued` is "recorded",
 * `generating` is "running" and `placing` is "downloaded", names the panel and the e2e tests use.)
 *
 * - `queued`: recorded, waiting for a free slot at its provider; nothing sent yet.
 * - `creating`: the create request may be on the wire. On resume this is treated as `unconfirmed`.
 * - `unconfirmed`: the create may have reached the provider but its answer is unknown (lost, 5xx,
 *   gateway 502/504, timeout, malformed): reconcile by our own id, never re-post on our own.
 * - `generating`: the provider accepted it (we hold its JobRef); polling.
 * - `downloading`: the result is ready; fetching the file.
 * - `placing`: the file is on disk and verified; importing and placing it.
 * - `placed`: on the timeline. Terminal.
 * - `saved`: on disk, with no editor to place it in (the CLI). Terminal.
 * - `failed`: ended without a clip, on the provider's own word or proof of absence. Terminal.
 * - `cancelled`: stopped by the user. Terminal.
 */
export type JobPhase = JobRecord['phase'];

const TERMINAL_PHASES: readonly JobPhase[] = ['placed', 'saved', 'failed', 'cancelled'];

export interface JobProblem {
  readonly message: string;
  /** The provider refused the content; the message carries its reason. */
  readonly moderated?: boolean;
  /** Worth another try as it is (network, rate limit, a busy timeline); safe: never a second paid create. */
  readonly retryable: boolean;
  /** The message as a catalog entry, for the panel's language (absent in older ledgers: `message` is shown). */
  readonly localized?: LocalizedMessage;
}

interface JobMedia {
  readonly durationSeconds: number;
  readonly hasAudio: boolean;
  readonly width: number | null;
  readonly height: number | null;
  readonly frameRate: number | null;
}

interface JobPlacement {
  readonly videoClipId: string;
  readonly audioClipId: string | null;
  readonly startSeconds: number;
  readonly endSeconds: number;
}

/**
 * Whether the provider may still hold (and bill) a job that ended for us: `none` (it never
 * reached the provider, or the provider proved it has none), `held` (the provider accepted it),
 * `unknown` (a create whose answer never came, decided by the user).
 */
type ProviderHold = 'none' | 'held' | 'unknown';

/** What every phase carries. Fields a later phase requires are optional here and required there. */
interface JobCommon {
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
  /**
   * Whose work it is (an agency pack's client list, or the project name; see resolveClientTag):
   * per-client caps and reports group by it. @default undefined (jobs from before client tags)
   */
  readonly clientTag?: string;
  readonly createdAtMs: number;
  readonly updatedAtMs: number;
  /**
   * Bumped by every write; a write whose revision on disk moved on (another process advanced the
   * job) is refused, so two processes never both act on one job. @default 0 (old ledgers)
   */
  readonly revision?: number;
  /** The base URL the job was created against, so `resume` needs no flags. @default the provider's own */
  readonly endpoint?: string;
  /** The model catalog the job was validated with (its content hash), for support. */
  readonly catalogVersion?: string;
  /** When the create request was first put on the wire (ms since epoch). */
  readonly createSentAtMs?: number;
  /** What the provider (or the network) answered the create, when the answer was not an acceptance. */
  readonly createAnswer?: string;
  /** Set once the provider accepted the job. */
  readonly ref?: JobRef;
  /** 0..1 within the current phase, when known. */
  readonly progress?: number;
  readonly assets?: readonly VideoAsset[];
  /** Where the clip was downloaded from, without query or user info (see urlWithoutSecrets); set once it is on disk. */
  readonly downloadedFrom?: string;
  readonly mediaPath?: string;
  readonly media?: JobMedia;
  readonly placement?: JobPlacement;
  /** The project item the clip was imported as (Reveal in bin); a `saved` job with one was added to the bin only. */
  readonly binItemId?: string;
  readonly estimatedCostUsd: number;
  /** Where the clip is written, when the submitter chose (the CLI's --out); else the runner's folder. */
  readonly outputFolder?: string;
  /** Which of several variations of one Generate this job is, 1-based (the `{variation}` name token); absent for a single one. */
  readonly variation?: number;
  /** The latest problem; a job can carry one and still be resumable (a failed download). */
  readonly problem?: JobProblem;
  /** Set on failed and cancelled jobs. */
  readonly providerHold?: ProviderHold;
  readonly warnings: readonly string[];
  /** Each warning's catalog message at its index (null or missing: none, shown in English); absent in older ledgers. */
  readonly warningWords?: readonly (LocalizedMessage | null)[];
  readonly downloadAttempts: number;
}

type QueuedJob = JobCommon & { readonly phase: 'queued' };
type CreatingJob = JobCommon & { readonly phase: 'creating'; readonly createSentAtMs: number };
type UnconfirmedJob = JobCommon & { readonly phase: 'unconfirmed'; readonly createSentAtMs: number };
type GeneratingJob = JobCommon & { readonly phase: 'generating'; readonly ref: JobRef };
type DownloadingJob = JobCommon & { readonly phase: 'downloading'; readonly ref: JobRef; readonly assets: readonly VideoAsset[] };
type PlacingJob = JobCommon & {
  readonly phase: 'placing';
  readonly ref: JobRef;
  readonly mediaPath: string;
  readonly media: JobMedia;
};
export type PlacedJob = JobCommon & {
  readonly phase: 'placed';
  readonly ref: JobRef;
  readonly mediaPath: string;
  readonly media: JobMedia;
  readonly placement: JobPlacement;
};
type SavedJob = JobCommon & { readonly phase: 'saved'; readonly ref: JobRef; readonly mediaPath: string; readonly media: JobMedia };
type FailedJob = JobCommon & { readonly phase: 'failed'; readonly problem: JobProblem; readonly providerHold: ProviderHold };
type CancelledJob = JobCommon & { readonly phase: 'cancelled'; readonly providerHold: ProviderHold };

/** A job in one phase, with the fields that phase guarantees (see jobRecordSchema, which checks them on load). */
export type JobRecord =
  QueuedJob | CreatingJob | UnconfirmedJob | GeneratingJob | DownloadingJob | PlacingJob | PlacedJob | SavedJob | FailedJob | CancelledJob;

/** Any subset of a job's fields, for a runner's step; the result is checked against the phase. */
export type JobPatch = { -readonly [Key in keyof JobCommon]?: JobCommon[Key] | undefined } & { phase?: JobPhase };

export function isTerminal(job: Pick<JobRecord, 'phase'>): boolean {
  return TERMINAL_PHASES.includes(job.phase);
}

/**
 * A generation the provider has accepted costs money, whatever happens to it afterwards; one whose
 * create may have reached it is counted too, so a budget is never overrun by lost answers.
 */
export function isBillable(job: Pick<JobRecord, 'ref' | 'phase'> & { readonly providerHold?: ProviderHold }): boolean {
  // Cancelled jobs are left out, as before: the user stopped them, and providers differ on refunds.
  if (job.phase === 'cancelled') return false;
  if (job.phase === 'creating' || job.phase === 'unconfirmed') return true;
  if (job.phase === 'failed') return job.providerHold === 'held' || job.providerHold === 'unknown';
  return job.ref != null;
}
