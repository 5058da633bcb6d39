import type { PackFileSource, PickedPackFile } from '../pack-file-source';
import { chooseOneFile } from './choose-one-file';

/**
 * Pack files for the sandbox page, picked through a hidden `<input type="file">` created on demand
 * (as the reference image is). The page keeps the picked File, so a check reads it again while the
 * page is open; after a reload the browser gives no way back to it, and the subscription keeps its
 * last good copy until the editor installs the file again.
 */
export function createBrowserPackFileSource(doc: Document = document): PackFileSource {
  const picked = new Map<string, File>();
  return {
    async pick(): Promise<PickedPackFile | null> {
      const file = await chooseOneFile(doc, '.json,application/json');
      if (file == null) return null;
      // Browsers give names, never paths: the name is the location the subscription shows.
      const location = `file:${file.name}`;
      picked.set(location, file);
      return { location };
    },
    async reread(location) {
      const file = picked.get(location);
      return file == null ? null : file.text();
    },
  };
}
