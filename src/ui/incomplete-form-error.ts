import { AppError } from '../shared/app-error';

/**
 * A panel action pressed before the form holds what it needs (no model offered, no voice track,
 * a seed that is not a number). The message says what to fill in; nothing was sent or changed.
 */
export class IncompleteFormError extends AppError {
  /** The form field that needs attention, e.g. "model", "voice-track", "seed". */
  readonly field: string;

  constructor(init: { field: string; message: string }) {
    super(init.message);
    this.name = 'IncompleteFormError';
    this.field = init.field;
  }
}
