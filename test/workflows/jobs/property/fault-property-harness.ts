import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { EMULATOR_DEMO_CREDENTIALS } from '../../../../src/emulators/demo-credentials';
import { sendJson } from '../../../../src/emulators/emulator-http';
import type { EmulatorFault, FaultEffect } from '../../../../src/emulators/faults';
import { mountEmulators, type MountedEmulators } from '../../../../src/emulators/mount-emulators';
import { PROVIDER_REGISTRATIONS } from '../../../../src/providers/registry';
import { createSandboxState, SandboxHost } from '../../../../src/hosts/sandbox';
import { inspectMp4 } from '../../../../src/media';
import { defaultCatalogModel, loadBuiltinCatalog } from '../../../../src/providers/catalog';
import { JobLedger } from '../../../../src/workflows/jobs/job-ledger';
import type { JobRecord } from '../../../../src/workflows/jobs/job-record';
import { parseJobRecord } from '../../../../src/workflows/jobs/job-record-schema';
import { JobRunner } from '../../../../src/workflows/jobs/job-runner';
import type { LedgerStorage } from '../../../../src/platform/ledger-storage';
import { memoryLedgerStorage } from '../../../support/memory-ledger-storage';
import { CONTRACT_SCENARIO } from '../../../hosts/nle-host-contract';
import { createMemoryMediaFolder } from '../../../support/memory-media-folder';
import { demoClip, emulatedRequest } from '../emulated-job-session';
import { emulatorPath } from '../../../../src/emulators/emulator-paths';
import { storedLedgerJobs } from '../stored-ledger-jobs';

/**
 * Property-based fault testing of the job lifecycle (issue 11 item 2): random fault sequences per
 * phase against every registered provider's emulator, with sessions killed after random ledger
 * writes, checked against the invariants a paid job must keep.
 */

/** Providers with an offered model in the catalog and an emulator: every family the runner can create. */
export function faultTestedProviders(): string[] {
  const catalog = loadBuiltinCatalog();
  return PROVIDER_REGISTRATIONS.filter((registration) => defaultCatalogModel(catalog, registration.id) != null).map(
    (registration) => registration.id,
  );
}

export interface FaultCase {
  readonly faults: readonly EmulatorFault[];
  /** Kill the session after this many ledger writes, for each session before the last. */
  readonly killAfterWrites: readonly number[];
}

/**
 * Faults for one provider. Waits the HTTP client does itself are real, so every throttling or
 * server fault carries Retry-After: 0 (the client waits what the server says); the workflow's own
 * waits are injected and recorded instead.
 */
export function faultCaseArbitrary(provider: string): fc.Arbitrary<FaultCase> {
  const answered: fc.Arbitrary<FaultEffect> = fc.oneof(
    fc.constantFrom(429, 500, 503).map((status): FaultEffect => ({ kind: 'status', status, retryAfterSeconds: 0 })),
    fc.constant<FaultEffect>({ kind: 'malformed-json' }),
    fc.constant<FaultEffect>({ kind: 'drop-answer' }),
  );
  const create: fc.Arbitrary<FaultEffect> = fc.oneof(
    answered,
    fc.constantFrom(502, 504).map((status): FaultEffect => ({ kind: 'gateway-status', status })),
    fc.constantFrom(400, 429).map((status): FaultEffect => ({ kind: 'status', status, retryAfterSeconds: 0 })),
  );
  const download: fc.Arbitrary<FaultEffect> = fc.oneof(
    fc.integer({ min: 0, max: 60_000 }).map((afterBytes): FaultEffect => ({ kind: 'drop-download', afterBytes })),
    fc.constantFrom(500, 503).map((status): FaultEffect => ({ kind: 'status', status, retryAfterSeconds: 0 })),
  );
  const fault = fc
    .oneof(
      fc.record({ phase: fc.constant('create' as const), effect: create, times: fc.integer({ min: 1, max: 2 }) }),
      fc.record({ phase: fc.constant('poll' as const), effect: answered, times: fc.integer({ min: 1, max: 4 }) }),
      fc.record({ phase: fc.constant('download' as const), effect: download, times: fc.integer({ min: 1, max: 2 }) }),
    )
    .map((item): EmulatorFault => ({ provider, ...item }));
  return fc.record({
    faults: fc.array(fault, { maxLength: 5 }),
    killAfterWrites: fc.array(fc.integer({ min: 1, max: 8 }), { maxLength: 2 }),
  });
}

export interface FaultHarness {
  readonly emulators: MountedEmulators;
  readonly url: string;
  close(): Promise<void>;
}

