import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli';
import { fileLedgerStorage } from '../../../src/platform/node/file-ledger-storage';
import type { LedgerStorage } from '../../../src/platform/ledger-storage';
import { JobLedger } from '../../../src/workflows/jobs/job-ledger';
import { isBillable, isTerminal, type JobRecord } from '../../../src/workflows/jobs/job-record';
import { uxpLedgerStorage } from '../../../src/platform/uxp/uxp-ledger-storage';
import { captureCliIo } from '../../support/capture-cli-io';
import { createFakeUxp } from '../../support/fake-uxp';
import { storedLedgerJobs } from './stored-ledger-jobs';

const DAY_MS = 86_400_000;
const NOW_MS = Date.UTC(2026, 11, 6, 12);
const PHASES = [
  'queued',
  'creating',
  'unconfirmed',
  'generating',
  'downloading',
  'placing',
  'placed',
  'saved',
  'failed',
  'cancelled',
] as const;
type Phase = (typeof PHASES)[number];
const FINISHED_PHASES: readonly Phase[] = ['saved', 'placed', 'failed', 'cancelled'];

/** A valid record of `phase`, created `ageDays` before NOW_MS. */
function jobAt(id: string, phase: Phase, ageDays: number, costUsd = 0.5): JobRecord {
  const atMs = NOW_MS - ageDays * DAY_MS;
  const ref = { provider: 'kling', model: 'kling-v2-6', jobId: `task-${id}`, data: {} };
  const media = { durationSeconds: 5, hasAudio: true, width: 1920, height: 1080, frameRate: 24 };
  const byPhase: Record<Phase, Record<string, unknown>> = {
    queued: {},
    creating: { createSentAtMs: atMs },
    unconfirmed: { createSentAtMs: atMs },
    generating: { ref },
    downloading: { ref, assets: [{ url: 'https://cdn.example/v.mp4' }] },
    placing: { ref, mediaPath: `/clips/${id}.mp4`, media },
    placed: {
      ref,
      mediaPath: `/clips/${id}.mp4`,
      media,
      placement: { videoClipId: 'v', audioClipId: null, startSeconds: 0, endSeconds: 5 },
    },
    saved: { ref, mediaPath: `/clips/${id}.mp4`, media },
    failed: { ref, problem: { message: 'refused', retryable: false }, providerHold: 'held' },
    cancelled: { providerHold: 'none' },
  };
  return {
    id,
    providerId: 'kling',
    providerName: 'Kling',
    request: { clientJobId: id, model: 'kling-v2-6', prompt: `prompt ${id}`, durationSeconds: 5, aspectRatio: '16:9', audio: true },
    projectName: 'documentary',
    createdAtMs: atMs,
    updatedAtMs: atMs,
    estimatedCostUsd: costUsd,
    warnings: [],
    downloadAttempts: 0,
    revision: 1,
    phase,
    ...byPhase[phase],
  } as unknown as JobRecord;
}

/** A ledger storage in memory with an archive, as the file storage has. */
function archivingMemoryStorage(initial: string | null) {
  let text = initial;
  let archive = '';
  const storage: LedgerStorage = {
    read: async () => text,
    write: async (next) => void (text = next),
    update: async (change) => {
      const next = change(text);
      if (next == null) return;
      if (typeof next === 'string') text = next;
      else {
        archive += next.archive ?? '';
        text = next.text;
      }
    },
    appendArchive: async (lines) => void (archive += lines),
    readArchive: async () => archive,
  };
  return { storage, text: () => text, archive: () => archive };
}

const idsOf = (jobs: readonly JobRecord[]) => jobs.map((job) => job.id);
const archivedIds = (archive: string) =>
  archive
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as JobRecord).id);

