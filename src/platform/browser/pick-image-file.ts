import type { ReferenceImage } from '../../providers/spec';
import { referenceImageMimeType } from '../reference-image-type';
import { chooseOneFile } from './choose-one-file';

/**
 * Opens the browser's file chooser for one image (see chooseOneFile) and reads it; null when the
 * chooser is dismissed.
 */
export function pickImageFile(doc: Document = document): Promise<ReferenceImage | null> {
  return chooseOneFile(doc, 'image/png,image/jpeg,image/webp').then(async (file) => {
    if (file == null) return null;
    const mimeType = referenceImageMimeType(file.name);
    return { bytes: new Uint8Array(await file.arrayBuffer()), mimeType, fileName: file.name };
  });
}