export async function startFaultHarness(): Promise<FaultHarness> {
  const emulators = mountEmulators({ videoBytes: demoClip });
  const server: Server = createServer((req, res) => {
    emulators.handle(req, res).then(
      (handled) => {
        if (!handled) sendJson(res, 404, { error: 'no emulator' });
      },
      () => (res.headersSent ? res.destroy() : sendJson(res, 500, { error: 'emulator failed' })),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    emulators,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Every task any emulator holds: a second paid create for one job shows up here. */
function emulatorTaskCount(emulators: MountedEmulators): number {
  return (
    emulators.kling.tasks.size +
    emulators.runway.tasks.size +
    emulators.fal.requests.size +
    emulators.google.operations.size +
    emulators.google.interactions.size +
    emulators.comfyui.prompts.size +
    emulators.openai.videos.size +
    emulators.byteplus.tasks.size
  );
}

/** A ledger storage that checks every record of every write against its phase (the ledger always parses). */
function checkedStorage(inner: LedgerStorage, onWrite: () => void): LedgerStorage {
  const check = (text: string) => {
    for (const job of storedLedgerJobs(text)) parseJobRecord(job);
    onWrite();
    return text;
  };
  return {
    read: inner.read,
    write: (text) => inner.write(check(text)),
    update: (change) =>
      inner.update!((current) => {
        const next = change(current);
        if (next == null) return null;
        return typeof next === 'string' ? check(next) : { ...next, text: check(next.text) };
      }),
  };
}

interface FaultCaseOutcome {
  readonly job: JobRecord;
  readonly tasksCreated: number;
  readonly placedClips: number;
  readonly fileMatches: boolean | null;
}

let caseCounter = 0;

/**
 * One generated case: submit, kill after the given writes and resume in a new session each time,
 * then a last session without faults in which the user presses Retry on whatever asks for it.
 */
export async function runFaultCase(harness: FaultHarness, provider: string, faultCase: FaultCase): Promise<FaultCaseOutcome> {
  const { emulators } = harness;
  emulators.faults.clear();
  emulators.faults.add(...faultCase.faults);
  const tasksBefore = emulatorTaskCount(emulators);
  const inner = memoryLedgerStorage();
  const folder = createMemoryMediaFolder();
  const host = new SandboxHost(createSandboxState(CONTRACT_SCENARIO), {
    probeMedia: async (path) => {
      const info = inspectMp4(await folder.readFile(path));
      return { durationSeconds: info.durationSeconds, hasVideo: true, hasAudio: info.audio != null };
    },
  });
  const id = `prop-${process.pid}-${++caseCounter}`;
  const registration = PROVIDER_REGISTRATIONS.find((candidate) => candidate.id === provider)!;
  let writes = 0;
  let onWrite = () => {};
  const storage = checkedStorage(inner, () => {
    writes++;
    onWrite();
  });
  const session = async () =>
    new JobRunner({
      ledger: await JobLedger.open(storage),
      provider: async (providerId) =>
        PROVIDER_REGISTRATIONS.find((candidate) => candidate.id === providerId)!.create({
          credentials: EMULATOR_DEMO_CREDENTIALS[providerId] ?? {},
          baseUrl: `${harness.url}${emulatorPath(registration.id)}`,
        }),
      host,
      mediaFolder: folder,
      poll: { intervalMs: 1000, timeoutMs: 3_600_000, delay: async () => {} },
      fileName: (job) => `${job.id}.mp4`,
      binPath: () => ['ClipRelay'],
      reconcileGraceMs: 0,
      reconcileBackoffMs: 1,
    });

  for (const [index, killAt] of [...faultCase.killAfterWrites, Infinity].entries()) {
    const runner = await session();
    writes = 0;
    let stopping: Promise<void> | undefined;
    onWrite = () => {
      if (writes >= killAt) stopping ??= Promise.resolve().then(() => runner.stop());
    };
    if (index === 0)
      await runner.submit({
        request: emulatedRequest(provider, id),
        providerId: provider,
        providerName: registration.displayName,
        projectName: 'Property',
        estimatedCostUsd: 1,
      });
    else runner.resumeAll();
    await runner.settled(id);
    await stopping;
    onWrite = () => {};
    if (killAt === Infinity) {
      // The faults are spent or cleared; the user presses Retry while the card offers it.
      emulators.faults.clear();
      for (let attempt = 0; attempt < 4; attempt++) {
        const job = runner.ledger.get(id)!;
        if (job.problem?.retryable !== true) break;
        await runner.retry(id);
        await runner.settled(id);
      }
    }
  }
  const final = await JobLedger.open(storage);
  const job = final.get(id)!;
  const placedClips = host.state.videoTracks.flatMap((track) => track.clips).filter((clip) => clip.mediaPath === job.mediaPath).length;
  const fileMatches = job.mediaPath == null ? null : Buffer.from(await folder.readFile(job.mediaPath)).equals(demoClip);
  return { job, tasksCreated: emulatorTaskCount(emulators) - tasksBefore, placedClips, fileMatches };
}

/** The invariants; returns the first broken one as a sentence, or null. */
export function brokenInvariant(outcome: FaultCaseOutcome): string | null {
  const { job, tasksCreated } = outcome;
  if (tasksCreated > 1) return `${tasksCreated} provider tasks for one job`;
  if (outcome.placedClips > 1) return `placed ${outcome.placedClips} times`;
  if (outcome.fileMatches === false) return 'the file differs from what the provider served';
  if (job.phase === 'placed') return outcome.placedClips === 1 ? null : 'placed in the ledger but not on the timeline';
  if (tasksCreated === 1) {
    // A paid job that did not land must stay resumable, saying so truthfully.
    if (job.phase === 'failed' || job.phase === 'cancelled') return `a paid job ended ${job.phase}: ${job.problem?.message ?? ''}`;
    if (job.phase === 'unconfirmed' && /never arrived|nothing was charged/.test(job.problem?.message ?? ''))
      return 'a paid job is said never to have arrived';
    if (job.problem == null) return `a paid job is stuck in ${job.phase} without a word`;
    return null;
  }
  // No task: the job never reached the provider. It failed saying nothing was charged, or waits for the user.
  if (job.phase === 'failed' && job.providerHold !== 'held') return null;
  if (job.phase === 'unconfirmed' && job.problem?.retryable === false) return null;
  return `no provider task, yet the job is ${job.phase}${job.problem == null ? '' : `: ${job.problem.message}`}`;
}
