import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { LedgerStorage } from '../../workflows/jobs/ledger-storage';

/** `$CLIPRELAY_HOME`, default `~/.cliprelay`: the CLI's job ledger and settings live there. */
export function cliprelayHome(env: Readonly<Record<string, string | undefined>>): string {
  return env.CLIPRELAY_HOME != null && env.CLIPRELAY_HOME !== '' ? env.CLIPRELAY_HOME : join(homedir(), '.cliprelay');
}

/** The ledger as a JSON file, replaced atomically (write a sibling, then rename over it). */
export function fileLedgerStorage(filePath: string): LedgerStorage {
  return {
    async read() {
      return readFile(filePath, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
    },
    async write(text) {
      await mkdir(dirname(filePath), { recursive: true });
      const temporary = `${filePath}.${process.pid}.tmp`;
      await writeFile(temporary, text, 'utf8');
      await rename(temporary, filePath);
    },
  };
}
