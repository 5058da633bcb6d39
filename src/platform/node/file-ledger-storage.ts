import { mkdir, open, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
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
 * as `<file>.damaged-<time>` instead of being overwritten. Finished jobs the ledger moves out are
 * appended to `<name>-archive.jsonl` beside it.
 */
export function fileLedgerStorage(filePath: string): LedgerStorage {
  // jobs.json → jobs-archive.jsonl beside it: finished jobs moved out of the ledger, one per line.
  const archivePath = join(dirname(filePath), `${basename(filePath).replace(/\.json$/, '')}-archive.jsonl`);
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
        if (next == null) return;
        const { text, archive } = typeof next === 'string' ? { text: next, archive: undefined } : next;
        // Archive first: a crash before the ledger is replaced leaves the jobs in both, never in neither.
        if (archive != null && archive !== '') await appendDurably(archivePath, archive);
        await writeFileAtomically(filePath, text);
      }),
    appendArchive: (lines) => withFileLock(filePath, () => appendDurably(archivePath, lines)),
    readArchive: () =>
      readFile(archivePath, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      }),
    async keepAside(text, nowMs) {
      const aside = `${filePath}.damaged-${new Date(nowMs).toISOString().replace(/[:.]/g, '-')}`;
      await writeFileAtomically(aside, text);
      return aside;
    },
  };
}

/**
 * Appends and fsyncs. Starts with a line break, so a line torn by a crash during an earlier append
 * never swallows the first record of this one (readers skip blank and unreadable lines).
 */
async function appendDurably(filePath: string, lines: string): Promise<void> {
  await mkdir(dirname(filePath), { recursive: true });
  const handle = await open(filePath, 'a', 0o600);
  try {
    await handle.writeFile(`\n${lines}`, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}
