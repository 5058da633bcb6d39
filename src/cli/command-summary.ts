import { EN_CLI } from '../shared/i18n/catalogs/en/cli';

/** A command summary the catalog has in every language (`cli.<command>.summary`). */
export type CommandSummaryId = Extract<keyof typeof EN_CLI, `cli.${string}.summary`>;

/**
 * A command's summary said once: its catalog message (help says it in the user's language) and its English, read from
 * that message, for everything that shows the English (`CommandHelp.summary`).
 */
export function catalogSummary(summaryId: CommandSummaryId): { readonly summary: string; readonly summaryId: CommandSummaryId } {
  return { summary: EN_CLI[summaryId], summaryId };
}
