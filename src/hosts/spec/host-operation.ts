/**
 * The kinds of edit or read a host can refuse, one id each, so the panel names the operation in the editor's language
 * (catalog message `errors.hostOperationFailed` selects on the id). Every place that starts an operation knows which
 * kind it is and says so; the English text beside it (a fixed name or the Edit › Undo label, e.g. "ClipRelay: place
 * Kling clip") stays word for word in the English message, as the host's own menu shows it.
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

export type HostOperationKind = (typeof HOST_OPERATION_KINDS)[number];

/** An operation as a host error names it: its kind (said in the editor's language) and its English name or Undo label. */
export interface HostOperation {
  readonly kind: HostOperationKind;
  readonly name: string;
}
