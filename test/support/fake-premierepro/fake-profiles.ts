/**
 * What differs between the Premiere versions ClipRelay supports, as the fake models it. Each field
 * names its source; `fake-rules.ts` lists every rule the fake enforces with its own.
 */
export interface PremiereProfile {
  /** What `require('uxp').host.version` reports (DOC + OBS: "26.3.2" on 26.3.2). */
  readonly hostVersion: string;
  /**
   * What `ppro.Application.version` holds. Documented as `Promise<string>` (`application.md`), typed
   * `string` in the 26.3 `.d.ts`, observed `null` on 26.3.2 and `undefined` on 26.5.1
   * (research/premiere-uxp.md, Evidence 2026-12-06).
   */
  readonly applicationVersion: 'promise' | 'null' | 'undefined';
  /** `SequenceSettings.getVideoFrameRate()`: "Since: 26.2" (`sequencesettings.md`); "not a function" on 25.6.2 [OBS]. */
  readonly hasGetVideoFrameRate: boolean;
  /**
   * Every `create…Action` must be made inside `project.lockedAccess` — "enforced consistently for the
   * first time" in 26.3 (Premiere UXP changelog 26.3.0, BREAKING).
   */
  readonly enforcesLockRule: boolean;
  /** `Media.getDuration()`, replacing the deprecated `Media.duration` (26.5 types; Adobe samples switched). */
  readonly hasMediaGetDuration: boolean;
}

export type PremiereProfileId = '25.6' | '26.0' | '26.2' | '26.3' | '26.5';

export const PREMIERE_PROFILES: Readonly<Record<PremiereProfileId, PremiereProfile>> = {
  '25.6': {
    hostVersion: '25.6.2',
    applicationVersion: 'promise',
    hasGetVideoFrameRate: false,
    enforcesLockRule: false,
    hasMediaGetDuration: false,
  },
  '26.0': {
    hostVersion: '26.0.1',
    applicationVersion: 'promise',
    hasGetVideoFrameRate: false,
    enforcesLockRule: false,
    hasMediaGetDuration: false,
  },
  '26.2': {
    hostVersion: '26.2.0',
    applicationVersion: 'promise',
    hasGetVideoFrameRate: true,
    enforcesLockRule: false,
    hasMediaGetDuration: false,
  },
  '26.3': {
    hostVersion: '26.3.2',
    applicationVersion: 'null',
    hasGetVideoFrameRate: true,
    enforcesLockRule: true,
    hasMediaGetDuration: false,
  },
  '26.5': {
    hostVersion: '26.5.1',
    applicationVersion: 'undefined',
    hasGetVideoFrameRate: true,
    enforcesLockRule: true,
    hasMediaGetDuration: true,
  },
};

/** The contract suite runs on both ends: the manifest's minVersion and the newest release modelled. */
export const OLDEST_PROFILE: PremiereProfileId = '25.6';
export const NEWEST_PROFILE: PremiereProfileId = '26.5';
