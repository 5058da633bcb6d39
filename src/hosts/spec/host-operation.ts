/**
 * The kinds of edit or read a host can refuse, one id each, so the panel names the operation in the editor's language
 * (catalog message `errors.hostOperationFailed` selects on the id). The English operation text every host error
 * already says (a fixed name or the Edit › Undo label, e.g. "ClipRelay: place Kling clip") is kept word for word; this
 * is the one place that reads a kind from it.
 */
export const HOST_OPERATION_KINDS = [
  'placeClip',
  'duck',
  'recordProvenance',
  'readProvenance',
  'importMedia',
  'pictureSequence',
  'pictureClip',
  'useProjectStill',
  'readSequence',
  'readPlayhead',
  'revealInBin',
  'selectClips',
  'undo',
  'diagnostics',
] as const;

type HostOperationKind = (typeof HOST_OPERATION_KINDS)[number];

/** Fixed operation names, as the hosts word them. */
const BY_NAME: Readonly<Record<string, HostOperationKind>> = {
  Import: 'importMedia',
  'Import media': 'importMedia',
  'Picture the sequence': 'pictureSequence',
  'Picture a clip': 'pictureClip',
  'Use a project still': 'useProjectStill',
  'Read provenance': 'readProvenance',
  'Read the sequence': 'readSequence',
  'Read the timeline': 'readSequence',
  'Read the playhead': 'readPlayhead',
  'Reveal in bin': 'revealInBin',
  'Select clips': 'selectClips',
  Undo: 'undo',
  'ClipRelay: record clip provenance': 'recordProvenance',
  'ClipRelay diagnostics (scratch sequence)': 'diagnostics',
};

/** Undo labels that carry a name (a provider, a preset): "ClipRelay: place Kling clip", "ClipRelay: duck Interview". */
const BY_PATTERN: readonly (readonly [RegExp, HostOperationKind])[] = [
  [/^ClipRelay: place .+ clip$/, 'placeClip'],
  [/^ClipRelay: duck .+$/, 'duck'],
];

/** The kind of a host operation named in English; `other` where the text is none of the known ones (shown as is). */
export function hostOperationKindOf(operation: string): HostOperationKind | 'other' {
  return BY_NAME[operation] ?? BY_PATTERN.find(([pattern]) => pattern.test(operation))?.[1] ?? 'other';
}
