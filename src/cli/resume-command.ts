import { endpointForRecord, sameEndpoint } from '../workflows/jobs/job-endpoint';
import { isTerminal, type JobRecord } from '../workflows/jobs/job-record';
import { escapeForTerminal, EXIT_OK, type CliIo } from './cli-io';
import { cliLedgerPath, createCliJobRunner, currentEndpoint } from './cli-job-runner';
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
  for (const job of unfinished) {
    const note = endpointNote(job, currentEndpoint(io, job.providerId, flags['base-url']), flags['base-url'] != null);
    if (note != null) io.stderr.write(`note: ${escapeForTerminal(note)}\n`);
  }
  runner.resumeAll();
  return finishJobs(runner, unfinished.map((job) => job.id).reverse(), io);
}

/**
 * A line for a job made against another endpoint than the current settings name: it is finished
 * where it was created (that server holds it), unless --base-url sends it elsewhere on purpose.
 */
function endpointNote(job: JobRecord, current: string | undefined, fromFlag: boolean): string | null {
  if (job.endpoint == null || current == null || sameEndpoint(job.endpoint, current)) return null;
  const shown = endpointForRecord(current);
  return fromFlag
    ? `job ${job.id} was created at ${job.endpoint}; --base-url sends it to ${shown} instead.`
    : `job ${job.id} was created at ${job.endpoint}, not ${shown} as your settings say now; it is finished where it was created.`;
}
