import type { ReferenceImageMimeType } from '../providers/spec';
import { AppError } from '../shared/app-error';

/** A chosen file that is not an image type any provider takes. */
export class UnsupportedImageError extends AppError {
  constructor(readonly fileName: string) {
    super(`"${fileName}" is not a PNG, JPEG or WebP image; choose one of those as the reference image.`);
    this.name = 'UnsupportedImageError';
  }
}

const BY_EXTENSION: Readonly<Record<string, ReferenceImageMimeType>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
};

/**
 * The image type of a picked file, from the file name's extension: UXP reports no MIME type, and
 * the browser's `File.type` is itself derived from the extension. Throws UnsupportedImageError.
 */
export function referenceImageMimeType(fileName: string): ReferenceImageMimeType {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const type = extension == null ? undefined : BY_EXTENSION[extension];
  if (type == null) throw new UnsupportedImageError(fileName);
  return type;
}
