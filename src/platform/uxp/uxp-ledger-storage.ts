import type { LedgerStorage } from '../ledger-storage';
import { uxpDataFile } from './uxp-data-file';
import type { UxpModule } from './uxp-module';

/**
 * The panel's job ledger in the plugin data folder (`jobs.json`), with the archive of finished
 * jobs beside it (`jobs-archive.jsonl`). UXP files have no durable append, so an archive batch
 * rewrites the archive atomically: rare (a hundred jobs or more at a time), and the ledger saved
 * on every step stays small.
 */
export function uxpLedgerStorage(uxp: UxpModule): LedgerStorage {
  const ledger = uxpDataFile(uxp, 'jobs.json');
  const archive = uxpDataFile(uxp, 'jobs-archive.jsonl');
  return {
    read: () => ledger.read(),
    write: (text) => ledger.write(text),
    keepAside: (text, nowMs) => ledger.keepAside(text, nowMs),
    appendArchive: async (lines) => archive.write(`${(await archive.read()) ?? ''}${lines}`),
    readArchive: () => archive.read(),
  };
}
