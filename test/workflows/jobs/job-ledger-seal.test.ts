import { describe, expect, it } from 'vitest';
import { JobLedger } from '../../../src/workflows/jobs/job-ledger';
import type { JobRecord } from '../../../src/workflows/jobs/job-record';
import { isIntactSealedLedger, sealedLedgerText } from '../../../src/workflows/jobs/job-ledger-seal';
import { memoryLedgerStorage } from '../../support/memory-ledger-storage';

function queuedJob(id: string): JobRecord {
  return {
    id,
    providerId: 'kling',
    providerName: 'Kling',
    request: { model: 'kling-v2-6', prompt: 'a harbour', durationSeconds: 5, aspectRatio: '16:9', audio: true, clientJobId: id },
    projectName: 'Seal',
    createdAtMs: 1_000,
    updatedAtMs: 1_000,
    estimatedCostUsd: 0.35,
    warnings: [],
    downloadAttempts: 0,
    phase: 'queued',
  };
}

describe('the job ledger seal', () => {
  it('is written with every save and read back as the same jobs', async () => {
    const storage = memoryLedgerStorage();
    const ledger = await JobLedger.open(storage);
    await ledger.put(queuedJob('a'));
    await ledger.put(queuedJob('b'));
    const header = storage.text!.split('\n')[0]!;
    expect(isIntactSealedLedger(`${header.slice(0, -',"jobs":['.length)}}`, 3)).toBe(true);
    const reopened = await JobLedger.open(memoryLedgerStorage(storage.text));
    expect(reopened.list()).toEqual(ledger.list());
    expect(reopened.recovery).toBeNull();
  });

  it('breaks when the text is edited, so an edited record is checked again and a bad one refused', async () => {
    const storage = memoryLedgerStorage();
    const ledger = await JobLedger.open(storage);
    await ledger.put(queuedJob('a'));
    await ledger.put(queuedJob('b'));
    const edited = storage.text!.replace('"phase":"queued"', '"phase":"warp-speed"');
    expect(edited).not.toBe(storage.text);
    const reopened = await JobLedger.open(memoryLedgerStorage(edited));
    expect(reopened.list().map((job) => job.id)).toEqual(['b']);
    expect(reopened.recovery?.unreadableJobs).toBe(1);
  });

  it('tells any change of the sealed rest apart, and never takes an unsealed or other-version text as sealed', () => {
    const text = sealedLedgerText(2, JSON.stringify({ jobs: [{ id: 'x' }] }));
    expect(JSON.parse(text)).toMatchObject({ version: 2, jobs: [{ id: 'x' }] });
    expect(isIntactSealedLedger(text, 2)).toBe(true);
    expect(isIntactSealedLedger(text.replace('"x"', '"y"'), 2)).toBe(false);
    expect(isIntactSealedLedger(text, 3)).toBe(false);
    expect(isIntactSealedLedger(JSON.stringify({ version: 2, jobs: [] }), 2)).toBe(false);
  });
});
