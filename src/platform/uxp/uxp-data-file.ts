import type { UxpModule } from './uxp-module';

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
      const file = await folder.getEntry(name).catch(() => null);
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
