import type { Mp4Info } from '../media';
import type { ByteSink } from '../providers/spec';

/** A new file being written by a download. `path` is the native path the host imports once the sink closes. */
export interface NewMediaFile {
  readonly path: string;
  readonly sink: ByteSink;
}

/**
 * Where generated clips are kept: a folder the user chose (UXP), a directory (CLI), the sandbox
 * server's media store (browser). Never a temporary or plugin-data folder: the editor's project
 * links to these files for as long as the project lives.
 */
export interface MediaFolder {
  createFile(fileName: string): Promise<NewMediaFile>;
  /** The file's bytes, for MP4 inspection. */
  readFile(path: string): Promise<Uint8Array>;
  /** Reads only the MP4 boxes inspection needs, where the runtime can seek (large files). */
  inspect?(path: string): Promise<Mp4Info>;
}
