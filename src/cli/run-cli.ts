import { describeError } from '../shared/app-error';
import { describeSchemaError, isSchemaError } from '../shared/schema-issue-sentences';
import { escapeForTerminal, EXIT_FAILED, EXIT_INTERRUPTED, EXIT_USAGE, type CliIo } from './cli-io';
import { CliUsageError } from './cli-usage-error';
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
  const answered = answerHelpOrVersion(argv, io, Object.keys(COMMANDS));
  if (answered != null) return answered;
  const [command = '', ...rest] = argv;
  const run = COMMANDS[command];
  if (run == null) {
    io.stderr.write(`cliprelay: unknown command "${command}". Commands: ${Object.keys(COMMANDS).join(', ')}. See cliprelay --help.\n`);
    return EXIT_USAGE;
  }
  try {
    return await run(rest, io);
  } catch (error) {
    if (io.signal?.aborted === true) {
      io.stderr.write('cliprelay: cancelled.\n');
      return EXIT_INTERRUPTED;
    }
    io.stderr.write(`cliprelay: ${escapeForTerminal(describeCliError(error))}\n`);
    return error instanceof CliUsageError ? EXIT_USAGE : EXIT_FAILED;
  }
}

/** One line for any error; a schema error names the field and the problem in words, never zod's JSON. */
function describeCliError(error: unknown): string {
  if (isSchemaError(error)) return describeSchemaError(error.issues);
  return describeError(error);
}
