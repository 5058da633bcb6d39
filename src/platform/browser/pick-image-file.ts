import type { ReferenceImage } from '../../providers/spec';
import { referenceImageMimeType } from '../reference-image-type';

/**
 * Opens the browser's file chooser for one image, through a hidden `<input type="file">` created
 * on demand (the panel markup stays the same as in UXP, which has no file input). Resolves null
 * when the chooser is dismissed.
 */
export function pickImageFile(doc: Document = document): Promise<ReferenceImage | null> {
  const input = doc.createElement('input');
  input.type = 'file';
  input.accept = 'image/png,image/jpeg,image/webp';
  input.style.display = 'none';
  doc.body.append(input);
  return new Promise<File | null>((resolve) => {
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    // Chromium fires `cancel` when the chooser is closed without a choice.
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  })
    .then(async (file) => {
      if (file == null) return null;
      const mimeType = referenceImageMimeType(file.name);
      return { bytes: new Uint8Array(await file.arrayBuffer()), mimeType, fileName: file.name };
    })
    .finally(() => input.remove());
}
