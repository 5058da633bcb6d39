import { describeError } from '../shared/app-error';
import { describeErrorIn } from '../shared/i18n/describe-error-in';
import { createTranslator, type Translator } from '../shared/i18n/translator';
import { describeSchemaError, isSchemaError } from '../shared/schema-issue-sentences';
import { escapeForTerminal, EXIT_FAILED, EXIT_INTERRUPTED, EXIT_USAGE, type CliIo } from './cli-io';
import { CliUsageError } from './cli-usage-error';
import { cliLocale, takeLangFlag } from './cli-locale';
import { runAnalyzeCommand } from './analyze-command';
import { answerHelpOrVersion } from './answer-help-or-version';
import { runDuckCommand } from './duck-command';
import { runEmulateCommand } from './emulate-command';
import { runGenerateCommand } from './generate-command';
import { runJobsCommand } from './jobs-command';
import { runModelsCommand } from './models-command';
import { runPackCommand } from './pack-command';
import { runPlanCommand } from './plan-command';
import { runReportCommand } from './report-command';
import { runResumeCommand } from './resume-command';

const COMMANDS: Record<string, (argv: readonly string[], io: CliIo) => Promise<number>> = {
  generate: runGenerateCommand,
  emulate: runEmulateCommand,
  models: runModelsCommand,
  jobs: runJobsCommand,
  resume: runResumeCommand,
  analyze: runAnalyzeCommand,
  plan: runPlanCommand,
  duck: runDuckCommand,
  pack: runPackCommand,
  report: runReportCommand,
};

/**
 * The `cliprelay` command line, in-process: returns the exit code instead of exiting. Every error
 * ends as one line on stderr, never a stack trace; messages never contain credentials.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // Human-facing lines follow --lang or the shell's locale; the JSON a command prints never does.
  const { lang, rest: args } = takeLangFlag(argv);
  let translator: Translator;
  try {
    translator = createTranslator(cliLocale(lang, io.env));
  } catch (error) {
    io.stderr.write(`cliprelay: ${escapeForTerminal(describeError(error))}\n`);
    return EXIT_USAGE;
  }
  const { t } = translator;
  const answered = answerHelpOrVersion(args, io, Object.keys(COMMANDS), translator);
  if (answered != null) return answered;
  const [command = '', ...rest] = args;
  const run = COMMANDS[command];
  if (run == null) {
    io.stderr.write(`${t('cli.unknownCommand', { command, commands: Object.keys(COMMANDS).join(', ') })}\n`);
    return EXIT_USAGE;
  }
  try {
    return await run(rest, { ...io, translator });
  } catch (error) {
    if (io.signal?.aborted === true) {
      io.stderr.write(`${t('cli.cancelled')}\n`);
      return EXIT_INTERRUPTED;
    }
    io.stderr.write(`${t('cli.error', { message: escapeForTerminal(describeCliError(error, translator)) })}\n`);
    return error instanceof CliUsageError ? EXIT_USAGE : EXIT_FAILED;
  }
}

/**
 * One line for any error, in the --lang language where the error carries a catalog message (English is the error's
 * message word for word); a schema error names the field and the problem in words, never zod's JSON.
 */
function describeCliError(error: unknown, translator: Translator): string {
  if (isSchemaError(error)) return describeSchemaError(error.issues, { translator });
  return describeErrorIn(translator, error);
}
