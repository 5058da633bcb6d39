import { describe, expect, it } from 'vitest';
import { uxpLedgerThumbnailFolder } from '../../../src/platform/uxp/uxp-ledger-thumbnail-folder';
import type { LedgerStorage } from '../../../src/platform/ledger-storage';
import { JobLedger } from '../../../src/workflows/jobs/job-ledger';
import type { JobRecord } from '../../../src/workflows/jobs/job-record';
import { keepJobThumbnailsInStep, pruneJobThumbnails, type ThumbnailFolder } from '../../../src/workflows/jobs/ledger-thumbnails';
import { encodeUtf8 } from '../../../src/shared/utf8';
import { createFakeUxp } from '../../support/fake-uxp';

const DAY_MS = 86_400_000;
const NOW_MS = Date.UTC(2026, 11, 6, 12);

function savedJob(id: string, ageDays: number): JobRecord {
  const atMs = NOW_MS - ageDays * DAY_MS;
  return {
    id,
    providerId: 'kling',
    providerName: 'Kling',
    request: { clientJobId: id, model: 'kling-v2-6', prompt: `prompt ${id}`, durationSeconds: 5, aspectRatio: '16:9', audio: true },
    projectName: 'documentary',
    createdAtMs: atMs,
    updatedAtMs: atMs,
    estimatedCostUsd: 0.5,
    warnings: [],
    downloadAttempts: 1,
    phase: 'saved',
    ref: { provider: 'kling', model: 'kling-v2-6', jobId: `task-${id}`, data: {} },
    mediaPath: `/clips/${id}.mp4`,
    media: { durationSeconds: 5, hasAudio: true, width: 1920, height: 1080, frameRate: 24 },
  };
}

function memoryFolder(names: string[]): ThumbnailFolder & { readonly files: Set<string> } {
  const files = new Set(names);
  return { files, names: async () => [...files], remove: async (name) => void files.delete(name) };
}

function archivingStorage(): LedgerStorage {
  let text: string | null = null;
  let archive = '';
  return {
    read: async () => text,
    write: async (next) => void (text = next),
    appendArchive: async (lines) => void (archive += lines),
    readArchive: async () => archive,
  };
}

describe('thumbnails of jobs the ledger no longer holds', () => {
  it('prunes orphans only: live jobs keep theirs (either extension form), other files are never touched', async () => {
    const folder = memoryFolder([
      'thumbnail-a.png',
      'thumbnail-gone.png',
      'thumbnail-gone-too.png.png',
      'thumbnail-b.png.png',
      'reference-at-playhead.png',
      'jobs.json',
    ]);
    await expect(pruneJobThumbnails(folder, [{ id: 'a' }, { id: 'b' }])).resolves.toBe(2);
    expect([...folder.files].sort()).toEqual(['jobs.json', 'reference-at-playhead.png', 'thumbnail-a.png', 'thumbnail-b.png.png']);
  });

  it('matches job ids as the frame export writes them into a file name', async () => {
    const folder = memoryFolder(['thumbnail-job-1-2.png']);
    await expect(pruneJobThumbnails(folder, [{ id: 'job 1/2' }])).resolves.toBe(0);
  });

  it('deletes the thumbnails of jobs moved to the archive, on start and after the save that moved them', async () => {
    const storage = archivingStorage();
    const ledger = await JobLedger.open(storage, { now: () => NOW_MS, compaction: { keepFinished: 5 } });
    for (let index = 0; index < 5; index++) await ledger.put(savedJob(`old-${index}`, 10 + index));
    const folder = memoryFolder([...ledger.list().map((job) => `thumbnail-${job.id}.png`), 'thumbnail-orphan.png']);
    const stop = keepJobThumbnailsInStep(ledger, folder);
    await expect.poll(() => folder.files.has('thumbnail-orphan.png')).toBe(false);
    expect(folder.files.size).toBe(5);

    // One more finished job than the ledger keeps (a tenth more than 5): the oldest go to the archive.
    await ledger.put(savedJob('new', 3));
    expect(ledger.list().length).toBeLessThan(6);
    const kept = new Set(ledger.list().map((job) => `thumbnail-${job.id}.png`));
    await expect.poll(() => [...folder.files].every((name) => kept.has(name))).toBe(true);
    expect(folder.files.has('thumbnail-old-4.png')).toBe(false);
    stop();
  });

  it('lists and deletes in the UXP plugin data folder', async () => {
    const fake = createFakeUxp();
    fake.disk.set('/plugin-data/thumbnail-gone.png', encodeUtf8('png'));
    fake.disk.set('/plugin-data/thumbnail-live.png', encodeUtf8('png'));
    const folder = uxpLedgerThumbnailFolder(fake.uxp);
    await expect(pruneJobThumbnails(folder, [{ id: 'live' }])).resolves.toBe(1);
    expect([...fake.disk.keys()]).toEqual(['/plugin-data/thumbnail-live.png']);
  });
});
