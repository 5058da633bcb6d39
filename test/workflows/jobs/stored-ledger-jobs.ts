/**
 * The job records in a stored ledger text, read independently of the ledger's own reader: a
 * version-3 ledger's `jobs` are `[seal, record]` pairs; older ones hold the records themselves.
 */
export function storedLedgerJobs(text: string): unknown[] {
  const document = JSON.parse(text) as { version: number; jobs: unknown[] };
  return document.version === 3 ? document.jobs.map((entry) => (entry as [string, unknown])[1]) : document.jobs;
}
