import { AppError, describeError } from '../shared/app-error';

/**
 * Secure storage failed to answer for a key. Not the same as "no key": the editor is told that
 * the store failed, and what to do, instead of being asked for a key as if none had been saved.
 * The message names the key (never its value) and the store's own reason.
 */
export class SecretUnreadableError extends AppError {
  /** The key's name, e.g. KLING_ACCESS_KEY. */
  readonly secretName: string;

  constructor(init: { secretName: string; cause: unknown }) {
    super(
      `Secure storage could not read ${init.secretName} (${describeError(init.cause)}). Enter the key again in Settings → Provider keys; if that fails too, restart Premiere Pro.`,
      { cause: init.cause },
    );
    this.name = 'SecretUnreadableError';
    this.secretName = init.secretName;
  }
}
