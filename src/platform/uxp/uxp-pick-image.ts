import { InvariantError } from '../../shared/app-error';
import type { ReferenceImage } from '../../providers/spec';
import { referenceImageMimeType } from '../reference-image-type';
import type { UxpModule } from './uxp-module';

/**
 * Lets the editor choose one image with UXP's open dialog and reads it as bytes. UXP has no
 * `<input type="file">`; the file picker grants access to the chosen file only. Resolves null when
 * the dialog is dismissed.
 */
export function createUxpImagePicker(uxp: UxpModule): () => Promise<ReferenceImage | null> {
  return async () => {
    const file = await uxp.storage.localFileSystem.getFileForOpening({ types: ['png', 'jpg', 'jpeg', 'webp'] });
    if (file == null) return null;
    const mimeType = referenceImageMimeType(file.name);
    const data = await file.read({ format: uxp.storage.formats.binary });
    if (typeof data === 'string') throw new InvariantError({ message: `UXP read "${file.name}" as text, not bytes.` });
    return { bytes: new Uint8Array(data), mimeType, fileName: file.name };
  };
}
