import { describe, expect, it } from 'vitest';
import { checkCatalogModels } from '../../../src/cli/check-catalog-models';
import { findCatalogModel, loadBuiltinCatalog, validateVideoRequest } from '../../../src/providers/catalog';
import type { VideoRequest } from '../../../src/providers/spec';
import { JobLedger } from '../../../src/workflows/jobs/job-ledger';
import type { JobRecord } from '../../../src/workflows/jobs/job-record';
import { memoryLedgerStorage } from '../../support/memory-ledger-storage';

const catalog = loadBuiltinCatalog();
const TODAY = '2026-12-06';
const shots = (...seconds: number[]) => seconds.map((durationSeconds, index) => ({ prompt: `shot ${index + 1}`, durationSeconds }));
const request = (overrides: Partial<VideoRequest> = {}) => ({
  model: 'kling-v3',
  prompt: 'Harbour at dawn',
  durationSeconds: 10,
  aspectRatio: '16:9' as const,
  audio: true,
  shots: shots(4, 3, 3),
  ...overrides,
});
const messages = (overrides: Partial<VideoRequest> = {}) =>
  validateVideoRequest(request(overrides), catalog, 'kling', { today: TODAY }).map((problem) => `${problem.field}: ${problem.message}`);

describe('catalog: Kling today', () => {
  it('gives kling-v3 a 4K (2160p) resolution, sound as a toggle and up to 6 shots', () => {
    expect(findCatalogModel(catalog, 'kling-v3')).toMatchObject({
      resolutions: ['720p', '1080p', '2160p'],
      audio: 'toggle',
      multiShot: { maxShots: 6, minShotSeconds: 1, maxShotPromptChars: 512 },
    });
    expect(findCatalogModel(catalog, 'kling-v3-omni')).toMatchObject({
      resolutions: ['720p', '1080p'],
      multiShot: { maxShots: 6 },
      lifecycle: { verified: false },
    });
  });

  it('enters Kling 4.0 as unverified, its id marked as a guess with an I-graded source', () => {
    const v4 = findCatalogModel(catalog, 'kling-v4')!;
    expect(v4.lifecycle).toMatchObject({ status: 'live', verified: false, note: expect.stringMatching(/guess.*not checkable/) });
    expect(v4.lifecycle!.sources.map((source) => source.grade)).toContain('I');
    expect(v4.multiShot).toBeUndefined();
  });

  it('lists no Kling model from before 2.5 (end of life 2026-09-15)', () => {
    const ids = catalog.models.filter((model) => model.provider === 'kling').map((model) => model.id);
    expect(ids.filter((id) => /^kling-v(1|2-master|2-1)/.test(id))).toEqual([]);
  });

  it('keeps Kling 2.6 sound at 1080p only, while 3.0 makes sound at 720p and at 2160p', () => {
    expect(messages({ model: 'kling-v2-6', durationSeconds: 5, shots: undefined, resolution: '720p' })).toEqual([
      'audio: Kling 2.6 makes sound only at 1080p (pro mode); pick 1080p or turn sound off.',
    ]);
    expect(messages({ resolution: '720p' })).toEqual([]);
    expect(messages({ resolution: '2160p' })).toEqual([]);
  });
});

describe('validateVideoRequest: shot lists', () => {
  it('accepts shots whose seconds add up to the clip, on Kling 3.0 and 3.0 Omni', () => {
    expect(messages()).toEqual([]);
    expect(messages({ model: 'kling-v3-omni' })).toEqual([]);
    expect(messages({ shots: [] })).toEqual([]);
  });

  it('refuses shots for a model that makes one shot per clip', () => {
    expect(messages({ model: 'kling-v2-6' })).toEqual([
      'shots: Kling 2.6 makes one shot per clip; clear the shot list or pick a model that takes shots.',
    ]);
  });

  it('explains each shot-list problem in the editor\u2019s words', () => {
    expect(messages({ durationSeconds: 7, shots: shots(1, 1, 1, 1, 1, 1, 1) })).toEqual([
      'shots: Kling 3.0 takes at most 6 shots; this list has 7.',
    ]);
    expect(messages({ durationSeconds: 12 })).toEqual([
      "shots: The shots add up to 10 s but the clip is 12 s; Kling 3.0 needs them to match. Change a shot's seconds or the duration.",
    ]);
    expect(
      messages({
        shots: [
          { prompt: ' ', durationSeconds: 5 },
          { prompt: 'x'.repeat(513), durationSeconds: 5 },
        ],
      }),
    ).toEqual(['shots: Shot 1 has no prompt.', "shots: Shot 2's prompt is 513 characters; Kling 3.0 takes up to 512 per shot."]);
    expect(
      messages({
        shots: [
          { prompt: 'a', durationSeconds: 0 },
          { prompt: 'b', durationSeconds: 10 },
        ],
      }),
    ).toEqual(['shots: Shot 1 lasts 0 s; each shot needs whole seconds, at least 1.']);
  });
});

describe('the job ledger keeps a shot list', () => {
  it('stores shots in the request JSON and reads them back unchanged', async () => {
    const storage = memoryLedgerStorage();
    const ledger = await JobLedger.open(storage);
    const job = {
      id: 'job-shots',
      phase: 'queued',
      providerId: 'kling',
      providerName: 'Kling',
      projectName: 'p',
      request: { ...request(), clientJobId: 'job-shots' },
      createdAtMs: 1,
      updatedAtMs: 1,
      estimatedCostUsd: 1,
      warnings: [],
      pollAttempts: 0,
      downloadAttempts: 0,
    } as unknown as JobRecord;
    await ledger.put(job);
    const reopened = await JobLedger.open(memoryLedgerStorage(storage.text));
    expect(reopened.get('job-shots')?.request.shots).toEqual(shots(4, 3, 3));
  });
});

describe('cliprelay models --check and the unverified Kling 4.0', () => {
  it('reports kling-v4 as not checkable, because Kling has no model listing (the catalog note says so)', async () => {
    const checks = await checkCatalogModels({
      catalog,
      env: { KLING_ACCESS_KEY: 'a', KLING_SECRET_KEY: 'b' },
      today: TODAY,
      providerIds: ['kling'],
    });
    expect(checks.find((check) => check.model === 'kling-v4')).toMatchObject({
      result: 'not-checkable',
      detail: 'Kling offers no model listing',
    });
    expect(findCatalogModel(catalog, 'kling-v4')!.lifecycle!.note).toMatch(/not checkable/);
  });
});
