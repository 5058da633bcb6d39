import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JobLedger } from '../../../src/workflows/jobs/job-ledger';
import type { JobRecord } from '../../../src/workflows/jobs/job-record';
import { parseJobRecord } from '../../../src/workflows/jobs/job-record-schema';
import { sealedLedgerText } from '../../../src/workflows/jobs/job-ledger-seal';
import { memoryLedgerStorage } from '../../support/memory-ledger-storage';
import { storedLedgerJobs } from './stored-ledger-jobs';

const NOW_MS = Date.UTC(2026, 11, 6, 12);

function savedJob(index: number): JobRecord {
  const id = `job-${index}`;
  const atMs = NOW_MS - index * 60_000;
  return {
    id,
    providerId: 'kling',
    providerName: 'Kling',
    request: {
      model: 'kling-v2-6',
      prompt: `shot ${index}: a harbour at dawn`,
      durationSeconds: 5,
      aspectRatio: '16:9',
      audio: true,
      clientJobId: id,
    },
    projectName: index % 2 === 0 ? 'Harbour' : 'Mountains',
    createdAtMs: atMs,
    updatedAtMs: atMs,
    estimatedCostUsd: 0.35,
    warnings: index % 3 === 0 ? ['the provider shortened the prompt'] : [],
    downloadAttempts: 1,
    revision: 3,
    phase: 'saved',
    ref: { provider: 'kling', model: 'kling-v2-6', jobId: `task-${index}`, data: {} },
    mediaPath: `/clips/${id}.mp4`,
    media: { durationSeconds: 5, hasAudio: true, width: 1920, height: 1080, frameRate: 24 },
  };
}

const jobs = (count: number) => Array.from({ length: count }, (_, index) => savedJob(index));
const byId = (list: readonly JobRecord[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('the job ledger stored as one document with a sealed job per line (version 3)', () => {
  it('migrates a ledger written by the previous build (one sealed version-2 document) without losing anything', async () => {
    // Exactly what the version-2 writer produced: the document sealed as a whole, with the archived spend.
    const old = sealedLedgerText(2, JSON.stringify({ jobs: jobs(25), archivedSpendUsd: { Harbour: 12.5 } }));
    const storage = memoryLedgerStorage(old);
    const ledger = await JobLedger.open(storage, { now: () => NOW_MS });
    expect(byId(ledger.list())).toEqual(byId(jobs(25)));
    expect(ledger.archivedSpendUsd('Harbour')).toBe(12.5);
    expect(storage.text!.startsWith('{"version":3,')).toBe(true);
    expect(storage.text!.trimEnd().split('\n')).toHaveLength(27); // the header, a line per job, the closing
    expect(storedLedgerJobs(storage.text!)).toHaveLength(25);
    const reopened = await JobLedger.open(memoryLedgerStorage(storage.text), { now: () => NOW_MS });
    expect(byId(reopened.list())).toEqual(byId(jobs(25)));
    expect(reopened.archivedSpendUsd('Harbour')).toBe(12.5);
    expect(reopened.recovery).toBeNull();
  });

  it('migrates an unsealed version-1 ledger, checking each record, and keeps a bad record aside', async () => {
    const old = JSON.stringify({ version: 1, jobs: [...jobs(3), { id: 'broken', phase: 'placed' }] });
    const storage = memoryLedgerStorage(old);
    const ledger = await JobLedger.open(storage, { now: () => NOW_MS });
    expect(byId(ledger.list())).toEqual(byId(jobs(3)));
    expect(ledger.recovery?.unreadableJobs).toBe(1);
    expect(storage.keptAside).toEqual([old]);
    expect(storage.text!.startsWith('{"version":3,')).toBe(true);
  });

  it('a save rewrites the changed job only; every other line stays as it was', async () => {
    const storage = memoryLedgerStorage();
    const ledger = await JobLedger.open(storage, { now: () => NOW_MS });
    for (const job of jobs(5)) await ledger.put(job);
    const before = storage.text!.split('\n');
    const changed = await ledger.put({ ...ledger.get('job-2')!, warnings: ['re-checked'] });
    const after = storage.text!.split('\n');
    expect(after).toHaveLength(before.length);
    const differing = after.filter((line, index) => line !== before[index]);
    expect(differing).toHaveLength(1); // job-2's line; the header (same count, same archived spend) is unchanged
    expect(differing[0]).toContain('"re-checked"');
    expect(storedLedgerJobs(storage.text!)).toContainEqual(changed);
  });

  it('sees a ledger cut short at a line break as damaged: kept aside, the remaining jobs recovered', async () => {
    const storage = memoryLedgerStorage();
    const ledger = await JobLedger.open(storage, { now: () => NOW_MS });
    for (const job of jobs(6)) await ledger.put(job);
    const lines = storage.text!.split('\n');
    const cut = `${lines.slice(0, 5).join('\n')}\n`; // the header and four of six jobs: no longer JSON
    const reopened = await JobLedger.open(memoryLedgerStorage(cut), { now: () => NOW_MS });
    expect(reopened.list()).toHaveLength(4);
    expect(reopened.recovery?.unreadableJobs).toBe(2);
    expect(reopened.recovery?.keptAsidePath).toContain('damaged');
  });

  it('checks an edited line against its phase again: a sensible edit is taken, a broken one refused', async () => {
    const storage = memoryLedgerStorage();
    const ledger = await JobLedger.open(storage, { now: () => NOW_MS });
    for (const job of jobs(3)) await ledger.put(job);
    const renamed = storage.text!.replace('shot 1: a harbour', 'shot 1: a lighthouse');
    const reopened = await JobLedger.open(memoryLedgerStorage(renamed), { now: () => NOW_MS });
    expect(reopened.get('job-1')?.request.prompt).toBe('shot 1: a lighthouse at dawn');
    expect(reopened.recovery).toBeNull();
    const broken = storage.text!.replace('"phase":"saved"', '"phase":"warp-speed"');
    const refused = await JobLedger.open(memoryLedgerStorage(broken), { now: () => NOW_MS });
    expect(refused.list()).toHaveLength(2);
    expect(refused.recovery?.unreadableJobs).toBe(1);
  });

  it('never takes a damaged text as valid jobs nor loses a job silently, whatever single character changes', async () => {
    const storage = memoryLedgerStorage();
    const ledger = await JobLedger.open(storage, { now: () => NOW_MS });
    for (const job of jobs(4)) await ledger.put(job);
    const text = storage.text!;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: text.length - 2 }), fc.constantFrom('x', '\n', '"', '}', '0', ' '), async (at, replacement) => {
        fc.pre(text[at] !== replacement);
        const damaged = text.slice(0, at) + replacement + text.slice(at + 1);
        const reopened = await JobLedger.open(memoryLedgerStorage(damaged), { now: () => NOW_MS });
        for (const job of reopened.list()) expect(() => parseJobRecord(job)).not.toThrow();
        const recovery = reopened.recovery;
        if (recovery?.unreadableJobs === null) return; // the whole text was unreadable, and was kept aside
        expect(reopened.list().length + (recovery?.unreadableJobs ?? 0)).toBeGreaterThanOrEqual(4);
      }),
      { numRuns: 300 },
    );
  });
});
