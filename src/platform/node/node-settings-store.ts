import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createJsonDocumentSettingsStore } from '../json-settings-document';
import type { SettingsStore } from '../settings-store';

/** `$CLIPRELAY_HOME`, or `~/.cliprelay`. */
export function clipRelayHome(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  const configured = env.CLIPRELAY_HOME;
  return configured != null && configured.trim() !== '' ? configured : join(home, '.cliprelay');
}

/**
 * Settings as `settings.json` in ClipRelay's home folder (created on first write). Written to a
 * temporary file and renamed, so a crash mid-write never leaves half a file.
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
    async write(text) {
      await mkdir(directory, { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, text, 'utf8');
      await rename(temporary, file);
    },
  });
}
