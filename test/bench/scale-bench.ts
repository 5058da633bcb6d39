import { PremiereHost } from '../../src/hosts/premiere/premiere-host';
import { createSandboxState, SandboxHost } from '../../src/hosts/sandbox';
import type { NleHost } from '../../src/hosts/spec';
import { JobLedger } from '../../src/workflows/jobs/job-ledger';
import type { JobRecord } from '../../src/workflows/jobs/job-record';
import { applyDucking } from '../../src/workflows/apply-ducking';
import { builtinPreset } from '../support/builtin-preset';
import { createFakePremiere } from '../support/fake-premierepro';
import type { HostScenario } from '../support/host-scenario';
import { memoryLedgerStorage } from '../support/memory-ledger-storage';
import { median } from '../support/detection-metrics';

const VOICE_CLIPS = 500;
const GENERATED_CLIPS = 200;
const LEDGER_JOBS = 10_000;

/** A long promo: 500 voice lines of 2.4 s every 4 s on A1, 200 generated clips of 8 s every 10 s on A2. */
function bigSequence(): HostScenario {
  const voice = Array.from({ length: VOICE_CLIPS }, (_, index) => ({
    name: `Line ${index + 1}`,
    mediaPath: `/vo/line-${index + 1}.wav`,
    startSeconds: index * 4 + 1,
    endSeconds: index * 4 + 3.4,
  }));
  const generated = Array.from({ length: GENERATED_CLIPS }, (_, index) => ({
    name: `Gen ${index + 1}`,
    mediaPath: `/gen/clip-${index + 1}.mp4`,
    startSeconds: index * 10,
    endSeconds: index * 10 + 8,
  }));
  const media = Object.fromEntries(
    [...voice, ...generated].map((clip) => [
      clip.mediaPath,
      { durationSeconds: 60, hasVideo: clip.mediaPath.endsWith('.mp4'), hasAudio: true },
    ]),
  );
  return {
    sequenceName: 'Scale',
    frameRate: 25,
    playheadSeconds: 0,
    videoTracks: [{ name: 'Video 1', clips: generated }],
    audioTracks: [
      { name: 'VO', clips: voice },
      { name: 'Generated', clips: generated },
    ],
    media,
  };
}

async function timedDuck(host: NleHost, undoSteps: () => number): Promise<{ ms: number; envelopes: number; undoSteps: number }> {
  const started = performance.now();
  const result = await applyDucking({ host, voiceTrackIndices: [0], preset: builtinPreset('standard') });
  return { ms: performance.now() - started, envelopes: result.envelopes.length, undoSteps: undoSteps() };
}

/** A valid finished (placed) job, as a panel leaves thousands of them. */
function placedJob(index: number, nowMs: number): JobRecord {
  const id = `job-${index}`;
  const atMs = nowMs - index * 60_000;
  return {
    id,
    providerId: 'kling',
    providerName: 'Kling',
    request: {
      model: 'kling-v2-6',
      prompt: `shot ${index}: a harbour at dawn, gulls`,
      durationSeconds: 5,
      aspectRatio: '16:9',
      audio: true,
      clientJobId: id,
    },
    projectName: 'Scale',
    createdAtMs: atMs,
    updatedAtMs: atMs,
    estimatedCostUsd: 0.35,
    warnings: [],
    downloadAttempts: 1,
    revision: 3,
    phase: 'placed',
    ref: { provider: 'kling', model: 'kling-v2-6', jobId: `task-${index}`, data: {} },
    mediaPath: `/clips/${id}.mp4`,
    media: { durationSeconds: 5, hasAudio: true, width: 1920, height: 1080, frameRate: 24 },
    placement: { videoClipId: `v${index}`, audioClipId: `a${index}`, startSeconds: index * 5, endSeconds: index * 5 + 5 },
  } as unknown as JobRecord;
}

/** Between timed runs, when the bench runs with --expose-gc: each run pays for its own garbage only. */
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

/** Ducking a big sequence on both hosts, and opening a 10,000-job ledger. */
export async function runScaleBench(): Promise<string[]> {
  const lines: string[] = [];
  const scenario = bigSequence();
  const sandbox = new SandboxHost(createSandboxState(scenario), {
    probeMedia: async () => ({ durationSeconds: 60, hasVideo: true, hasAudio: true }),
  });
  const onSandbox = await timedDuck(sandbox, () => sandbox.undoLabels.length);
  const fake = createFakePremiere(scenario);
  const premiere = new PremiereHost(fake.ppro, { delay: async () => undefined });
  const onPremiere = await timedDuck(premiere, () => fake.undoLabels.length);
  for (const [name, run] of [
    ['sandbox host', onSandbox],
    ['Premiere fake', onPremiere],
  ] as const) {
    lines.push(
      `scale: duck ${VOICE_CLIPS} voice clips over ${GENERATED_CLIPS} generated clips on the ${name}: plan + write ${run.ms.toFixed(0)} ms (goal < 1000 ms), ` +
        `${run.envelopes} clips ducked in ${run.undoSteps} undo step${run.undoSteps === 1 ? '' : 's'} (goal 1)`,
    );
  }

  const nowMs = Date.now();
  // As an older build wrote it (one unsealed document: every record is checked), then as the ledger writes it now.
  const unsealed = JSON.stringify({ version: 2, jobs: Array.from({ length: LEDGER_JOBS }, (_, index) => placedJob(index, nowMs)) });
  const firstOpen = performance.now();
  const storage = memoryLedgerStorage(unsealed);
  const converted = await JobLedger.open(storage, { now: () => nowMs }); // rewritten in today's format on open
  const unsealedMs = performance.now() - firstOpen;
  // A flat copy, as reading the file gives it (the ledger's own text is a rope of its lines, slower to scan).
  const text = Buffer.from(storage.text!, 'utf8').toString('utf8');
  const opens: number[] = [];
  const saves: number[] = [];
  let listed = 0;
  for (let run = 0; run < 5; run++) {
    collectGarbage();
    const started = performance.now();
    const ledger = await JobLedger.open(memoryLedgerStorage(text), { now: () => nowMs });
    listed = ledger.list().length;
    opens.push(performance.now() - started);
    // A progress step of one job in the big ledger: the save the panel makes while it generates.
    const job = ledger.get(`job-${run}`)!;
    const saveStarted = performance.now();
    await ledger.put({ ...job, warnings: [`step ${run}`] });
    saves.push(performance.now() - saveStarted);
  }
  const parses: number[] = [];
  const oneDocument = JSON.stringify({ jobs: converted.list() });
  for (let run = 0; run < 5; run++) {
    collectGarbage();
    const started = performance.now();
    JSON.parse(oneDocument);
    parses.push(performance.now() - started);
  }
  const openMs = median(opens);
  const parseMs = median(parses);
  lines.push(
    `scale: open a ledger of ${LEDGER_JOBS.toLocaleString('en')} jobs (${(text.length / 1024 ** 2).toFixed(1)} MiB) and list ${listed}: ${openMs.toFixed(0)} ms, median of 5 (goal < 200 ms; ` +
      `floor: JSON.parse of the same jobs as one document ${parseMs.toFixed(0)} ms, open = ${(openMs / parseMs).toFixed(2)}× that; ` +
      `an unsealed ledger from an older build, every record checked and rewritten: ${unsealedMs.toFixed(0)} ms, once)`,
    `scale: save one job's progress step in that ledger: ${median(saves).toFixed(0)} ms, median of 5 (only the changed job is serialised and sealed again)`,
  );
  return lines;
}
