import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createFileByteSink } from '../platform/node/file-byte-sink';
import { defaultCatalogModel, validateVideoRequest } from '../providers/catalog';
import { findRegistration, missingCredentials, PROVIDER_REGISTRATIONS } from '../entries/provider-registrations';
import { DownloadVerificationError, type JobStatus, type TransferProgress, type VideoRequest } from '../providers/spec';
import { clipFileName } from '../workflows/clip-file-name';
import { pollUntilDone } from '../workflows/poll-until-done';
import { EXIT_OK, type CliIo } from './cli-io';
import { CliUsageError } from './cli-usage-error';
import { loadCliCatalog } from './load-cli-catalog';
import { parseCommandArgs, parseIntegerFlag } from './parse-cli-args';
import { readMp4FileInfo } from './read-mp4-file-info';

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
 * `cliprelay generate`: validate → start → poll → download to `<out>/<slug>-<provider>-<job>.mp4`
 * → inspect → print the result as one JSON line.
 */
export async function runGenerateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const flags = parseCommandArgs('generate', argv, {
    provider: { type: 'string' },
    prompt: { type: 'string' },
    'negative-prompt': { type: 'string' },
    out: { type: 'string' },
    model: { type: 'string' },
    seconds: { type: 'string' },
    aspect: { type: 'string' },
    audio: { type: 'string' },
    'base-url': { type: 'string' },
    'poll-ms': { type: 'string' },
    'timeout-s': { type: 'string' },
    catalog: { type: 'string' },
  });
  if (flags.provider == null) throw new CliUsageError(`generate: --provider is required (${PROVIDER_IDS}).`);
  const registration = findRegistration(flags.provider);
  if (registration == null) throw new CliUsageError(`generate: unknown provider "${flags.provider}"; available: ${PROVIDER_IDS}.`);
  if (flags.prompt == null) throw new CliUsageError('generate: --prompt is required.');
  if (flags.out == null) throw new CliUsageError('generate: --out DIR is required.');
  if (flags.audio != null && flags.audio !== 'on' && flags.audio !== 'off') {
    throw new CliUsageError(`generate: --audio must be on or off; got "${flags.audio}".`);
  }
  const pollMs = parseIntegerFlag('poll-ms', flags['poll-ms'], DEFAULT_POLL_MS, 1);
  const timeoutSeconds = parseIntegerFlag('timeout-s', flags['timeout-s'], DEFAULT_TIMEOUT_SECONDS, 1);

  const catalog = await loadCliCatalog(flags.catalog, io);
  const modelId = flags.model ?? defaultCatalogModel(catalog, flags.provider)?.id;
  if (modelId == null) throw new CliUsageError(`generate: the catalog has no ${flags.provider} model.`);
  const model = catalog.models.find((candidate) => candidate.id === modelId);
  const defaultSeconds = model == null || model.durationsSeconds.includes(5) ? 5 : model.durationsSeconds[0]!;
  const request: VideoRequest = {
    model: modelId,
    prompt: flags.prompt,
    negativePrompt: flags['negative-prompt'],
    durationSeconds: parseIntegerFlag('seconds', flags.seconds, defaultSeconds, 1),
    aspectRatio: (flags.aspect ?? '16:9') as VideoRequest['aspectRatio'],
    audio: flags.audio == null ? model?.audio !== 'none' : flags.audio === 'on',
    clientJobId: `cliprelay-${randomUUID()}`,
  };
  const problems = validateVideoRequest(request, catalog, flags.provider);
  if (problems.length > 0) throw new CliUsageError(problems.map((problem) => problem.message).join(' '));

  const missing = missingCredentials(registration, io.env);
  if (missing.length > 0) {
    const required = registration.credentials.filter((spec) => spec.optional !== true).map((spec) => spec.name);
    throw new CliUsageError(
      `generate: ${registration.displayName} needs the environment variables ${required.join(' and ')} ` +
        `(missing: ${missing.join(', ')}); \`cliprelay emulate\` prints the demo values its emulators accept.`,
    );
  }
  const credentials = Object.fromEntries(
    registration.credentials.flatMap((spec) => {
      const value = io.env[spec.name];
      return value == null || value === '' ? [] : [[spec.name, value]];
    }),
  );
  const provider = registration.create({
    credentials,
    baseUrl: flags['base-url'] ?? io.env[registration.baseUrlEnv],
    fetch: io.fetch,
  });
  const { signal } = io;
  const log = (line: string) => io.stderr.write(`${line}\n`);

  const started = await provider.start(request, { signal });
  const { jobId } = started.ref;
  log(`${provider.id}: job ${jobId} submitted (${request.model}, ${request.durationSeconds} s, ${request.aspectRatio}, audio ${request.audio ? 'on' : 'off'})`);
  for (const warning of started.warnings) log(`warning: ${warning.details}`);

  const describeStatus = statusDescriber();
  const done = await pollUntilDone(provider, started.ref, {
    intervalMs: pollMs,
    timeoutMs: timeoutSeconds * 1000,
    signal,
    onStatus: (status) => {
      const line = describeStatus(status);
      if (line != null) log(`${provider.id}: job ${jobId} ${line}`);
    },
  });
  const asset = done.assets[0];
  if (asset == null) throw new DownloadVerificationError(`${provider.displayName} finished job ${jobId} without a video file.`);

  const directory = resolve(io.cwd, flags.out);
  await mkdir(directory, { recursive: true });
  const path = join(directory, clipFileName(request.prompt, provider.id, jobId));
  const describeTransfer = transferDescriber();
  await provider.download(asset, createFileByteSink(path), {
    signal,
    onProgress: (progress) => {
      const line = describeTransfer(progress);
      if (line != null) log(`downloading ${line}`);
    },
  });
  log(`saved ${path}`);

  const media = await readMp4FileInfo(path);
  if (request.audio && media.audio == null) log(`warning: ${provider.displayName} returned a clip without an audio track.`);
  const result: GenerateResult = {
    path,
    provider: provider.id,
    model: request.model,
    jobId,
    durationSeconds: media.durationSeconds,
    hasAudio: media.audio != null,
  };
  io.stdout.write(`${JSON.stringify(result)}\n`);
  return EXIT_OK;
}

/** A line per change of state or whole percent of progress; nothing for repeats. */
function statusDescriber(): (status: JobStatus) => string | undefined {
  let last: string | undefined;
  return (status) => {
    const line =
      status.state === 'pending'
        ? status.progress == null
          ? 'running'
          : `running ${Math.floor(status.progress * 100)}%`
        : status.state;
    if (line === last) return undefined;
    last = line;
    return line;
  };
}

/** A line per 10 % (or per MB when the size is unknown) and one at the end. */
function transferDescriber(): (progress: TransferProgress) => string | undefined {
  let lastStep = -1;
  return ({ receivedBytes, totalBytes }) => {
    if (totalBytes != null && totalBytes > 0) {
      const percent = Math.floor((receivedBytes / totalBytes) * 100);
      const step = Math.floor(percent / 10);
      if (step === lastStep) return undefined;
      lastStep = step;
      return `${percent}% (${receivedBytes} of ${totalBytes} bytes)`;
    }
    const step = Math.floor(receivedBytes / 1_000_000);
    if (step === lastStep) return undefined;
    lastStep = step;
    return `${receivedBytes} bytes`;
  };
}
