import { AppError } from '../../shared/app-error';
import { sameNativeFolder, splitNativePath } from '../native-path';
import type { SidecarWriter } from '../sidecar-writer';
import type { UxpModule } from './uxp-module';
import type { RememberedFolder } from './uxp-remembered-folder';

/** The sidecar would go outside the folder the user granted: UXP ("request" permission) cannot write there. */
export class SidecarOutsideGrantedFolderError extends AppError {
  constructor(mediaPath: string) {
    super(`ClipRelay can only write beside clips in the folder you chose for generated clips; ${mediaPath} is elsewhere.`);
    this.name = 'SidecarOutsideGrantedFolderError';
  }
}

/**
 * Sidecars in the panel, through the folder the user granted for generated clips — the only place
 * `localFileSystem: "request"` lets the panel write. Generated clips live there, so their sidecars can
 * too; anything elsewhere is refused with a typed error instead of asking for broader access.
 */
export function createUxpSidecarWriter(uxp: UxpModule, mediaFolder: RememberedFolder): SidecarWriter {
  const utf8 = uxp.storage.formats.utf8;
  return {
    async writeBeside(mediaPath, fileName, text) {
      const folder = await mediaFolder.get();
      if (!sameNativeFolder(splitNativePath(mediaPath).folder, folder.nativePath)) throw new SidecarOutsideGrantedFolderError(mediaPath);
      const file = await folder.createFile(fileName, { overwrite: true });
      await file.write(text, { format: utf8 });
      return file.nativePath;
    },
  };
}
