import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createSandboxState, DEMO_SEQUENCE, SandboxHost } from '../../src/hosts/sandbox';
import { inspectMp4 } from '../../src/media';
import type { JobStatus, VideoProvider } from '../../src/providers/spec';
import { JobLedger } from '../../src/workflows/jobs/job-ledger';
import { JobRunner } from '../../src/workflows/jobs/job-runner';
import { sdkPollPolicy } from '../../src/workflows/jobs/sdk-poll-policy';
import { memoryLedgerStorage } from '../support/memory-ledger-storage';
import { createMemoryMediaFolder } from '../support/memory-media-folder';

const JOBS_PER_PROVIDER = 40;
/** The panel's fixed interval today (src/entries/uxp-panel.tsx poll.intervalMs), the "before". */
const PANEL_FIXED_INTERVAL_MS = 5_000;

/** How each emulated provider reports a running job, as its API does (research/providers.md). */
interface ProviderModel {
  readonly id: string;
  readonly sdkName: string;
  /** The reported progress at a fraction of the run, or none (fal reports only a queue position). */
  readonly report: (fraction: number) => number | undefined;
}

const PROVIDERS: readonly ProviderModel[] = [
  { id: 'runway', sdkName: '@runwayml/sdk 6 s', report: (fraction) => Math.floor(fraction * 100) / 100 },
  { id: 'openai', sdkName: 'openai-python 1 s', report: (fraction) => Math.floor(fraction * 100) / 100 },
  { id: 'fal', sdkName: '@fal-ai/client 0.5 s', report: () => undefined },
];

/** Deterministic job lengths, so runs compare. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface FlowResult {
  readonly lagsMs: number[];
  readonly requestsPerJob: number;
  readonly sdkRequestsPerJob: number;
}

/**
 * The panel's flow on a virtual clock: the real JobRunner, ledger, sandbox host and placement, with
 * a provider whose job finishes at a set time (queue 0–8 s, run 30–120 s) and the waits between
 * polls skipped (the clock jumps) while everything else runs in real time. The lag measured is
 * from the provider's "succeeded" to the clip placed, minus the download itself.
 */
async function emulatedFlow(model: ProviderModel, adaptive: boolean, clip: Uint8Array): Promise<FlowResult> {
  let skippedMs = 0;
  const now = () => 1_800_000_000_000 + skippedMs + performance.now();
  const delay = async (delayMs: number) => {
    skippedMs += delayMs;
    await new Promise((done) => setImmediate(done));
  };
  const random = mulberry32(16);
  const jobs = new Map<string, { createdAtMs: number; queueMs: number; runMs: number; statusCalls: number; downloadMs: number }>();
  const provider: VideoProvider = {
    id: model.id,
    displayName: model.id,
    async start(request) {
      jobs.set(request.clientJobId, {
        createdAtMs: now(),
        queueMs: random() * 8_000,
        runMs: 30_000 + random() * 90_000,
        statusCalls: 0,
        downloadMs: 0,
      });
      return { ref: { provider: model.id, model: request.model, jobId: request.clientJobId, data: {} }, warnings: [] };
    },
    async status(ref): Promise<JobStatus> {
      const job = jobs.get(ref.jobId)!;
      job.statusCalls++;
      const elapsedMs = now() - job.createdAtMs;
      if (elapsedMs >= job.queueMs + job.runMs) return { state: 'completed', assets: [{ url: `https://cdn.example/${ref.jobId}.mp4` }] };
      if (elapsedMs < job.queueMs) return { state: 'pending' };
      const progress = model.report((elapsedMs - job.queueMs) / job.runMs);
      return progress == null ? { state: 'pending' } : { state: 'pending', progress };
    },
    async download(asset, sink) {
      const startedMs = performance.now();
      await sink.write(clip);
      await sink.close();
      jobs.get(asset.url.split('/').pop()!.replace('.mp4', ''))!.downloadMs = performance.now() - startedMs;
      return clip.length;
    },
  };
  const folder = createMemoryMediaFolder();
  const host = new SandboxHost(createSandboxState(DEMO_SEQUENCE), {
    probeMedia: async (path) => {
      const info = inspectMp4(await folder.readFile(path));
      return { durationSeconds: info.durationSeconds, hasVideo: true, hasAudio: info.audio != null };
    },
  });
  const runner = new JobRunner({
    ledger: await JobLedger.open(memoryLedgerStorage()),
    provider: async () => provider,
    host,
    mediaFolder: folder,
    poll: {
      intervalMs: PANEL_FIXED_INTERVAL_MS,
      timeoutMs: 30 * 60_000,
      delay,
      now,
      ...(adaptive ? { schedule: sdkPollPolicy } : {}),
    },
    now,
    fileName: (job) => `${job.id}.mp4`,
    binPath: () => ['ClipRelay'],
  });
  const lagsMs: number[] = [];
  let requests = 0;
  let sdkRequests = 0;
  const sdkIntervalMs = sdkPollPolicy(model.id)!.sdkIntervalMs;
  for (let index = 0; index < JOBS_PER_PROVIDER; index++) {
    const id = `${model.id}-${adaptive ? 'adaptive' : 'fixed'}-${index}`;
    await runner.submit({
      request: { model: 'bench-model', prompt: 'a harbour at dawn', durationSeconds: 5, aspectRatio: '16:9', audio: true, clientJobId: id },
      providerId: model.id,
      providerName: model.id,
      projectName: 'Bench',
      estimatedCostUsd: 0,
    });
    const placed = await runner.settled(id);
    if (placed?.phase !== 'placed') throw new Error(`bench job ${id} ended ${placed?.phase}: ${placed?.problem?.message}`);
    const job = jobs.get(id)!;
    lagsMs.push(placed.updatedAtMs - (job.createdAtMs + job.queueMs + job.runMs) - job.downloadMs);
    requests += job.statusCalls;
    sdkRequests += Math.ceil((job.queueMs + job.runMs) / sdkIntervalMs) + 1;
  }
  return { lagsMs, requestsPerJob: requests / JOBS_PER_PROVIDER, sdkRequestsPerJob: sdkRequests / JOBS_PER_PROVIDER };
}

const p95 = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1]!;

/** Time to timeline and status requests per job, adaptive vs the panel's fixed 5 s vs each SDK's default. */
export async function runTimeToTimelineBench(): Promise<string[]> {
  const clip = new Uint8Array(readFileSync(resolve(__dirname, '../../assets/demo-clip.mp4')));
  const lines: string[] = [];
  for (const model of PROVIDERS) {
    const adaptive = await emulatedFlow(model, true, clip);
    const fixed = await emulatedFlow(model, false, clip);
    lines.push(
      `time to timeline, ${model.id}-like jobs (queue 0–8 s, run 30–120 s) ×${JOBS_PER_PROVIDER}: p95 ${(p95(adaptive.lagsMs) / 1000).toFixed(2)} s (goal ≤ 1 s), ` +
        `${adaptive.requestsPerJob.toFixed(1)} status requests/job vs ${model.sdkName} default ${adaptive.sdkRequestsPerJob.toFixed(1)} (goal ≤); ` +
        `before (fixed ${PANEL_FIXED_INTERVAL_MS / 1000} s): p95 ${(p95(fixed.lagsMs) / 1000).toFixed(2)} s, ${fixed.requestsPerJob.toFixed(1)} requests/job`,
    );
  }
  return lines;
}
