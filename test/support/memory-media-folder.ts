import type { MediaFolder } from '../../src/platform/media-folder';

/** A MediaFolder in memory, for workflow tests: what the sink received is what readFile returns. */
export function createMemoryMediaFolder(): MediaFolder & { readonly files: Map<string, Uint8Array>; readonly aborted: string[] } {
  const files = new Map<string, Uint8Array>();
  const aborted: string[] = [];
  return {
    files,
    aborted,
    async createFile(fileName) {
      const path = `/memory/${fileName}`;
      const chunks: Uint8Array[] = [];
      return {
        path,
        sink: {
          write: async (chunk) => void chunks.push(chunk.slice()),
          close: async () => void files.set(path, Buffer.concat(chunks)),
          abort: async () => void aborted.push(path),
        },
      };
    },
    async readFile(path) {
      const bytes = files.get(path);
      if (bytes == null) throw new Error(`no file ${path}`);
      return bytes;
    },
  };
}
