import type { LocalizedMessage } from '../../shared/app-error';
import type { JobRecord } from './job-record';

/** A warning with its words: the English text the ledger and the CLI keep, and its catalog message where it has one. */
export interface WordedWarning {
  readonly message: string;
  readonly localized?: LocalizedMessage;
}

/**
 * The job's warnings with these added, each with its catalog message at the same index in `warningWords` (null where a
 * warning has none: provider text, older builds). Warnings appended elsewhere without words only lengthen `warnings`,
 * so the padding here keeps both lists aligned. The ledger redacts the words as it stores them.
 */
export function withWarnings(
  job: Pick<JobRecord, 'warnings' | 'warningWords'>,
  added: readonly WordedWarning[],
): Pick<JobRecord, 'warnings' | 'warningWords'> {
  const words: (LocalizedMessage | null)[] = job.warnings.map((_, index) => job.warningWords?.[index] ?? null);
  for (const warning of added) words.push(warning.localized ?? null);
  return { warnings: [...job.warnings, ...added.map((warning) => warning.message)], warningWords: words };
}