describe('the ledger moves old finished jobs to an append-only archive', () => {
  it('compacts a 50,000-job ledger on open: the active part stays small, nothing is lost, budgets still count the archived spend', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cliprelay-compaction-'));
    const file = join(dir, 'jobs.json');
    const finished: JobRecord[] = Array.from({ length: 50_000 }, (_, index) =>
      jobAt(`old-${index}`, FINISHED_PHASES[index % 4]!, 3 + (index % 400)),
    );
    const unfinished = (['queued', 'unconfirmed', 'generating', 'downloading', 'placing'] as const).map((phase) =>
      jobAt(`open-${phase}`, phase, 300),
    );
    writeFileSync(file, JSON.stringify({ version: 2, jobs: [...finished, ...unfinished] }));
    const bytesBefore = statSync(file).size;

    const ledger = await JobLedger.open(fileLedgerStorage(file), { now: () => NOW_MS });
    const bytesAfterOpen = statSync(file).size;
    const kept = ledger.list();
    expect(kept.filter(isTerminal)).toHaveLength(1000);
    expect(idsOf(kept.filter((job) => !isTerminal(job))).sort()).toEqual(idsOf(unfinished).sort());
    expect(bytesAfterOpen).toBeLessThan(bytesBefore / 40);

    const archived = archivedIds(readFileSync(join(dir, 'jobs-archive.jsonl'), 'utf8'));
    expect(archived).toHaveLength(49_000);
    expect(new Set([...archived, ...idsOf(kept)]).size).toBe(50_005);
    const archivedSet = new Set(archived);
    const archivedCost = finished
      .filter((job) => archivedSet.has(job.id) && isBillable(job))
      .reduce((sum, job) => sum + job.estimatedCostUsd, 0);
    expect(ledger.archivedSpendUsd('documentary')).toBeCloseTo(archivedCost, 6);

    // Every later save writes the small active part only, and archives nothing more.
    await ledger.put(jobAt('new', 'queued', 0));
    expect(statSync(file).size).toBeLessThan(bytesAfterOpen * 1.01);
    expect(archivedIds(readFileSync(join(dir, 'jobs-archive.jsonl'), 'utf8'))).toHaveLength(49_000);
    expect(await ledger.listArchived()).toHaveLength(49_000);
  });

  it('never drops an unfinished job, never loses or duplicates one (property)', async () => {
    const jobArbitrary = fc.record({ phase: fc.constantFrom(...PHASES), ageDays: fc.integer({ min: 0, max: 200 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(jobArbitrary, { maxLength: 120 }), async (specs) => {
        const jobs = specs.map((spec, index) => jobAt(`j${index}`, spec.phase, spec.ageDays));
        const memory = archivingMemoryStorage(JSON.stringify({ version: 2, jobs }));
        const ledger = await JobLedger.open(memory.storage, { now: () => NOW_MS, compaction: { keepFinished: 10, keepDays: 30 } });
        await ledger.put(jobAt('added', 'queued', 0));
        const kept = idsOf(ledger.list());
        const archived = archivedIds(memory.archive());
        for (const job of jobs.filter((candidate) => !isTerminal(candidate))) expect(kept).toContain(job.id);
        for (const job of jobs.filter((candidate) => candidate.createdAtMs >= NOW_MS - 2 * DAY_MS)) expect(kept).toContain(job.id);
        expect(new Set(archived).size).toBe(archived.length);
        expect(archived.filter((id) => kept.includes(id))).toEqual([]);
        expect([...kept, ...archived].sort()).toEqual([...idsOf(jobs), 'added'].sort());
        // The stored ledger parses and holds what the ledger says.
        expect(idsOf((await JobLedger.open(memory.storage, { now: () => NOW_MS })).list()).sort()).toEqual([...kept].sort());
      }),
      { numRuns: 150 },
    );
  });

  it('a second process does not write back jobs the first one archived', async () => {
    const jobs = Array.from({ length: 30 }, (_, index) => jobAt(`f${index}`, 'saved', 10 + index));
    const memory = archivingMemoryStorage(JSON.stringify({ version: 2, jobs }));
    const options = { now: () => NOW_MS, compaction: { keepFinished: 1000 } };
    const stale = await JobLedger.open(memory.storage, options); // opened while everything fits
    const compacting = await JobLedger.open(memory.storage, { now: () => NOW_MS, compaction: { keepFinished: 5 } });
    expect(compacting.list()).toHaveLength(5);
    await stale.put(jobAt('from-stale', 'queued', 0));
    const stored = { jobs: storedLedgerJobs(memory.text()!) as JobRecord[] };
    expect(idsOf(stored.jobs)).toHaveLength(6);
    expect(idsOf(stored.jobs).filter((id) => archivedIds(memory.archive()).includes(id))).toEqual([]);
  });
});

describe('cliprelay jobs --all', () => {
  it('lists the archived jobs after the ledger’s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cliprelay-jobs-all-'));
    const home = join(dir, 'home');
    const jobs = Array.from({ length: 1_200 }, (_, index) => jobAt(`cli-${index}`, 'saved', 3 + index / 60));
    mkdirSync(home, { recursive: true });
    writeFileSync(join(home, 'jobs.json'), JSON.stringify({ version: 2, jobs }));
    const listed = captureCliIo(dir, { CLIPRELAY_HOME: home });
    await runCli(['jobs', '--json'], listed);
    expect(JSON.parse(listed.out.join('')).jobs).toHaveLength(1_000);
    const all = captureCliIo(dir, { CLIPRELAY_HOME: home });
    await runCli(['jobs', '--all', '--json'], all);
    const everything = JSON.parse(all.out.join('')).jobs as JobRecord[];
    expect(new Set(idsOf(everything)).size).toBe(1_200);
    expect(everything[0]!.id).toBe('cli-0'); // newest first
  });
});

describe('the panel in Premiere archives too', () => {
  it('keeps the archive beside jobs.json in the plugin data folder, appended batch by batch', async () => {
    const fake = createFakeUxp();
    const jobs = Array.from({ length: 30 }, (_, index) => jobAt(`p${index}`, 'placed', 10 + index));
    const storage = uxpLedgerStorage(fake.uxp);
    await storage.write(JSON.stringify({ version: 2, jobs }));
    const ledger = await JobLedger.open(storage, { now: () => NOW_MS, compaction: { keepFinished: 10 } });
    expect(ledger.list()).toHaveLength(10);
    await JobLedger.open(storage, { now: () => NOW_MS, compaction: { keepFinished: 5 } });
    const archived = archivedIds((await storage.readArchive!()) ?? '');
    expect(archived).toHaveLength(25);
    expect(new Set(archived).size).toBe(25);
    expect(idsOf((await JobLedger.open(storage)).list())).toEqual(idsOf(jobs.slice(0, 5)));
  });
});
