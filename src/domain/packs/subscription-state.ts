import type { LocalizedMessage } from '../../shared/app-error';

/** One verified release of a subscribed pack: its release number and the signed file's text, as verified. */
interface PackRelease {
  readonly version: number;
  readonly signedText: string;
}

/** What a subscription knows between checks. Serializable: it is stored in the panel's settings. */
export interface SubscriptionState {
  /** The pack in use: always a verified release, never replaced except by applying `pending`. */
  readonly current: PackRelease;
  /** A newer verified release waiting for the editor to see its changes and apply it. */
  readonly pending: (PackRelease & { readonly required: boolean }) | null;
  /** The server's validators from its last good answer, for the next conditional request. */
  readonly validators: { readonly etag?: string; readonly lastModified?: string };
  readonly lastCheckedAtMs: number | null;
  /**
   * The last check's failure, shown beside the pack; cleared by the next check that works. `localized`: the same
   * problem as a catalog message, so the panel says it in the editor's language (absent in older settings files).
   */
  readonly lastProblem: { readonly message: string; readonly atMs: number; readonly localized?: LocalizedMessage } | null;
}

/** What one re-check came back with; `release` only after its signature verified under the pinned key. */
export type CheckOutcome =
  | { readonly kind: 'not-modified'; readonly atMs: number }
  | {
      readonly kind: 'release';
      readonly atMs: number;
      readonly release: PackRelease;
      readonly required: boolean;
      readonly validators: SubscriptionState['validators'];
    }
  | { readonly kind: 'failed'; readonly atMs: number; readonly message: string; readonly localized?: LocalizedMessage };

/**
 * The subscription after a check. Whatever comes back, the pack in use stays: a failure is
 * recorded, not applied; a newer release waits as `pending` (a later one replaces it, and a
 * required one stays required); an older release, or the same release number with other content,
 * is refused — a replayed old signed file can never roll an agency's policy back.
 */
export function afterCheck(state: SubscriptionState, outcome: CheckOutcome): SubscriptionState {
  if (outcome.kind === 'failed') {
    const { message, localized, atMs } = outcome;
    return { ...state, lastCheckedAtMs: atMs, lastProblem: { message, atMs, ...(localized != null && { localized }) } };
  }
  if (outcome.kind === 'not-modified') return { ...state, lastCheckedAtMs: outcome.atMs, lastProblem: null };
  const { release } = outcome;
  const checked = { ...state, lastCheckedAtMs: outcome.atMs, validators: outcome.validators };
  if (release.version < state.current.version)
    return {
      ...checked,
      lastProblem: {
        message: `The server offers release ${release.version}, older than the release ${state.current.version} you have; yours was kept.`,
        atMs: outcome.atMs,
        localized: { id: 'errors.packReleaseOlder', values: { offered: String(release.version), current: String(state.current.version) } },
      },
    };
  if (release.version === state.current.version) {
    if (release.signedText === state.current.signedText) return { ...checked, lastProblem: null };
    return {
      ...checked,
      lastProblem: {
        message: `The server's pack changed without a new release number (still ${release.version}); yours was kept. The agency should raise "version".`,
        atMs: outcome.atMs,
        localized: { id: 'errors.packChangedSameVersion', values: { version: String(release.version) } },
      },
    };
  }
  const pending = state.pending;
  if (pending != null && pending.version > release.version) return { ...checked, lastProblem: null };
  return { ...checked, lastProblem: null, pending: { ...release, required: outcome.required || (pending?.required ?? false) } };
}

/** The pending release becomes the pack in use (the editor accepted it, or it was required). */
export function afterApply(state: SubscriptionState): SubscriptionState {
  if (state.pending == null) return state;
  return { ...state, current: { version: state.pending.version, signedText: state.pending.signedText }, pending: null };
}
