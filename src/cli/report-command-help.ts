import type { CommandHelp } from './command-help';

/** `cliprelay report --help`. */
export const REPORT_COMMAND_HELP: CommandHelp = {
  summary: 'spend and provenance per generation, and totals per client, provider and day, as CSV or JSON',
  usage: ['cliprelay report [--from DAY] [--to DAY] [--project NAME | --client NAME] [--format csv|json] [--totals] [--from-folder DIR]'],
  flags: [
    ['--from DAY', 'first day included, YYYY-MM-DD (or an ISO time) (default: the first job)'],
    ['--to DAY', 'last day included, YYYY-MM-DD (or an ISO time, excluded) (default: now)'],
    ['--project NAME', 'only this project (default: all)'],
    ['--client NAME', 'only this client tag (default: all)'],
    ['--format csv|json', 'CSV per RFC 4180, or {"rows","totals"} (default: csv)'],
    ['--totals', 'CSV: the totals table (group,key,jobs,totalUsd) instead of one line per generation'],
    ['--from-folder DIR', 'rebuild the report from the provenance sidecars (*.cliprelay.json) under DIR, without the ledger'],
    ['--prompts text|hash', "prompts as written or as sha256 hashes (default: text, or --pack's policy)"],
    ['--pack FILE', 'a preset pack whose policy applies (reportPrompts: hash cannot be overridden)'],
    ['--out FILE', 'write the report to FILE and print {"report","jobs","totalUsd"} (default: the report on stdout)'],
    ['--utc', 'days in UTC (default: local days, as the budget caps count them)'],
  ],
  notes: [
    'Columns: time, day, project, client, provider, model, durationSeconds, resolution, costUsd, outcome, prompt, filePath, provenanceId, jobId.',
    'costUsd is the list-price estimate; a job the provider never held (refused, cancelled) counts 0. Totals are exact to $0.0001.',
    'The ledger is $CLIPRELAY_HOME/jobs.json with its archive jobs-archive.jsonl; a sidecar that cannot be read is named on stderr and skipped.',
  ],
  examples: [
    'cliprelay report --from 2026-11-01 --to 2026-11-30 --client Globex > globex-november.csv',
    'cliprelay report --from-folder /Volumes/Shared/Globex --totals --format json',
  ],
};
