import { open } from 'node:fs/promises';
import { inspectMp4, MP4_LEADING_BOX_TYPES, Mp4FormatError, readBoxHeader, type Mp4Info } from '../../media';

/**
 * Inspects an MP4 on disk reading only box headers and the `moov` box, wherever it sits: provider
 * files are not always "faststart", and a whole clip need not be loaded to learn its duration.
 */
export async function readMp4FileInfo(filePath: string): Promise<Mp4Info> {
  const file = await open(filePath, 'r');
  try {
    const { size: fileBytes } = await file.stat();
    const header = new Uint8Array(16);
    let offset = 0;
    while (offset + 8 <= fileBytes) {
      const { bytesRead } = await file.read(header, 0, header.length, offset);
      const box = readBoxHeader(header.subarray(0, bytesRead), 0);
      if (box == null) break;
      // A size field of 0 means "to the end of the file"; readBoxHeader only sees our 16 bytes.
      const declaredSize = new DataView(header.buffer).getUint32(0);
      const boxBytes = declaredSize === 0 ? fileBytes - offset : box.end - box.start;
      if (box.type === 'moov') {
        const moov = new Uint8Array(Math.min(boxBytes, fileBytes - offset));
        await file.read(moov, 0, moov.length, offset);
        return inspectMp4(moov);
      }
      if (offset === 0 && !MP4_LEADING_BOX_TYPES.has(box.type)) throw new Mp4FormatError(`${filePath} is not an MP4 or MOV file.`);
      offset += boxBytes;
    }
    throw new Mp4FormatError(`${filePath} has no moov box; the file is incomplete or not an MP4.`);
  } finally {
    await file.close();
  }
}
