import { redactEchoedSecrets } from '../shared/redact-echoed-secrets';
import type { FetchFunction } from '../providers/http';
import type { Translator } from '../shared/i18n/translator';

/** Everything a CLI command touches outside itself, so tests run it in-process. */
export interface CliIo {
  /** Results only (one JSON line per command), so scripts can pipe them. */
  readonly stdout: { write(text: string): unknown };
  /** Progress, warnings and errors. */
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Relative paths (--out, --video) resolve against this. */
  readonly cwd: string;
  /** Aborts the running command (Ctrl-C); `emulate` runs until it aborts. */
  readonly signal?: AbortSignal;
  /** Where `emulate` looks for the demo clip when given no --video, first match wins. */
  readonly demoClipPaths?: readonly string[];
  /** @default nodeFetch for provider calls (faster downloads), globalThis.fetch for a catalog URL */
  readonly fetch?: FetchFunction;
  /** The language of progress and warning lines on stderr (`runCli` sets it from --lang or the locale); English without. */
  readonly translator?: Translator;
}

export const EXIT_OK = 0;
/** The command ran and failed: provider error, failed job, bad download. */
export const EXIT_FAILED = 1;
/** The command could not start: bad arguments, missing credentials. */
export const EXIT_USAGE = 2;
/** Interrupted (128 + SIGINT), as shells report it. */
export const EXIT_INTERRUPTED = 130;

/**
 * Text from servers, files and the ledger, safe to print: control characters (an ESC that would
 * clear the screen or retitle the window, a bare CR that would overwrite the line) are shown as
 * `\u001b`-style escapes; line breaks inside one message become spaces.
 */
export function escapeForTerminal(text: string): string {
  // Credentials a server echoed back are blanked like keys before anything reaches the terminal.
  return (
    redactEchoedSecrets(text)
      .replace(/\r?\n/g, ' ')
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
  );
}
