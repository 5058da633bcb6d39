/**
 * Time limits per kind of provider call. A create can legitimately take long (uploads, a busy
 * queue), a status check should be quick, and a download is bounded by silence, not by length:
 * a 1 GiB file may take minutes but must never sit idle.
 */
export interface PhaseTimeouts {
  /** Until the create answer's headers arrive. @default 60_000 */
  readonly createMs: number;
  /** Until a status answer's headers arrive. @default 30_000 */
  readonly pollMs: number;
  /** Until a download's headers arrive. @default 30_000 */
  readonly downloadHeadersMs: number;
  /** Longest silence mid-download before it is resumed. @default 30_000 */
  readonly downloadStallMs: number;
}

export const DEFAULT_PHASE_TIMEOUTS: PhaseTimeouts = {
  createMs: 60_000,
  pollMs: 30_000,
  downloadHeadersMs: 30_000,
  downloadStallMs: 30_000,
};

export function resolvePhaseTimeouts(overrides?: Partial<PhaseTimeouts>): PhaseTimeouts {
  return { ...DEFAULT_PHASE_TIMEOUTS, ...overrides };
}
