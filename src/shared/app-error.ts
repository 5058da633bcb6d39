/**
 * Root of ClipRelay's error tree. Every error we throw on purpose is an AppError with a stable
 * `name`, a message a user can act on, and the underlying `cause` when there is one.
 * `isInstance` checks a marker instead of `instanceof`, so errors survive duplicated bundles.
 */
import type { MessageId } from './i18n/catalogs';

const marker = Symbol.for('cliprelay.error');

/**
 * The same message as a catalog entry, so the panel can say it in the editor's language: the English catalog text
 * with these values is the error's `message`, word for word (pinned by test/i18n/localized-errors.test.ts).
 */
export interface LocalizedMessage {
  readonly id: MessageId;
  readonly values?: Readonly<Record<string, string | number>>;
  /** Names and labels a locale joins its own way ("A and B", "A et B"); English `message` joins them with " and ". */
  readonly lists?: Readonly<Record<string, readonly string[]>>;
  /** Alternatives a locale joins its own way ("5, 8 or 10", "5, 8 ou 10"); English `message` says "A, B or C". */
  readonly alternatives?: Readonly<Record<string, readonly string[]>>;
  /** Further whole sentences said after this one (several problems at once); English `message` joins them with a space. */
  readonly also?: readonly LocalizedMessage[];
  /**
   * Text the provider wrote (a moderation reason, its error body), filled into the message's `{providerSaid}`:
   * never translated, never read as ICU, and outside English labelled as the provider's own words.
   */
  readonly providerSaid?: { readonly provider: string; readonly text: string };
  /**
   * Placeholders filled with a catalog message of their own, said in the same language (the host's account in
   * "Import failed: …"). `values` keeps the English for the same placeholder, for readers that drop parts (the ledger).
   */
  readonly parts?: Readonly<Record<string, LocalizedMessage>>;
}

export class AppError extends Error {
  private readonly [marker] = true;
  /**
   * Set where the message has a catalog entry (errors an editor meets in the panel); the CLI keeps `message`.
   * Declared, not initialised: an error without one gains no own property (serialised and compared errors are unchanged).
   */
  declare readonly localized?: LocalizedMessage;

  constructor(message: string, options?: { cause?: unknown; localized?: LocalizedMessage }) {
    super(message, options);
    this.name = 'AppError';
    if (options?.localized != null) this.localized = options.localized;
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

/**
 * Something that cannot happen did: a bug in ClipRelay, not a problem the user can fix. The message
 * says what was expected, so a bug report carries it.
 */
export class InvariantError extends AppError {
  constructor(init: { message: string; cause?: unknown }) {
    super(init.message, { cause: init.cause });
    this.name = 'InvariantError';
  }
}

/** The host application lacks something ClipRelay needs (e.g. UXP secure storage); `feature` names it. */
export class UnavailableFeatureError extends AppError {
  readonly feature: string;

  constructor(init: { feature: string; message: string }) {
    super(init.message);
    this.name = 'UnavailableFeatureError';
    this.feature = init.feature;
  }
}

/** The person stopped the command (Ctrl-C, a closed terminal); `signal` is what stopped it. */
export class InterruptedError extends AppError {
  readonly signal: string;

  constructor(init: { signal: string }) {
    super(`Interrupted by ${init.signal}`);
    this.name = 'InterruptedError';
    this.signal = init.signal;
  }
}
