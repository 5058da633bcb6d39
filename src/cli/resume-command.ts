import { isTerminal } from '../workflows/jobs/job-record';
import { EXIT_OK, type CliIo } from './cli-io';
import { cliLedgerPath, createCliJobRunner } from './cli-job-runner';
import { finishJobs } from './generate-command';
import { parseCommandArgs, parseIntegerFlag } from './parse-cli-args';

/**
 * `cliprelay resume`: finishes every unfinished job in the ledger from where it stopped. A create
 * whose answer was lost is looked up with the provider, never sent again.
 */
export async function runResumeCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const flags = parseCommandArgs('resume', argv, {
    'base-url': { type: 'string' },
    'poll-ms': { type: 'string' },
    'timeout-s': { type: 'string' },
  });
  const runner = await createCliJobRunner(io, {
    baseUrl: flags['base-url'],
    pollMs: parseIntegerFlag('poll-ms', flags['poll-ms'], 2_000, 1),
    timeoutMs: parseIntegerFlag('timeout-s', flags['timeout-s'], 900, 1) * 1000,
  });
  const unfinished = runner.ledger.list().filter((job) => !isTerminal(job));
  if (unfinished.length === 0) {
    io.stderr.write(`Nothing to resume in ${cliLedgerPath(io)}.\n`);
    return EXIT_OK;
  }
  io.stderr.write(`Resuming ${unfinished.length} job${unfinished.length === 1 ? '' : 's'}…\n`);
  runner.resumeAll();
  return finishJobs(runner, unfinished.map((job) => job.id).reverse(), io);
}
