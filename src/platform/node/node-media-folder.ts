import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MediaFolder } from '../media-folder';
import { createFileByteSink } from './file-byte-sink';
import { readMp4FileInfo } from './read-mp4-file-info';

/** A directory on disk as the clips' destination (the CLI's --out); created on first use. */
export function nodeMediaFolder(directory: string): MediaFolder {
  return {
    async createFile(fileName) {
      await mkdir(directory, { recursive: true });
      const path = join(directory, fileName);
      return { path, sink: createFileByteSink(path) };
    },
    readFile: async (path) => new Uint8Array(await readFile(path)),
    inspect: readMp4FileInfo,
  };
}
