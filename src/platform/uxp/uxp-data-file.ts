import { describeError } from '../../shared/app-error';
import { StoredDataDamagedError } from '../stored-data-damaged-error';
import type { UxpFolder, UxpModule } from './uxp-module';

/**
 * A text file in the plugin data folder (job ledger, preferences), replaced atomically: the new
 * content goes to a sibling file that is then moved over the old one, so a crash mid-write never
 * leaves half a ledger.
 */
export function uxpDataFile(uxp: UxpModule, name: string) {
  const fs = uxp.storage.localFileSystem;
  const utf8 = uxp.storage.formats.utf8;
  return {
    async read(): Promise<string | null> {
      const folder = await fs.getDataFolder();
      const file = await folder.getEntry(name).catch(async (error: unknown) => {
        // UXP rejects getEntry for a file that is not there: nothing stored yet. A file that is listed
        // but cannot be opened is a real failure: starting over as if it were empty would overwrite it.
        if (!(await isListed(folder, name))) return null;
        throw new StoredDataDamagedError({
          document: `${name} file`,
          detail: `Premiere could not open it: ${describeError(error)}`,
          cause: error,
        });
      });
      if (file == null) return null;
      return (await file.read({ format: utf8 })) as string;
    },
    async write(text: string): Promise<void> {
      const folder = await fs.getDataFolder();
      const temporary = await folder.createFile(`${name}.tmp`, { overwrite: true });
      await temporary.write(text, { format: utf8 });
      await temporary.moveTo(folder, { newName: name, overwrite: true });
    },
    /** A damaged file's text, copied beside it before the store starts over (see TextDocument.keepAside). */
    async keepAside(text: string, nowMs: number): Promise<string> {
      const folder = await fs.getDataFolder();
      const asideName = `${name}.damaged-${new Date(nowMs).toISOString().replace(/[:.]/g, '-')}`;
      const aside = await folder.createFile(asideName, { overwrite: true });
      await aside.write(text, { format: utf8 });
      return asideName;
    },
  };
}

/** Whether the folder lists an entry of that name (UXP lists Entry objects; the names are what count). */
async function isListed(folder: UxpFolder, name: string): Promise<boolean> {
  const entries = await folder.getEntries();
  return entries.some((entry) => (typeof entry === 'string' ? entry : (entry as { name?: unknown } | null)?.name) === name);
}
