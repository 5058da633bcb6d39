import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { LedgerStorage } from '../ledger-storage';
import { withFileLock } from './with-file-lock';
import { writeFileAtomically } from './write-file-atomically';

/** `$CLIPRELAY_HOME`, default `~/.cliprelay`: the CLI's job ledger and settings live there. */
export function cliprelayHome(env: Readonly<Record<string, string | undefined>>): string {
  return env.CLIPRELAY_HOME != null && env.CLIPRELAY_HOME !== '' ? env.CLIPRELAY_HOME : join(homedir(), '.cliprelay');
}

/**
 * The ledger as a JSON file shared by every CLI process: changes happen under `<file>.lock`
 * (withFileLock) and land atomically (temp + fsync + rename), and a damaged file is moved aside
 * as `<file>.damaged-<time>` instead of being overwritten.
 */
export function fileLedgerStorage(filePath: string): LedgerStorage {
  const read = () =>
    readFile(filePath, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
  return {
    read,
    write: (text) => withFileLock(filePath, () => writeFileAtomically(filePath, text)),
    update: (change) =>
      withFileLock(filePath, async () => {
        const next = change(await read());
        if (next != null) await writeFileAtomically(filePath, next);
      }),
    async keepAside(text, nowMs) {
      const aside = `${filePath}.damaged-${new Date(nowMs).toISOString().replace(/[:.]/g, '-')}`;
      await writeFileAtomically(aside, text);
      return aside;
    },
  };
}
