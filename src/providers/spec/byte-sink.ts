/** Where downloaded bytes go: a file on disk in Node and UXP, memory in the sandbox. */
export interface ByteSink {
  write(chunk: Uint8Array): Promise<void>;
  /** Called once after the last chunk; the file is complete and closed afterwards. */
  close(): Promise<void>;
  /** Called instead of close when the download fails; discards partial bytes. */
  abort(reason: unknown): Promise<void>;
}

export interface TransferProgress {
  readonly receivedBytes: number;
  /** From Content-Length; undefined when the server did not say. */
  readonly totalBytes?: number;
}

export interface DownloadOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: TransferProgress) => void;
}
