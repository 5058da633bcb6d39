import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createJsonDocumentSettingsStore } from '../json-settings-document';
import type { SettingsStore } from '../settings-store';
import { writeFileAtomically } from './write-file-atomically';

/** `$CLIPRELAY_HOME`, or `~/.cliprelay`. */
export function clipRelayHome(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  const configured = env.CLIPRELAY_HOME;
  return configured != null && configured.trim() !== '' ? configured : join(home, '.cliprelay');
}

/**
 * Settings as `settings.json` in ClipRelay's home folder (created on first write). Written
 * atomically (temp + fsync + rename), so a crash mid-write never leaves half a file; a damaged
 * file is copied to `settings.json.damaged-<time>` before the store starts over.
 */
export function createNodeSettingsStore(directory: string = clipRelayHome()): SettingsStore {
  const file = join(directory, 'settings.json');
  return createJsonDocumentSettingsStore({
    async read() {
      try {
        return await readFile(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    write: (text) => writeFileAtomically(file, text),
    async keepAside(text, nowMs) {
      const aside = `${file}.damaged-${new Date(nowMs).toISOString().replace(/[:.]/g, '-')}`;
      await writeFileAtomically(aside, text);
      return aside;
    },
  });
}
