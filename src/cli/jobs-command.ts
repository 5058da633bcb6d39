import { isTerminal } from '../workflows/jobs/job-record';
import { escapeForTerminal, EXIT_OK, type CliIo } from './cli-io';
import { cliLedgerPath, openCliLedger } from './cli-job-runner';
import { parseCommandArgs } from './parse-cli-args';

/**
 * `cliprelay jobs`: the ledger, newest first; `--json` for scripts; `--all` adds the finished jobs
 * moved to the archive (jobs-archive.jsonl), after the ledger's.
 */
export async function runJobsCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const flags = parseCommandArgs('jobs', argv, { json: { type: 'boolean' }, all: { type: 'boolean' } });
  const ledger = await openCliLedger(io);
  const jobs = flags.all === true ? [...ledger.list(), ...(await ledger.listArchived())] : ledger.list();
  if (flags.json === true) {
    io.stdout.write(`${JSON.stringify({ jobs })}\n`);
    return EXIT_OK;
  }
  if (jobs.length === 0) {
    io.stdout.write(`No jobs in ${cliLedgerPath(io)}.\n`);
    return EXIT_OK;
  }
  for (const job of jobs) {
    const when = new Date(job.createdAtMs).toISOString().replace('T', ' ').slice(0, 16);
    const where = job.mediaPath ?? job.problem?.message ?? (isTerminal(job) ? '' : '(unfinished: cliprelay resume)');
    const line = `${when}  ${job.phase.padEnd(11)} ${job.providerId.padEnd(7)} ${job.request.model.padEnd(16)} $${job.estimatedCostUsd.toFixed(2)}  ${job.request.prompt.slice(0, 40).padEnd(40)}  ${where}`;
    io.stdout.write(`${escapeForTerminal(line)}\n`);
  }
  return EXIT_OK;
}
