import type { CliIo } from '../../src/entries/cli';

export type CapturedCliIo = CliIo & { readonly out: string[]; readonly err: string[] };

/** A CliIo whose stdout and stderr are collected, for one `runCli` call. */
export function captureCliIo(cwd: string, env: CliIo['env'] = {}): CapturedCliIo {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: { write: (text: string) => out.push(text) }, stderr: { write: (text: string) => err.push(text) }, cwd, env };
}
