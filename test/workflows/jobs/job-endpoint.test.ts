import { describe, expect, it } from 'vitest';
import { findRegistration } from '../../../src/providers/registry';
import { memoryLedgerStorage } from '../../support/memory-ledger-storage';
import { JobLedger } from '../../../src/workflows/jobs/job-ledger';
import type { JobRecord } from '../../../src/workflows/jobs/job-record';
import { baseUrlForJob, endpointForRecord, providerEndpoint, sameEndpoint } from '../../../src/workflows/jobs/job-endpoint';
import { catalogVersion } from '../../../src/workflows/jobs/catalog-version';
import { loadBuiltinCatalog } from '../../../src/providers/catalog';
import { createHash } from 'node:crypto';

const savedJob = (id: string, extra: Record<string, unknown> = {}) =>
  ({
    id,
    providerId: 'kling',
    providerName: 'Kling',
    request: { clientJobId: id, model: 'kling-v2-6', prompt: 'p', durationSeconds: 5, aspectRatio: '16:9', audio: true },
    projectName: 'demo',
    createdAtMs: 1,
    updatedAtMs: 1,
    estimatedCostUsd: 0.5,
    warnings: [],
    downloadAttempts: 0,
    phase: 'queued',
    ...extra,
  }) as unknown as JobRecord;

describe('where a job was created', () => {
  it('is stored without keys, passwords or trailing slashes', () => {
    expect(endpointForRecord('https://user:secret@proxy.example.com/kling/?key=abc#x')).toBe('https://proxy.example.com/kling');
    expect(endpointForRecord('http://127.0.0.1:4011/kling/')).toBe('http://127.0.0.1:4011/kling');
    expect(sameEndpoint('http://127.0.0.1:4011/kling/', 'http://127.0.0.1:4011/kling?key=1')).toBe(true);
    expect(sameEndpoint('http://127.0.0.1:4011/kling', 'http://127.0.0.1:4012/kling')).toBe(false);
  });

  it('reaches a job at its own endpoint, through the configured URL only when that names the same one (it may carry the key)', () => {
    expect(baseUrlForJob('http://127.0.0.1:4011/kling', 'http://127.0.0.1:5000/kling')).toBe('http://127.0.0.1:4011/kling');
    expect(baseUrlForJob('https://proxy.example.com/kling', 'https://proxy.example.com/kling?key=abc')).toBe(
      'https://proxy.example.com/kling?key=abc',
    );
    // A job from before endpoints were recorded goes where the settings say.
    expect(baseUrlForJob(undefined, 'http://127.0.0.1:5000/kling')).toBe('http://127.0.0.1:5000/kling');
  });

  it("is the Vertex location's host, the base URL when one is set, else the vendor's default", () => {
    const vertex = findRegistration('google-vertex')!;
    expect(providerEndpoint(vertex, { credentials: { GOOGLE_CLOUD_LOCATION: 'global' } })).toBe('https://aiplatform.googleapis.com');
    expect(providerEndpoint(vertex, { credentials: {} })).toBe('https://us-central1-aiplatform.googleapis.com');
    expect(providerEndpoint(vertex, { credentials: { GOOGLE_CLOUD_LOCATION: 'mars-north1' } })).toBe(vertex.defaultBaseUrl);
    const kling = findRegistration('kling')!;
    expect(providerEndpoint(kling, { credentials: {}, baseUrl: 'http://127.0.0.1:4011/kling' })).toBe('http://127.0.0.1:4011/kling');
    expect(providerEndpoint(kling, { credentials: {} })).toBe(kling.defaultBaseUrl);
  });

  it('survives a save and a reopen with the catalog version; a ledger from before endpoints still opens', async () => {
    const storage = memoryLedgerStorage();
    const ledger = await JobLedger.open(storage);
    await ledger.put(savedJob('new', { endpoint: 'http://127.0.0.1:4011/kling', catalogVersion: 'abcdef012345' }));
    const reopened = await JobLedger.open(memoryLedgerStorage(storage.text));
    expect(reopened.get('new')).toMatchObject({ endpoint: 'http://127.0.0.1:4011/kling', catalogVersion: 'abcdef012345' });

    const old = JSON.stringify({ version: 1, jobs: [{ ...savedJob('old'), endpoint: undefined }] });
    const fromOld = await JobLedger.open(memoryLedgerStorage(old));
    expect(fromOld.recovery).toBeNull();
    expect(fromOld.get('old')).toMatchObject({ phase: 'queued' });
    expect(fromOld.get('old')?.endpoint).toBeUndefined();
  });

  it('refuses a record whose endpoint is not text (damaged, not a job to run)', async () => {
    const damaged = JSON.stringify({ version: 2, jobs: [savedJob('ok'), { ...savedJob('bad'), endpoint: 42 }] });
    const ledger = await JobLedger.open(memoryLedgerStorage(damaged));
    expect(ledger.list().map((job) => job.id)).toEqual(['ok']);
    expect(ledger.recovery?.unreadableJobs).toBe(1);
  });

  it('versions the catalog the same way in the panel (pure JavaScript) as a SHA-256 of its JSON', () => {
    const catalog = loadBuiltinCatalog();
    expect(catalogVersion(catalog)).toBe(createHash('sha256').update(JSON.stringify(catalog)).digest('hex').slice(0, 12));
  });
});
