/** How a generation ended, as a report says it. */
export type ReportOutcome = 'placed' | 'saved' | 'failed' | 'cancelled' | 'in progress';

/** One generation in a report (a CSV line, a JSON object). */
export interface ReportRow {
  /** When the job was created, ISO 8601 UTC. */
  readonly time: string;
  readonly timeMs: number;
  /** The calendar day totals group it under (local time unless the caller says otherwise), YYYY-MM-DD. */
  readonly day: string;
  readonly project: string;
  /** The client tag; the project name for jobs from before client tags. */
  readonly client: string;
  readonly provider: string;
  readonly model: string;
  readonly durationSeconds: number;
  /** "1920x1080" from the file when it is known, else what was asked ("1080p"), else empty. */
  readonly resolution: string;
  /** The list-price estimate counted against budgets: 0 for a job the provider never held (nothing billed). */
  readonly costUsd: number;
  readonly outcome: ReportOutcome;
  /** The prompt, or `sha256:<hex>` of it where the pack keeps prompts out of reports. */
  readonly prompt: string;
  readonly filePath: string;
  /** The id the clip's provenance records (the provider's job id), as in the sidecar and the project. */
  readonly provenanceId: string;
  /** ClipRelay's own job id; empty for a row rebuilt from a sidecar. */
  readonly jobId: string;
}

/** What reports show of a prompt (a pack's `policy.reportPrompts`). */
export type PromptPolicy = 'text' | 'hash';

/** The columns, in order, as the CSV header and the JSON keys name them. */
export const REPORT_COLUMNS = [
  'time',
  'day',
  'project',
  'client',
  'provider',
  'model',
  'durationSeconds',
  'resolution',
  'costUsd',
  'outcome',
  'prompt',
  'filePath',
  'provenanceId',
  'jobId',
] as const satisfies readonly (keyof ReportRow)[];
