import { AppError } from '../../shared/app-error';

/** One wrong field: `path` as written in the file, e.g. `presets[1].depthDb`. */
export interface PresetPackIssue {
  readonly path: string;
  readonly message: string;
}

/** A preset pack that cannot be loaded; the message lists every wrong field, one per line. */
export class PresetPackError extends AppError {
  constructor(
    readonly source: string,
    readonly issues: readonly PresetPackIssue[],
    options?: { cause?: unknown },
  ) {
    super(
      `${source}: ${issues.map((issue) => (issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`)).join('\n')}`,
      options,
    );
    this.name = 'PresetPackError';
  }
}

/** A locked preset was edited or overridden. */
export class LockedPresetError extends AppError {
  constructor(
    readonly presetId: string,
    readonly lockedBy: string,
  ) {
    super(`Preset "${presetId}" is locked by ${lockedBy}; duplicate it under a new id to change it.`);
    this.name = 'LockedPresetError';
  }
}
