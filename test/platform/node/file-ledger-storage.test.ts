import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileLedgerStorage } from '../../../src/platform/node/file-ledger-storage';
import { StoredDataDamagedError } from '../../../src/platform/stored-data-damaged-error';
import { JobClaimedElsewhereError, JobLedger } from '../../../src/workflows/jobs/job-ledger';
import type { JobRecord } from '../../../src/workflows/jobs/job-record';
import { tempFoldersRemovedAfterAll } from '../../support/temp-folders';

const makeTempFolder = tempFoldersRemovedAfterAll();

const queued = (id: string, createdAtMs = 1): JobRecord => ({
  id,
  providerId: 'kling',
  providerName: 'Kling',
  request: { model: 'kling-v2-6', prompt: 'p', durationSeconds: 5, aspectRatio: '16:9', audio: true, clientJobId: id },
  projectName: 'cli',
  createdAtMs,
  updatedAtMs: createdAtMs,
  phase: 'queued',
  estimatedCostUsd: 0.35,
  warnings: [],
  downloadAttempts: 0,
});

const freshFile = () => join(makeTempFolder('cliprelay-ledger-'), 'jobs.json');

describe('the job ledger file shared by several processes', () => {
  it('loses no job when two ledgers (two CLI processes) write at once', async () => {
    const file = freshFile();
    const [a, b] = await Promise.all([JobLedger.open(fileLedgerStorage(file)), JobLedger.open(fileLedgerStorage(file))]);
    // Before: each process rewrote the whole file from its own memory, dropping the other's jobs.
    await Promise.all(Array.from({ length: 10 }, (_, index) => (index % 2 === 0 ? a : b).put(queued(`job-${index}`, index))));
    const reopened = await JobLedger.open(fileLedgerStorage(file));
    expect(
      reopened
        .list()
        .map((job) => job.id)
        .sort(),
    ).toEqual(Array.from({ length: 10 }, (_, index) => `job-${index}`).sort());
    expect(readdirSync(join(file, '..')).filter((name) => name.endsWith('.tmp') || name.endsWith('.lock'))).toEqual([]);
  });

  it('lets only one process claim a queued job: the second write of the same revision is refused', async () => {
    const file = freshFile();
    const first = await JobLedger.open(fileLedgerStorage(file));
    await first.put(queued('job-1'));
    const a = await JobLedger.open(fileLedgerStorage(file));
    const b = await JobLedger.open(fileLedgerStorage(file));
    await a.put({ ...a.get('job-1')!, phase: 'creating', createSentAtMs: 2 });
    await expect(b.put({ ...b.get('job-1')!, phase: 'creating', createSentAtMs: 3 })).rejects.toBeInstanceOf(JobClaimedElsewhereError);
    expect(b.get('job-1')).toMatchObject({ phase: 'creating', createSentAtMs: 2 });
  });

  it('keeps a ledger that is not JSON aside, starts over, and says so', async () => {
    const file = freshFile();
    writeFileSync(file, '{"version":2,"jobs":[{"id":"half');
    const ledger = await JobLedger.open(fileLedgerStorage(file), { now: () => Date.UTC(2026, 11, 6, 7, 30) });
    expect(ledger.list()).toEqual([]);
    expect(ledger.recovery?.keptAsidePath).toBe(`${file}.damaged-2026-12-06T07-30-00-000Z`);
    expect(readFileSync(ledger.recovery!.keptAsidePath, 'utf8')).toBe('{"version":2,"jobs":[{"id":"half');
    expect(ledger.recovery?.message).toMatch(/not valid JSON.*kept aside in .*jobs\.json\.damaged-.* 0 jobs were recovered/);
    await ledger.put(queued('after'));
    expect((await JobLedger.open(fileLedgerStorage(file))).get('after')).toBeDefined();
  });

  it('recovers every readable job when one record is damaged, keeping the original aside', async () => {
    const file = freshFile();
    const good = queued('good');
    const broken = { ...queued('broken'), phase: 'generating' }; // generating without its provider ref
    writeFileSync(file, JSON.stringify({ version: 2, jobs: [good, broken] }));
    const ledger = await JobLedger.open(fileLedgerStorage(file));
    expect(ledger.list().map((job) => job.id)).toEqual(['good']);
    expect(ledger.recovery).toMatchObject({ recoveredJobs: 1, unreadableJobs: 1 });
    expect(existsSync(ledger.recovery!.keptAsidePath)).toBe(true);
  });

  it('never overwrites a ledger damaged while open: the write is refused with a typed error', async () => {
    const file = freshFile();
    const ledger = await JobLedger.open(fileLedgerStorage(file));
    await ledger.put(queued('one'));
    writeFileSync(file, 'not json');
    await expect(ledger.put(queued('two'))).rejects.toBeInstanceOf(StoredDataDamagedError);
    expect(readFileSync(file, 'utf8')).toBe('not json');
  });

  it('migrates a version 1 ledger: a job failed on a duplicate-id refusal is reconciled again', async () => {
    const file = freshFile();
    const v1 = {
      version: 1,
      jobs: [
        {
          ...queued('dup'),
          phase: 'failed',
          problem: { message: 'Kling rejected the request: external_task_id dup already exists (code 1201)', retryable: false },
        },
        { ...queued('sent'), phase: 'creating' },
        { ...queued('gone'), phase: 'failed', problem: { message: 'Kling has no job gone', retryable: true } },
      ],
    };
    writeFileSync(file, JSON.stringify(v1));
    const ledger = await JobLedger.open(fileLedgerStorage(file));
    expect(ledger.recovery).toBeNull();
    expect(ledger.get('dup')).toMatchObject({ phase: 'unconfirmed', createSentAtMs: 1 });
    expect(ledger.get('sent')).toMatchObject({ phase: 'creating', createSentAtMs: 1 });
    expect(ledger.get('gone')).toMatchObject({ phase: 'failed', providerHold: 'none' });
  });
});
