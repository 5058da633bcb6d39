import type { DiagnosticsFacts, DiagnosticsReportJson } from '../../../src/hosts/premiere/premiere-diagnostics-schema';
import { compareVersions } from '../../../src/hosts/premiere/premiere-diagnostics';
import { OLDEST_PROFILE, PREMIERE_PROFILES, type PremiereProfile, type PremiereProfileId } from './fake-profiles';

/** The fake options a user's Diagnostics report asks for: `createFakePremiere(scenario, options)`. */
interface FakeOptionsFromDiagnostics {
  readonly profile: PremiereProfile;
  readonly valueShape: 'number' | 'object';
  readonly keyframesRelativeToClipStart: boolean;
}

interface ProfileFromDiagnostics {
  readonly options: FakeOptionsFromDiagnostics;
  /** The built-in profile the report's version starts from; the report's own facts override it. */
  readonly basedOn: PremiereProfileId;
  /** Profile fields the report left unsettled (a probe failed or was skipped), taken from `basedOn`. */
  readonly assumed: readonly (keyof PremiereProfile)[];
  /**
   * Facts the report settled that the fake models one fixed way and this install does otherwise: a
   * regression test on this report needs the fake changed first (fake-rules.ts names each rule).
   */
  readonly unmodelled: readonly string[];
}

/**
 * What the fake does on every profile, as `fake-rules.ts` lists it with sources; a report that says
 * otherwise lands in `unmodelled`. Null facts (unsettled) never count as a difference.
 */
const FIXED_BEHAVIOUR: Partial<{ [K in keyof DiagnosticsFacts]: NonNullable<DiagnosticsFacts[K]> }> = {
  strayKeyAtMediaZero: true,
  addAtExistingTick: 'ignored',
  removeAddSameTick: 'cancelled',
  setValueOnKeyedParam: 'sets-key-at-position',
  removeMissingKey: 'noop',
  interpolation: 'linear-in-level',
  overwriteAtTrackCount: 'refused',
  insertAtTrackCountCreatesTracks: true,
  insertLimitShiftKeepsOtherTracks: true,
  startsSnapToFrames: true,
};

/** The newest built-in profile at or below `version` (the oldest when the version is unknown or older). */
function nearestProfile(version: string | null): PremiereProfileId {
  if (version == null) return OLDEST_PROFILE;
  const ids = (Object.keys(PREMIERE_PROFILES) as PremiereProfileId[]).sort((a, b) => compareVersions(a, b));
  return ids.filter((id) => compareVersions(version, id) >= 0).at(-1) ?? OLDEST_PROFILE;
}

/**
 * Turns a user's parsed Diagnostics report (`parseDiagnosticsReport`) into the fake's options, so the
 * host contract suite can run against "that user's Premiere". The profile starts from the nearest
 * built-in version and takes every fact the report settled.
 */
export function profileFromDiagnostics(report: DiagnosticsReportJson): ProfileFromDiagnostics {
  const { facts } = report;
  const basedOn = nearestProfile(facts.hostVersion);
  const base = PREMIERE_PROFILES[basedOn];
  const assumed: (keyof PremiereProfile)[] = [];
  const unmodelled: string[] = [];
  const pick = <K extends keyof PremiereProfile>(key: K, value: PremiereProfile[K] | null): PremiereProfile[K] => {
    if (value != null) return value;
    assumed.push(key);
    return base[key];
  };

  const applicationVersion = facts.applicationVersion;
  const representable = applicationVersion === 'promise' || applicationVersion === 'null' || applicationVersion === 'undefined';
  if (applicationVersion != null && !representable) unmodelled.push(`applicationVersion: ${applicationVersion}`);
  const profile: PremiereProfile = {
    hostVersion: pick('hostVersion', facts.hostVersion),
    applicationVersion: pick('applicationVersion', representable ? applicationVersion : null),
    hasGetVideoFrameRate: pick('hasGetVideoFrameRate', facts.hasGetVideoFrameRate),
    enforcesLockRule: pick('enforcesLockRule', facts.enforcesLockRule),
    hasMediaGetDuration: pick('hasMediaGetDuration', facts.hasMediaGetDuration),
  };

  const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
  for (const [key, modelled] of Object.entries(FIXED_BEHAVIOUR) as Array<[keyof DiagnosticsFacts, unknown]>) {
    const found = facts[key];
    if (found != null && found !== modelled) unmodelled.push(`${key}: ${shown(found)} (the fake always does ${shown(modelled)})`);
  }
  if (facts.valueShape === 'other') unmodelled.push('valueShape: other');
  if (facts.keyframeTimeBase === 'neither') unmodelled.push('keyframeTimeBase: neither');

  return {
    options: {
      profile,
      valueShape: facts.valueShape === 'object-value' ? 'object' : 'number',
      keyframesRelativeToClipStart: facts.keyframeTimeBase === 'clip-relative',
    },
    basedOn,
    assumed,
    unmodelled,
  };
}
