/**
 * Root of ClipRelay's error tree. Every error we throw on purpose is an AppError with a stable
 * `name`, a message a user can act on, and the underlying `cause` when there is one.
 * `isInstance` checks a marker instead of `instanceof`, so errors survive duplicated bundles.
 */
const marker = Symbol.for('cliprelay.error');

export class AppError extends Error {
  private readonly [marker] = true;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
  }

  static isInstance(value: unknown): value is AppError {
    return typeof value === 'object' && value != null && (value as Record<symbol, unknown>)[marker] === true;
  }
}

/** The message to show a person for any thrown value, never an empty string. */
export function describeError(error: unknown): string {
  if (error instanceof Error && error.message !== '') return error.message;
  return String(error);
}
