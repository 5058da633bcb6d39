import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { estimateClipCostUsd } from '../domain/cost/estimate-cost';
import { clampDuration } from '../domain/format/clamp-duration';
import { findRegistration, PROVIDER_REGISTRATIONS } from '../providers/registry';
import { referenceImageMimeType } from '../platform/reference-image-type';
import { describeError } from '../shared/app-error';
import { defaultCatalogModel, requestRefusal, retiredModelMessage, validateVideoRequest } from '../providers/catalog';
import type { VideoRequest } from '../providers/spec';
import type { JobRunner } from '../workflows/jobs/job-runner';
import { isTerminal } from '../workflows/jobs/job-record';
import { escapeForTerminal, EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, type CliIo } from './cli-io';
import { assertCredentials, cliLedgerPath, createCliJobRunner, openCliLedger, reportProgress } from './cli-job-runner';
import { continuationFromFlags } from './continuation-flag';
import { assertOutputFolder } from './assert-output-folder';
import { CliUsageError } from './cli-usage-error';
import { loadCliCatalog } from './load-cli-catalog';
import { parseCommandArgs, parseIntegerFlag } from './parse-cli-args';
import { parseShotFlags } from './parse-shot-flag';

const DEFAULT_POLL_MS = 2_000;
const DEFAULT_TIMEOUT_SECONDS = 900;
const PROVIDER_IDS = PROVIDER_REGISTRATIONS.map((registration) => registration.id).join(', ');

/** The one line `generate` prints on stdout. */
export interface GenerateResult {
  readonly path: string;
  readonly provider: string;
  readonly model: string;
  readonly jobId: string;
  readonly durationSeconds: number;
  readonly hasAudio: boolean;
}

/**
 * `cliprelay generate`: validate → record in the ledger → start → poll → download to
 * `<out>/<slug>-<provider>-<job>.mp4` → inspect → print the result as one JSON line. Killing it
 * loses nothing: `cliprelay resume` continues from the ledger.
 */
export async function runGenerateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const flags = parseCommandArgs('generate', argv, {
    provider: { type: 'string' },
    prompt: { type: 'string' },
    'negative-prompt': { type: 'string' },
    resolution: { type: 'string' },
    image: { type: 'string' },
    out: { type: 'string' },
    model: { type: 'string' },
    seconds: { type: 'string' },
    aspect: { type: 'string' },
    audio: { type: 'string' },
    'base-url': { type: 'string' },
    'poll-ms': { type: 'string' },
    'timeout-s': { type: 'string' },
    catalog: { type: 'string' },
    shot: { type: 'string', multiple: true },
    extend: { type: 'string' },
    edit: { type: 'string' },
  });
  // --extend/--edit JOB: the earlier job's provider and model are the defaults.
  const earlierJobs = flags.extend == null && flags.edit == null ? null : await openCliLedger(io);
  const continuation =
    earlierJobs == null
      ? null
      : continuationFromFlags(flags, (id) => earlierJobs.get(id) ?? earlierJobs.list().find((job) => job.ref?.jobId === id));
  const providerId = flags.provider ?? continuation?.providerId;
  if (providerId == null) throw new CliUsageError(`generate: --provider is required (${PROVIDER_IDS}).`);
  const registration = findRegistration(providerId);
  if (registration == null) throw new CliUsageError(`generate: unknown provider "${providerId}"; available: ${PROVIDER_IDS}.`);
  if (flags.prompt == null) throw new CliUsageError('generate: --prompt is required.');
  if (flags.out == null) throw new CliUsageError('generate: --out DIR is required.');
  if (flags.audio != null && flags.audio !== 'on' && flags.audio !== 'off') {
    throw new CliUsageError(`generate: --audio must be on or off; got "${flags.audio}".`);
  }
  const pollMs = parseIntegerFlag('poll-ms', flags['poll-ms'], DEFAULT_POLL_MS, 1);
  const timeoutSeconds = parseIntegerFlag('timeout-s', flags['timeout-s'], DEFAULT_TIMEOUT_SECONDS, 1);

  const catalog = await loadCliCatalog(flags.catalog, io);
  const modelId = flags.model ?? continuation?.modelId ?? defaultCatalogModel(catalog, providerId)?.id;
  if (modelId == null) {
    // Every model of this provider is retired (OpenAI since the Sora API shut down): say so.
    const retired = catalog.models.find((candidate) => candidate.provider === providerId);
    throw new CliUsageError(
      retired == null
        ? `generate: the catalog has no ${providerId} model.`
        : `generate: ${registration.displayName} offers no model any more. ${retiredModelMessage(retired, catalog)}`,
    );
  }
  const model = catalog.models.find((candidate) => candidate.id === modelId);
  const shots = parseShotFlags(flags.shot);
  // With shots and no --seconds, the clip lasts as long as its shots.
  const defaultSeconds = shots != null ? shots.reduce((sum, shot) => sum + shot.durationSeconds, 0) : clampDuration(model, 5);
  const request: VideoRequest = {
    model: modelId,
    prompt: flags.prompt,
    negativePrompt: flags['negative-prompt'],
    durationSeconds: parseIntegerFlag('seconds', flags.seconds, defaultSeconds, 1),
    aspectRatio: (flags.aspect ?? '16:9') as VideoRequest['aspectRatio'],
    audio: flags.audio == null ? model?.audio !== 'none' : flags.audio === 'on',
    resolution: flags.resolution,
    referenceImage: flags.image == null ? undefined : await readReferenceImage(resolve(io.cwd, flags.image)),
    shots,
    ...(continuation == null ? {} : { continueFrom: continuation.continueFrom }),
    clientJobId: `cliprelay-${randomUUID()}`,
  };
  const problems = validateVideoRequest(request, catalog, providerId);
  if (problems.length > 0) {
    const { message, localized } = requestRefusal(problems);
    throw new CliUsageError(message, localized);
  }

  await assertOutputFolder(resolve(io.cwd, flags.out));
  const runner = await createCliJobRunner(io, { baseUrl: flags['base-url'], pollMs, timeoutMs: timeoutSeconds * 1000, catalog });
  // Fail fast on missing credentials, before the job is recorded.
  assertCredentials(registration, io);
  const job = await runner.submit({
    request,
    providerId: registration.id,
    providerName: registration.displayName,
    projectName: 'cli',
    estimatedCostUsd: model == null ? 0 : estimateClipCostUsd(model, request),
    outputFolder: resolve(io.cwd, flags.out),
    // The runner records where the job is created (the flag, the environment or the provider's
    // default) and the catalog's version, so `cliprelay resume` reaches the same server without flags.
  });
  io.stderr.write(
    `${registration.id}: recorded ${job.id} in ${cliLedgerPath(io)} (${request.model}, ${request.durationSeconds} s, ${request.aspectRatio}, audio ${request.audio ? 'on' : 'off'})\n`,
  );
  return finishJobs(runner, [job.id], io);
}

