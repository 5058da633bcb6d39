import { z } from 'zod';
import { diagnosticEntrySchema, verifyVerdictSchema } from '../../shared/diagnostics/diagnostics-body-schema';

/**
 * The machine-readable diagnostics report: what a user pastes into an issue beside the text, and what
 * `test/support/fake-premierepro/profile-from-diagnostics.ts` turns into a fake profile. Lenient on
 * read (unknown keys are kept out, missing facts read as null) because reports come from older and
 * newer ClipRelay builds; `schemaVersion` changes when a field changes meaning. Each entry and verdict
 * may carry `messages` (the catalog id and values of its parts, so the panel can say it in the editor's
 * language): an addition that older readers skip, so the version stays 1.
 */
export const DIAGNOSTICS_SCHEMA_VERSION = 1;

/** Marks the JSON block inside the copied text, so one paste carries both. */
export const DIAGNOSTICS_JSON_FENCE = '```json cliprelay-diagnostics';

/** A fact a probe could not settle (it failed, was skipped, or the API is missing) is null. */
const settled = <T extends z.ZodType>(schema: T) => schema.nullable().default(null);

const diagnosticsFactsSchema = z.object({
  // --- what maps onto the fake's PremiereProfile -------------------------------------------------
  /** `require('uxp').host.version`, else the awaited `Application.version`; null when neither answers. */
  hostVersion: settled(z.string()),
  /** Which source answered `hostVersion`. */
  versionSource: settled(z.enum(['uxp-host', 'application-version'])),
  /** What `ppro.Application.version` held before awaiting: a Promise (documented), a string (the `.d.ts`), null or undefined (observed on 26.3–26.5). */
  applicationVersion: settled(z.enum(['promise', 'string', 'null', 'undefined', 'other'])),
  /** `SequenceSettings.getVideoFrameRate` is a function ("Since: 26.2"). */
  hasGetVideoFrameRate: settled(z.boolean()),
  /** An action created outside `lockedAccess` is refused (26.3 changelog, BREAKING). */
  enforcesLockRule: settled(z.boolean()),
  /** `Media.getDuration` is a function (26.5 types). */
  hasMediaGetDuration: settled(z.boolean()),

  // --- keyframe behaviour (issue 9, Premiere item 5) ----------------------------------------------
  /** (a) `createSetTimeVaryingAction(true)` alone leaves a keyframe at media tick 0. */
  strayKeyAtMediaZero: settled(z.boolean()),
  /** (b) An add at a tick that already holds a key: ignored (the old value stays) or replaced. */
  addAtExistingTick: settled(z.enum(['ignored', 'replaced', 'other'])),
  /** (c) A remove and an add at one tick in one compound action. */
  removeAddSameTick: settled(z.enum(['cancelled', 'replaced', 'removed', 'other'])),
  /** (d) `createSetValueAction(keyframe)` on a time-varying param. */
  setValueOnKeyedParam: settled(z.enum(['sets-key-at-position', 'ignored', 'other'])),
  /** A remove at a tick with no key: nothing happens, or Premiere refuses the transaction. */
  removeMissingKey: settled(z.enum(['noop', 'refused', 'other'])),
  /** Level between two linear keys: what `editorLevelAt` assumes, or not. */
  interpolation: settled(z.enum(['linear-in-level', 'linear-in-db', 'other'])),
  /** Keyframe positions on a head-trimmed clip (§6.1). */
  keyframeTimeBase: settled(z.enum(['media', 'clip-relative', 'neither'])),
  /** What `getValueAtTime` answers for Level: a number (documented) or `{ value }` (seen in the wild). */
  valueShape: settled(z.enum(['number', 'object-value', 'other'])),

  // --- tracks and placement (issue 9, Premiere items 2 and 4) -------------------------------------
  /** (e) An overwrite at track index = track count is refused (or creates a track). */
  overwriteAtTrackCount: settled(z.enum(['refused', 'creates-track', 'other'])),
  /** (e) `createInsertProjectItemAction` at index = count creates one video and one audio track. */
  insertAtTrackCountCreatesTracks: settled(z.boolean()),
  /** (e) With limitShift = true, a clip later on another track did not move. */
  insertLimitShiftKeepsOtherTracks: settled(z.boolean()),
  /** (f) A clip placed between frames starts on a frame boundary. */
  startsSnapToFrames: settled(z.boolean()),

  // --- Essential Sound clip types (issue 13 item 2) ----------------------------------------------
  /** Methods on an audio track item that look like a clip-type reader; [] when there is none (26.3). */
  clipAudioTypeMethods: settled(z.array(z.string())),

  // --- speed-changed and reversed clips (unsettled mapping) ---------------------------------------
  speedChangedClips: settled(
    z.object({
      count: z.number().int().nonnegative(),
      reversedCount: z.number().int().nonnegative(),
      examples: z.array(z.object({ name: z.string(), speed: z.number().nullable(), reversed: z.boolean().nullable() })).max(10),
    }),
  ),
});

export type DiagnosticsFacts = z.infer<typeof diagnosticsFactsSchema>;

/** Every fact unsettled: what a run starts from. */
export function emptyDiagnosticsFacts(): DiagnosticsFacts {
  return diagnosticsFactsSchema.parse({});
}

const diagnosticsReportJsonSchema = z.object({
  schemaVersion: z.literal(DIAGNOSTICS_SCHEMA_VERSION),
  /** ISO 8601. */
  generatedAt: z.string(),
  entries: z.array(diagnosticEntrySchema),
  verdicts: z.array(verifyVerdictSchema),
  facts: diagnosticsFactsSchema,
});

export type DiagnosticsReportJson = z.infer<typeof diagnosticsReportJsonSchema>;

/**
 * The report inside what a user pasted: the whole copied text (the JSON sits in a fenced block after
 * the text) or the JSON alone. Throws a ZodError or SyntaxError for anything else.
 */
export function parseDiagnosticsReport(pasted: string): DiagnosticsReportJson {
  const start = pasted.indexOf(DIAGNOSTICS_JSON_FENCE);
  const json =
    start < 0 ? pasted : pasted.slice(start + DIAGNOSTICS_JSON_FENCE.length, pasted.indexOf('```', start + DIAGNOSTICS_JSON_FENCE.length));
  return diagnosticsReportJsonSchema.parse(JSON.parse(json));
}
