import { rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { SidecarWriter } from '../sidecar-writer';

/** Sidecars for the CLI and tests: beside the media, written to a temporary name and renamed into place. */
export function createNodeSidecarWriter(): SidecarWriter {
  return {
    async writeBeside(mediaPath, fileName, text) {
      const path = join(dirname(mediaPath), fileName);
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, text, 'utf8');
      await rename(temporary, path);
      return path;
    },
  };
}
