import { AppError, type LocalizedMessage } from '../../shared/app-error';

/**
 * One wrong field: `path` as written in the file, e.g. `presets[1].depthDb`; `message` a whole sentence in the panel's
 * words (no final stop); `localized` its catalog message where the sentence has one of its own (a problem found before
 * the fields are checked). Without one, `message` is already in the language it was asked in (the schema sentences).
 */
export interface PresetPackIssue {
  readonly path: string;
  readonly message: string;
  readonly localized?: LocalizedMessage;
}

/** How the Presets tab names a pack pasted into its text field: the message then says so in the editor's language. */
export const PASTED_PACK_SOURCE = 'the pasted pack';

/** A preset pack that cannot be loaded; the message names the pack and lists every wrong field as a sentence. */
export class PresetPackError extends AppError {
  /** Where the pack came from: a file name, or PASTED_PACK_SOURCE. */
  readonly source: string;
  readonly issues: readonly PresetPackIssue[];

  constructor(init: { source: string; issues: readonly PresetPackIssue[]; cause?: unknown }) {
    super(`Cannot use ${init.source}. ${init.issues.map((issue) => `${issue.message}.`).join(' ')}`, {
      cause: init.cause,
      localized: {
        ...(init.source === PASTED_PACK_SOURCE
          ? { id: 'packs.cannotUsePasted' }
          : { id: 'packs.cannotUse', values: { source: init.source } }),
        also: init.issues.map((issue) => issue.localized ?? { id: 'schema.sentence', values: { sentence: issue.message } }),
      },
    });
    this.name = 'PresetPackError';
    this.source = init.source;
    this.issues = init.issues;
  }
}
