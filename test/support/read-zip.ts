import { inflateRawSync } from 'node:zlib';

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly crc32: number;
  readonly data: Buffer;
}

/**
 * Reads a ZIP archive from its central directory (the way installers do) and checks each local header
 * against it: an archive whose two records disagree is refused.
 */
export function readZip(archive: Buffer): ZipEntry[] {
  const endOffset = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endOffset === -1) throw new Error('no end-of-central-directory record');
  const count = archive.readUInt16LE(endOffset + 10);
  let offset = archive.readUInt32LE(endOffset + 16);
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (archive.readUInt32LE(offset) !== 0x02014b50) throw new Error(`bad central header ${index}`);
    const method = archive.readUInt16LE(offset + 10);
    const crc32 = archive.readUInt32LE(offset + 16);
    const compressedSize = archive.readUInt32LE(offset + 20);
    const size = archive.readUInt32LE(offset + 24);
    const nameLength = archive.readUInt16LE(offset + 28);
    const extraLength = archive.readUInt16LE(offset + 30);
    const commentLength = archive.readUInt16LE(offset + 32);
    const localOffset = archive.readUInt32LE(offset + 42);
    const name = archive.toString('utf8', offset + 46, offset + 46 + nameLength);
    if (archive.readUInt32LE(localOffset) !== 0x04034b50) throw new Error(`${name}: bad local header`);
    const localName = archive.toString('utf8', localOffset + 30, localOffset + 30 + archive.readUInt16LE(localOffset + 26));
    if (localName !== name || archive.readUInt32LE(localOffset + 14) !== crc32)
      throw new Error(`${name}: local header disagrees with the directory`);
    const start = localOffset + 30 + archive.readUInt16LE(localOffset + 26) + archive.readUInt16LE(localOffset + 28);
    const body = archive.subarray(start, start + compressedSize);
    const data = method === 8 ? inflateRawSync(body) : method === 0 ? Buffer.from(body) : null;
    if (data == null) throw new Error(`${name}: unsupported method ${method}`);
    if (data.length !== size) throw new Error(`${name}: size ${data.length}, directory says ${size}`);
    entries.push({ name, method, crc32, data });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
