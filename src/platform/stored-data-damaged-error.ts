import { AppError } from '../shared/app-error';

/**
 * A document ClipRelay persisted (job ledger, settings, preferences, packs, sandbox state) that
 * cannot be read back: not JSON, or not the shape its schema requires. The document is never
 * overwritten while damaged; `keptAsidePath` says where its bytes were put, when they were moved.
 */
export class StoredDataDamagedError extends AppError {
  readonly document: string;
  readonly detail: string;
  readonly keptAsidePath?: string;

  constructor(init: { document: string; detail: string; keptAsidePath?: string; cause?: unknown }) {
    super(
      `The ${init.document} could not be read (${init.detail}).` +
        (init.keptAsidePath == null ? ' It was left untouched.' : ` Its content was kept aside in ${init.keptAsidePath}.`),
      { cause: init.cause },
    );
    this.name = 'StoredDataDamagedError';
    this.document = init.document;
    this.detail = init.detail;
    this.keptAsidePath = init.keptAsidePath;
  }
}
