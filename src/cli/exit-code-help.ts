import type { Translator } from '../shared/i18n/translator';
import { EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE } from './cli-io';

/**
 * What each exit code means, for `--help`: written next to the constants the commands return, so
 * the help cannot promise a code the code never uses (test/cli/exit-codes.test.ts produces each).
 */
const EXIT_CODE_MEANINGS: readonly (readonly [code: number, meaning: string])[] = [
  [EXIT_OK, 'done (also `emulate` stopped by Ctrl-C: that is how it ends)'],
  [
    EXIT_FAILED,
    'the command ran and failed: a provider or job error, a failed download, an audio file that is not WAV/AIFF, or `models --check` found an offered model its provider no longer serves',
  ],
  [
    EXIT_USAGE,
    'the command could not start: a bad flag or value; an unknown command, provider, model or preset; a retired provider or model; a request the model cannot take; a missing input file; missing credentials; the CLI not built',
  ],
  [EXIT_INTERRUPTED, 'interrupted (Ctrl-C): unfinished jobs stay in the ledger, `cliprelay resume` finishes them'],
];

/** The same meanings in the user's language (test/i18n/cli-messages.test.ts keeps the English ones equal). */
const EXIT_CODE_MESSAGE_IDS = [
  [EXIT_OK, 'cli.exit.ok'],
  [EXIT_FAILED, 'cli.exit.failed'],
  [EXIT_USAGE, 'cli.exit.usage'],
  [EXIT_INTERRUPTED, 'cli.exit.interrupted'],
] as const;

/** The "Exit codes:" block shared by every help page; in English unless a translator is given. */
export function exitCodeLines(translator?: Translator): string[] {
  const meanings: readonly (readonly [number, string])[] =
    translator == null ? EXIT_CODE_MEANINGS : EXIT_CODE_MESSAGE_IDS.map(([code, id]) => [code, translator.t(id)] as const);
  const heading = translator?.t('cli.help.exitCodes') ?? 'Exit codes:';
  return [heading, ...meanings.map(([code, meaning]) => `  ${String(code).padEnd(4)} ${meaning}`)];
}
