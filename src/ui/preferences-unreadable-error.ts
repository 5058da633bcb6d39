import { AppError } from '../shared/app-error';

/** The preferences file exists but could not be read: shown, and never saved over while it is so. */
export class PreferencesUnreadableError extends AppError {
  constructor(init: { detail: string; cause?: unknown }) {
    super(
      `Your preferences could not be read (${init.detail}). The defaults are shown, and nothing is saved over the file until the panel is reopened and can read it.`,
      { cause: init.cause },
    );
    this.name = 'PreferencesUnreadableError';
  }
}
