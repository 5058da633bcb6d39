import { AppError } from '../../shared/app-error';

/** One wrong field: `path` as written in the file, e.g. `presets[1].depthDb`; `message` a whole sentence in the panel's words. */
export interface PresetPackIssue {
  readonly path: string;
  readonly message: string;
}

/** A preset pack that cannot be loaded; the message names the pack and lists every wrong field as a sentence. */
export class PresetPackError extends AppError {
  /** Where the pack came from: a file name, or "the pasted pack". */
  readonly source: string;
  readonly issues: readonly PresetPackIssue[];

  constructor(init: { source: string; issues: readonly PresetPackIssue[]; cause?: unknown }) {
    super(`Cannot use ${init.source}. ${init.issues.map((issue) => `${issue.message}.`).join(' ')}`, { cause: init.cause });
    this.name = 'PresetPackError';
    this.source = init.source;
    this.issues = init.issues;
  }
}
