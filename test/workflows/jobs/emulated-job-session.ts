import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EMULATOR_DEMO_CREDENTIALS } from '../../../src/emulators/demo-credentials';
import type { EmulatorServer } from '../../../src/emulators/emulator-server';
import { findRegistration } from '../../../src/providers/registry';
import { createSandboxState, SandboxHost } from '../../../src/hosts/sandbox';
import { inspectMp4 } from '../../../src/media';
import { defaultCatalogModel, loadBuiltinCatalog } from '../../../src/providers/catalog';
import type { FetchFunction, VideoRequest } from '../../../src/providers/spec';
import { JobLedger } from '../../../src/workflows/jobs/job-ledger';
import { JobRunner, type JobRunnerOptions } from '../../../src/workflows/jobs/job-runner';
import type { LedgerStorage } from '../../../src/platform/ledger-storage';
import { CONTRACT_SCENARIO } from '../../hosts/nle-host-contract';
import { createMemoryMediaFolder } from '../../support/memory-media-folder';
import { emulatorPath } from '../../../src/emulators/emulator-paths';

export const demoClip = readFileSync(resolve(__dirname, '../../../assets/demo-clip.mp4'));

/** A valid request for the provider's default model, with our id. */
export function emulatedRequest(providerId: string, clientJobId: string, prompt = 'a harbour at dawn'): VideoRequest {
  const model = defaultCatalogModel(loadBuiltinCatalog(), providerId);
  if (model == null) throw new Error(`no offered ${providerId} model in the catalog`);
  return {
    model: model.id,
    prompt,
    durationSeconds: model.durationsSeconds.includes(5) ? 5 : model.durationsSeconds[0]!,
    aspectRatio: (model.aspectRatios.includes('16:9') ? '16:9' : model.aspectRatios[0]) as VideoRequest['aspectRatio'],
    audio: model.audio !== 'none',
    clientJobId,
  };
}

/**
 * A fetch that re-sends a POST once when its connection died before an answer, as browsers do on
 * a dead keep-alive socket (the re-sent create then meets the one that already arrived).
 */
export function resendingPostFetch(): FetchFunction {
  return async (input, init) => {
    const request = new Request(input, init);
    const copy = request.method === 'POST' ? request.clone() : undefined;
    try {
      return await fetch(request);
    } catch (error) {
      if (copy == null || request.signal.aborted) throw error;
      return fetch(copy);
    }
  };
}

/** One panel session against the emulators: its runner over a (possibly shared) ledger, host and folder. */
export async function emulatedJobSession(
  emulator: EmulatorServer,
  storage: LedgerStorage,
  options: {
    readonly shared?: { host: SandboxHost; folder: ReturnType<typeof createMemoryMediaFolder> };
    readonly fetch?: FetchFunction;
    readonly delays?: number[];
    readonly now?: () => number;
    readonly runner?: Partial<JobRunnerOptions>;
  } = {},
) {
  const folder = options.shared?.folder ?? createMemoryMediaFolder();
  const host =
    options.shared?.host ??
    new SandboxHost(createSandboxState(CONTRACT_SCENARIO), {
      probeMedia: async (path) => {
        const info = inspectMp4(await folder.readFile(path));
        return { durationSeconds: info.durationSeconds, hasVideo: true, hasAudio: info.audio != null };
      },
    });
  const created: string[] = [];
  const runner = new JobRunner({
    ledger: await JobLedger.open(storage),
    provider: async (providerId) => {
      const registration = findRegistration(providerId)!;
      created.push(providerId);
      return registration.create({
        credentials: EMULATOR_DEMO_CREDENTIALS[providerId] ?? {},
        baseUrl: `${emulator.url}${emulatorPath(registration.id)}`,
        fetch: options.fetch,
      });
    },
    host,
    mediaFolder: folder,
    poll: {
      intervalMs: 1000,
      timeoutMs: 600_000,
      // Waits are recorded, not slept: Retry-After and backoff are asserted by what was asked for.
      delay: async (ms) => void options.delays?.push(ms),
    },
    fileName: (job) => `${job.id}.mp4`,
    binPath: (job) => ['ClipRelay', job.providerName],
    now: options.now,
    reconcileGraceMs: 0,
    ...options.runner,
  });
  return { runner, host, folder };
}
