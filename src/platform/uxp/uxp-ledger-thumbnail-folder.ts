import type { UxpModule } from './uxp-module';

/**
 * The plugin data folder as the job ledger's thumbnail pruning sees it (ThumbnailFolder in
 * workflows/jobs/ledger-thumbnails): the names of its entries, and deleting one by name.
 */
export function uxpLedgerThumbnailFolder(uxp: UxpModule) {
  const dataFolder = () => uxp.storage.localFileSystem.getDataFolder();
  return {
    async names(): Promise<readonly string[]> {
      const entries = await (await dataFolder()).getEntries();
      // UXP answers Entry objects (Folder.md, getEntries); a name is all that is needed here.
      return entries.flatMap((entry) => {
        const name = typeof entry === 'string' ? entry : (entry as { name?: unknown }).name;
        return typeof name === 'string' ? [name] : [];
      });
    },
    async remove(name: string): Promise<void> {
      await (await (await dataFolder()).getEntry(name)).delete();
    },
  };
}
