import type { FetchFunction } from '../providers/http';

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
}

export const EXIT_OK = 0;
/** The command ran and failed: provider error, failed job, bad download. */
export const EXIT_FAILED = 1;
/** The command could not start: bad arguments, missing credentials. */
export const EXIT_USAGE = 2;
/** Interrupted (128 + SIGINT), as shells report it. */
export const EXIT_INTERRUPTED = 130;