/** The --image file as a reference image; refused with the reason when it cannot be one. */
async function readReferenceImage(path: string): Promise<NonNullable<VideoRequest['referenceImage']>> {
  const fileName = basename(path);
  let mimeType: ReturnType<typeof referenceImageMimeType>;
  try {
    mimeType = referenceImageMimeType(fileName);
  } catch (error) {
    throw new CliUsageError(`generate: --image ${describeError(error)}`);
  }
  const bytes = await readFile(path).catch(() => {
    throw new CliUsageError(`generate: cannot read --image ${path}`);
  });
  return { bytes: new Uint8Array(bytes), mimeType, fileName };
}

/**
 * Waits for the jobs, printing progress on stderr and one JSON line per clip on stdout. Ctrl-C
 * stops waiting but keeps every job in the ledger for `cliprelay resume`.
 */
export async function finishJobs(runner: JobRunner, jobIds: readonly string[], io: CliIo): Promise<number> {
  const unsubscribe = reportProgress(runner, jobIds, io);
  const stop = () => void runner.stop();
  io.signal?.addEventListener('abort', stop, { once: true });
  try {
    let failed = false;
    for (const id of jobIds) {
      const job = (await runner.settled(id))!;
      if (io.signal?.aborted === true) {
        io.stderr.write(`stopped; ${id} is kept in the ledger: run \`cliprelay resume\` to finish it.\n`);
        return EXIT_INTERRUPTED;
      }
      if (job.phase !== 'saved' && job.phase !== 'placed') {
        failed = true;
        // A job still running without a problem was taken over by another ClipRelay process (see JobLedger).
        const unfinished = isTerminal(job)
          ? `job ${id} ended ${job.phase}`
          : `job ${id} is ${job.phase}, continued by another ClipRelay process or by \`cliprelay resume\``;
        io.stderr.write(`cliprelay: ${escapeForTerminal(job.problem?.message ?? unfinished)}\n`);
        continue;
      }
      for (const warning of job.warnings) io.stderr.write(`warning: ${escapeForTerminal(warning)}\n`);
      const result: GenerateResult = {
        path: job.mediaPath,
        provider: job.providerId,
        model: job.request.model,
        jobId: job.ref.jobId,
        durationSeconds: job.media.durationSeconds,
        hasAudio: job.media.hasAudio,
      };
      io.stdout.write(`${JSON.stringify(result)}\n`);
    }
    return failed ? EXIT_FAILED : EXIT_OK;
  } finally {
    unsubscribe();
    io.signal?.removeEventListener('abort', stop);
  }
}
