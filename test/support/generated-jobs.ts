import type { JobRecord } from '../../src/workflows/jobs/job-record';

const PROVIDERS = [
  ['kling', 'kling-v3'],
  ['google', 'veo-3.1'],
  ['runway', 'gen-4'],
  ['fal', 'seedance'],
] as const;
const CLIENTS = ['Globex', 'Initech', 'Umbrella', 'Hooli'];
const PROMPTS = ['Rain on a neon street, "night"', 'Aerial shot of a harbour, dawn', '=HYPERLINK("x")', 'Line one\nline two, with comma'];

/** A small deterministic generator (mulberry32), so a generated ledger is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * `count` finished jobs over the 30 days after `startMs`, across 4 providers, 4 clients (each with
 * two projects), all outcomes (placed, saved, failed with the provider holding it or not,
 * cancelled) and awkward prompts (quotes, commas, line breaks, a formula). Costs have 4 decimals,
 * as estimateCostUsd rounds them.
 */
export function generatedJobs(count: number, startMs: number, seed = 7): JobRecord[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  return Array.from({ length: count }, (_, index): JobRecord => {
    const [providerId, model] = pick(PROVIDERS);
    const client = pick(CLIENTS);
    const createdAtMs = startMs + Math.floor(next() * 30 * 86_400_000);
    const id = `job-${String(index).padStart(6, '0')}`;
    const common = {
      id,
      providerId,
      providerName: providerId,
      request: {
        clientJobId: id,
        model,
        prompt: `${pick(PROMPTS)} #${index % 50}`,
        durationSeconds: pick([5, 8, 10]),
        aspectRatio: '16:9',
        audio: true,
      },
      projectName: `${client} ${pick(['spring promo', 'launch'])}`,
      clientTag: client,
      createdAtMs,
      updatedAtMs: createdAtMs + 60_000,
      estimatedCostUsd: Math.round(next() * 50_000) / 10_000,
      warnings: [],
      downloadAttempts: 1,
    };
    const ref = { provider: providerId, model, jobId: `${providerId}-task-${index}`, data: {} };
    const media = { durationSeconds: common.request.durationSeconds, hasAudio: true, width: 1920, height: 1080, frameRate: 24 };
    const roll = next();
    if (roll < 0.5)
      return {
        ...common,
        phase: 'placed',
        ref,
        mediaPath: `/clips/${id}.mp4`,
        media,
        placement: { videoClipId: 'v', audioClipId: 'a', startSeconds: 0, endSeconds: 5 },
      } as JobRecord;
    if (roll < 0.75) return { ...common, phase: 'saved', ref, mediaPath: `/clips/${id}.mp4`, media } as JobRecord;
    if (roll < 0.85)
      return { ...common, phase: 'failed', ref, problem: { message: 'moderated', retryable: false }, providerHold: 'held' } as JobRecord;
    if (roll < 0.93)
      return { ...common, phase: 'failed', problem: { message: 'refused', retryable: false }, providerHold: 'none' } as JobRecord;
    return { ...common, phase: 'cancelled', providerHold: 'none' } as JobRecord;
  });
}
