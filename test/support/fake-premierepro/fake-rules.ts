/**
 * Every rule the `premierepro` fake enforces, listed once with its source. Each id has a proof in
 * test/hosts/premiere/fake-premierepro-rules.test.ts (a `Record<FakeRuleId, …>`, so a rule added here
 * without a proof does not compile). Grades: DOC Adobe documents it · OBS seen on real Premiere by a
 * third party · SAMPLE Adobe's official samples do it · UNK a hypothesis the Diagnostics probe settles
 * (the fake models the hypothesis so both sides of the host code run).
 */
interface FakeRule {
  readonly rule: string;
  readonly grade: 'DOC' | 'OBS' | 'SAMPLE' | 'UNK';
  readonly source: string;
  /** Premiere versions the rule applies to, as fake profiles. @default every profile */
  readonly profiles?: string;
}

export const FAKE_PREMIERE_RULES = {
  'lock-required': {
    rule: 'create…Action() outside project.lockedAccess()/executeTransaction() throws',
    grade: 'DOC',
    source: 'developer.adobe.com/premiere-pro/uxp changelog 26.3.0 "Action creation in locks" (BREAKING)',
    profiles: '26.3, 26.5',
  },
  'stale-action': {
    rule: 'an Action added after the lock scope it was created in returned is rejected',
    grade: 'DOC',
    source: '@adobe/eslint-plugin-premierepro docs/rules/no-action-scope-escape.md',
  },
  'sync-callback': {
    rule: 'a lockedAccess/executeTransaction callback that returns a Promise is refused (the lock covers only its synchronous part)',
    grade: 'DOC',
    source: '@adobe/eslint-plugin-premierepro docs/rules/no-async-in-locked-access.md, no-async-in-execute-transaction.md',
  },
  'no-nested-transaction': {
    rule: 'executeTransaction() inside another executeTransaction() is refused',
    grade: 'DOC',
    source: 'project.md executeTransaction: one CompoundAction per call; eslint require-execute-transaction',
  },
  'add-after-close': {
    rule: 'CompoundAction.addAction() after the transaction callback returned is refused',
    grade: 'DOC',
    source: 'compoundaction.md (the compound action lives for the callback only)',
  },
  'one-undo-entry': {
    rule: 'one executeTransaction = one undo entry named by its undoString',
    grade: 'DOC',
    source: 'project.md executeTransaction(callback, undoString); Adobe sample-panels/metadata-handler README',
  },
  'foreign-object': {
    rule: 'parameters must be objects Premiere made (TickTime, ProjectItem, Keyframe, Action, Sequence…); anything else is "Illegal Parameter type"',
    grade: 'OBS',
    source: 'shortflow runbook §38 (a ClipProjectItem.cast handle is an "Invalid parameter" for edit actions)',
  },
  'stale-handle': {
    rule: 'a handle to a removed project item, sequence, track item, component or param throws when used',
    grade: 'UNK',
    source: 'assumption: the fake fails loudly rather than answering stale data; no Adobe statement',
  },
  'overwrite-no-new-track': {
    rule: 'createOverwriteItemAction at a track index ≥ the track count is refused (only insert documents creating tracks)',
    grade: 'DOC',
    source: 'sequenceeditor.md: only createInsertProjectItemAction says "a new track will be created"',
  },
  'insert-creates-track': {
    rule: 'createInsertProjectItemAction at index = track count appends a new track',
    grade: 'DOC',
    source: 'sequenceeditor.md note; a public plugin inserts at index = count (research Evidence 2026-12-06)',
  },
  'insert-ripples': {
    rule: 'an insert pushes later clips right by the clip length on its target tracks; without limitShift every other track shifts too',
    grade: 'SAMPLE',
    source: 'AdobeDocs/uxp-premiere-pro-samples sequenceEditor.ts: limitShift=true = "don\'t shift non-input track for this insert"',
  },
  'starts-snap-to-frames': {
    rule: 'a placed clip starts on a frame of the sequence (nearest), not at the exact tick asked for',
    grade: 'OBS',
    source: 'seunghooda-dev/shot-cut-plugin finds placed items within 0.05 s, not by exact ticks',
  },
  'frame-rate-since-26-2': {
    rule: 'SequenceSettings.getVideoFrameRate() is missing before 26.2; Sequence.getTimebase() (ticks per frame, a string) exists since 25.6',
    grade: 'DOC',
    source: 'sequencesettings.md "Since: 26.2"; sequence.md getTimebase; "not a function" on 25.6.2 [OBS]',
    profiles: '25.6, 26.0 lack it',
  },
  'application-version-shape': {
    rule: 'Application.version is a Promise (docs), null (26.3.2) or undefined (26.5.1); require("uxp").host.version is the reliable source',
    grade: 'OBS',
    source: 'application.md (Promise<string>); research Evidence 2026-12-06 (null on 26.3.2, undefined on 26.5.1)',
  },
  'media-duration-promise': {
    rule: 'Media.duration is typed TickTime but is a Promise; Media.getDuration() replaces it from 26.5',
    grade: 'DOC',
    source: 'Premiere UXP changelog 26.5 "Deprecations"; Adobe samples switched to getDuration()',
    profiles: 'getDuration on 26.5',
  },
  'time-varying-needed': {
    rule: 'an added keyframe on a param that is not time-varying is silently dropped',
    grade: 'OBS',
    source: 'seunghooda-dev/shot-cut-plugin (keys dropped unless createSetTimeVaryingAction runs first)',
  },
  'time-varying-key-at-zero': {
    rule: 'turning a param time-varying adds a key at media time 0 holding the static value',
    grade: 'OBS',
    source: 'research/premiere-uxp.md Evidence 2026-12-06 (live test on 26.3.2)',
  },
  'add-at-existing-tick-ignored': {
    rule: 'createAddKeyframeAction at a tick that already holds a key is ignored; the transaction still returns true',
    grade: 'OBS',
    source: 'research/premiere-uxp.md Evidence 2026-12-06',
  },
  'remove-add-same-tick-cancel': {
    rule: 'a remove and an add at the same tick in one compound action cancel each other (the key stays as it was)',
    grade: 'OBS',
    source: 'research/premiere-uxp.md Evidence 2026-12-06 (one plugin)',
  },
  'set-value-sets-key': {
    rule: 'createSetValueAction(keyframe) on a time-varying param sets the value of the key at keyframe.position',
    grade: 'UNK',
    source: 'componentparam.md documents it for non-time-varying params only; Diagnostics probes the keyed case',
  },
  'remove-missing-key-noop': {
    rule: 'removing a keyframe where none is (when the action runs) changes nothing',
    grade: 'UNK',
    source: 'componentparam.md is silent; Diagnostics reads back every write',
  },
  'value-shape': {
    rule: 'getValueAtTime answers a number (docs) or { value } (seen in the wild)',
    grade: 'OBS',
    source: 'componentparam.md (number); seunghooda-dev/shot-cut-plugin accepts {value:{value}} and {value}',
  },
  'synthetic-track-items': {
    rule: 'titles, graphics and adjustment layers have no project item; nested sequences, merged and offline clips have one without a readable file',
    grade: 'OBS',
    source:
      'research/premiere-uxp.md Update 2026-12-06 item 4 (getProjectItem() empty for titles, graphics, MOGRTs, adjustment layers); clipprojectitem.md isOffline/isMergedClip/isSequence',
  },
  'import-late-visibility': {
    rule: 'a just-imported item may be missing from its bin for a few lookups',
    grade: 'OBS',
    source: 'shortflow importAndInsertAsset polls after importFiles (research §1.4)',
  },
  'cast-returns-falsy': {
    rule: 'ClipProjectItem.cast / FolderItem.cast of the wrong kind return a falsy value instead of throwing',
    grade: 'OBS',
    source: 'research §1.4 (typed as always succeeding; samples check the result)',
  },
  'throw-keeps-added': {
    rule: 'a throw inside executeTransaction still commits the actions added before it',
    grade: 'UNK',
    source:
      'undocumented (research Update 2026-12-06 item 7); the fake takes the unkind side so nothing may rely on a throw discarding edits',
  },
  'refused-action': {
    rule: 'CompoundAction.addAction() may answer false for an action Premiere refuses',
    grade: 'DOC',
    source: 'compoundaction.md addAction(): boolean',
  },
  'track-item-selection': {
    rule: 'each track item answers getIsSelected() for itself; selecting clips is no edit (no undo entry) and Sequence.getSelection() lists the same items',
    grade: 'DOC',
    source:
      'audiocliptrackitem.md / videocliptrackitem.md getIsSelected (since 25.0); sequence.md getSelection → trackitemselection.md getTrackItems',
  },
  'metadata-xmp-packet': {
    rule: 'project metadata is set as a whole XMP packet; a property must be in the schema to show as a column',
    grade: 'DOC',
    source: 'metadata.md createSetProjectMetadataAction, addPropertyToProjectMetadataSchema',
  },
} as const satisfies Record<string, FakeRule>;

export type FakeRuleId = keyof typeof FAKE_PREMIERE_RULES;
