import { join, resolve } from 'node:path';
import { findRegistration, missingCredentials, PROVIDER_REGISTRATIONS } from '../providers/registry';
import { loadBuiltinCatalog, type ModelCatalog } from '../providers/catalog';
import type { ProviderRegistration } from '../providers/spec';
import { cliprelayHome, fileLedgerStorage } from '../platform/node/file-ledger-storage';
import { nodeFetch } from '../platform/node/node-fetch';
import { nodeMediaFolder } from '../platform/node/node-media-folder';
import { createNodeSidecarWriter } from '../platform/node/node-sidecar-writer';
import { clipFileName } from '../workflows/clip-file-name';
import { catalogVersion } from '../workflows/jobs/catalog-version';
import { JobLedger } from '../workflows/jobs/job-ledger';
import { baseUrlForJob, providerEndpoint } from '../workflows/jobs/job-endpoint';
import type { JobRecord } from '../workflows/jobs/job-record';
import { JobRunner } from '../workflows/jobs/job-runner';
import { unavailableModelMessage } from '../workflows/jobs/unavailable-model-message';
import { escapeForTerminal, type CliIo } from './cli-io';
import { CliUsageError } from './cli-usage-error';
import { baseUrlFromEnv, credentialsFromEnv } from './provider-base-url-env';

/** The CLI's ledger: `$CLIPRELAY_HOME/jobs.json` (default `~/.cliprelay`), shared by generate, jobs and resume. */
export function cliLedgerPath(io: CliIo): string {
  return join(cliprelayHome(io.env), 'jobs.json');
}

/**
 * A job runner for the command line: no editor (jobs end `saved` on disk), each job's clip in the
 * folder recorded with it, providers built from the environment variables each vendor uses, talking
 * through nodeFetch (faster than Node's fetch for result files) unless the io brings its own fetch.
 */
export async function createCliJobRunner(
  io: CliIo,
  options: {
    baseUrl?: string;
    pollMs: number;
    /** How long to wait for a result, and for each download (--timeout-s); the job is kept when it passes. */
    timeoutMs: number;
    /** @default the built-in catalog */ catalog?: ModelCatalog;
  },
): Promise<JobRunner> {
  const catalog = options.catalog ?? loadBuiltinCatalog();
  const ledger = await openCliLedger(io);
  return new JobRunner({
    ledger,
    provider: async (providerId, job) => {
      const registration = findRegistration(providerId);
      if (registration == null) throw new CliUsageError(`unknown provider "${providerId}".`);
      assertCredentials(registration, io);
      const credentials = credentialsFromEnv(registration, io.env);
      // A flag wins; else the endpoint the job was created against (so `resume` needs no flags),
      // through the environment's URL when that names the same endpoint (it may carry a key); else the environment.
      const baseUrl = options.baseUrl ?? baseUrlForJob(job?.endpoint, baseUrlFromEnv(io.env, registration.id));
      return registration.create({ credentials, baseUrl, fetch: io.fetch ?? nodeFetch });
    },
    endpoint: (providerId) => currentEndpoint(io, providerId, options.baseUrl),
    catalogVersion: catalogVersion(catalog),
    downloadTimeoutMs: options.timeoutMs,
    mediaFolder: (job) => nodeMediaFolder(resolve(io.cwd, job.outputFolder ?? '.')),
    poll: { intervalMs: options.pollMs, timeoutMs: options.timeoutMs },
    fileName: (job) => clipFileName(job.request.prompt, job.providerId, job.ref?.jobId ?? job.id),
    binPath: () => [],
    sidecars: createNodeSidecarWriter(),
    // "Set up" on the command line means: the provider's credentials are in the environment.
    explainUnavailableModel: (job) =>
      unavailableModelMessage({
        catalog,
        providerName: job.providerName,
        modelId: job.request.model,
        configuredProviderIds: PROVIDER_REGISTRATIONS.filter((registration) => missingCredentials(registration, io.env).length === 0).map(
          (registration) => registration.id,
        ),
      }),
  });
}

/** The CLI's ledger, telling the user on stderr when a damaged one was kept aside and what was recovered. */
export async function openCliLedger(io: CliIo): Promise<JobLedger> {
  const ledger = await JobLedger.open(fileLedgerStorage(cliLedgerPath(io)));
  if (ledger.recovery != null) io.stderr.write(`warning: ${escapeForTerminal(ledger.recovery.message)}\n`);
  return ledger;
}

/**
 * Where a new job of this provider would be created with these flags and this environment (the
 * flag, else the provider's base-URL variable, else its default; Vertex AI: the location's host).
 */
export function currentEndpoint(io: CliIo, providerId: string, baseUrlFlag: string | undefined): string | undefined {
  const registration = findRegistration(providerId);
  if (registration == null) return undefined;
  return providerEndpoint(registration, {
    credentials: credentialsFromEnv(registration, io.env),
    baseUrl: baseUrlFlag ?? baseUrlFromEnv(io.env, registration.id),
  });
}

/** The provider's credentials found in the environment (empty ones left out). */
/** Refuses, naming the variables, when a provider's credentials are not in the environment. */
export function assertCredentials(registration: ProviderRegistration, io: CliIo): void {
  const missing = missingCredentials(registration, io.env);
  if (missing.length === 0) return;
  const required = registration.credentials.filter((spec) => spec.optional !== true).map((spec) => spec.name);
  throw new CliUsageError(
    `${registration.displayName} needs the environment variables ${required.join(' and ')} (missing: ${missing.join(', ')}); ` +
      '`cliprelay emulate` prints the demo values its emulators accept.',
  );
}

/** One stderr line per change of phase and per 10 % of progress, for a person watching. */
export function reportProgress(runner: JobRunner, jobIds: readonly string[], io: CliIo): () => void {
  const last = new Map<string, string>();
  return runner.ledger.subscribe((jobs) => {
    for (const job of jobs.filter((candidate) => jobIds.includes(candidate.id))) {
      const line = describe(job);
      if (last.get(job.id) === line) continue;
      last.set(job.id, line);
      io.stderr.write(`${line}\n`);
    }
  });
}

function describe(job: JobRecord): string {
  const step = job.progress == null ? '' : ` ${Math.floor(job.progress * 10) * 10}%`;
  const id = job.ref == null ? job.id : `job ${job.ref.jobId}`;
  const problem = job.problem == null ? '' : `: ${job.problem.message}`;
  return escapeForTerminal(`${job.providerId}: ${id} ${job.phase}${step}${problem}`);
}
