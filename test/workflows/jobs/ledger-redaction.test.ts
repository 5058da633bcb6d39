import ky from 'ky';
import { describe, expect, it } from 'vitest';
import { escapeForTerminal } from '../../../src/cli/cli-io';
import { toProviderError } from '../../../src/providers/http/to-provider-error';
import { redactEchoedSecrets } from '../../../src/shared/redact-echoed-secrets';
import { JobLedger } from '../../../src/workflows/jobs/job-ledger';
import type { JobRecord } from '../../../src/workflows/jobs/job-record';
import { memoryLedgerStorage } from '../../support/memory-ledger-storage';
import { storedLedgerJobs } from './stored-ledger-jobs';

/** Obviously fake credentials in the shapes servers echo: a JWT whose header says alg none, a Google-shaped key. */
const JWT = 'eyJhbGciOiJub25lIn0.eyJmYWtlIjp0cnVlfQ.FAKE-TEST-SIGNATURE';
const GOOGLE_KEY = 'FAKE-google-key.not-real';
/** A bare key in Google's shape (AIza + 35 characters), built at run time from an obviously fake filler. */
const GOOGLE_SHAPED_KEY = `AIza${'FAKE0'.repeat(7)}`;
const SECRETS = [
  JWT,
  GOOGLE_KEY,
  GOOGLE_SHAPED_KEY,
  'sk-FAKE-test-key-0000000000',
  'hunter2-token-value',
  'ya29.a0AfH6SMBx-oauth-token',
  'fal-key-id:fal-key-secret',
];

/** What a proxy or gateway might echo back, in the shapes servers use. */
const ECHOES = [
  `upstream rejected request with Authorization: Bearer ${JWT}`,
  `{"error":{"message":"bad header","headers":{"authorization":"Bearer ya29.a0AfH6SMBx-oauth-token"}}}`,
  `GET https://generativelanguage.googleapis.com/v1beta/models?key=${GOOGLE_KEY} failed`,
  `x-goog-api-key: ${GOOGLE_KEY} is not valid for this project`,
  `{"x-goog-api-key":"${GOOGLE_KEY}"}`,
  'invalid api_key=sk-FAKE-test-key-0000000000 supplied',
  '{"code":401,"token":"hunter2-token-value"}',
  'Authorization: Key fal-key-id:fal-key-secret was refused',
  `token expired: ${JWT}`,
  `API key not valid: ${GOOGLE_SHAPED_KEY}. Please pass a valid API key.`,
];

describe('tokens a server echoes back are redacted like keys', () => {
  it.each(ECHOES)('blanks the credential in %s', (echo) => {
    const redacted = redactEchoedSecrets(echo);
    for (const secret of SECRETS) expect(redacted).not.toContain(secret);
    expect(redacted).toContain('[redacted]');
  });

  it('leaves ordinary messages as they are', () => {
    for (const text of [
      'Kling rejected the request: unknown key: resolution (HTTP 400, code 1201)',
      'Job cliprelay-4f1c2a9e-8d3b-4c55-9f0e-1a2b3c4d5e6f is not there yet',
      'The prompt has 2,600 characters; tokens are counted per word',
    ]) {
      expect(redactEchoedSecrets(text)).toBe(text);
    }
  });

  it('never stores one in the ledger: problems, create answers and warnings', async () => {
    const storage = memoryLedgerStorage();
    const ledger = await JobLedger.open(storage);
    const job = {
      id: 'j1',
      providerId: 'kling',
      providerName: 'Kling',
      request: { clientJobId: 'j1', model: 'kling-v2-6', prompt: 'p', durationSeconds: 5, aspectRatio: '16:9', audio: true },
      projectName: 'p',
      createdAtMs: 1,
      updatedAtMs: 1,
      estimatedCostUsd: 0,
      warnings: [ECHOES[2]!],
      downloadAttempts: 0,
      phase: 'unconfirmed',
      createSentAtMs: 1,
      createAnswer: ECHOES[0]!,
      problem: { message: ECHOES[1]!, retryable: true },
    } as unknown as JobRecord;
    const saved = await ledger.put(job);
    for (const secret of SECRETS) expect(storage.text).not.toContain(secret);
    expect(saved.problem?.message).toContain('[redacted]');
  });

  it('never puts one in a provider error, nor on the terminal', async () => {
    const api = ky.create({
      retry: 0,
      fetch: async () => new Response(`bad credentials: Authorization: Bearer ${JWT}`, { status: 401 }),
    });
    const error = await api.get('https://api.example.com/v1/videos').then(
      () => null,
      (thrown: unknown) => toProviderError(thrown, { provider: 'kling', providerName: 'Kling' }),
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Kling rejected the credentials: bad credentials: Authorization: \[redacted\]/);
    for (const echo of ECHOES) {
      const printed = escapeForTerminal(echo);
      for (const secret of SECRETS) expect(printed).not.toContain(secret);
    }
  });
});

describe('a server echoing the signed link it was asked for', () => {
  it("blanks the link's signing values, whatever the parameters are called, in the error and its localized text", async () => {
    // BytePlus TOS, CloudFront and a CDN's own names: no list knows them all.
    const url =
      'https://tos.example.com/v/clip.mp4?X-Tos-Signature=FAKEsig0123456789&X-Tos-Credential=FAKEcred%2F20261207%2Ftos&Policy=FAKEpolicyBase64xyz&Key-Pair-Id=FAKEKPID12345&auth_key=1733550000-0-0-FAKEhash&format=mp4';
    const api = ky.create({
      retry: 0,
      fetch: async (input) =>
        new Response(`Internal error while serving GET ${new Request(input).url.replace('https://tos.example.com', '')}`, { status: 500 }),
    });
    const error = await api.get(url).then(
      () => null,
      (thrown: unknown) => toProviderError(thrown, { provider: 'byteplus', providerName: 'BytePlus' }),
    );
    const texts = [(error as Error).message, JSON.stringify((error as { localized?: unknown }).localized)];
    for (const text of texts) {
      for (const secret of ['FAKEsig0123456789', 'FAKEcred', 'FAKEpolicyBase64xyz', 'FAKEKPID12345', 'FAKEhash'])
        expect(text).not.toContain(secret);
      expect(text).toContain('/v/clip.mp4');
      // Short, ordinary values stay readable.
      expect(text).toContain('format=mp4');
    }
  });

  it("keeps a moderation message's prose: the words policy and key are not secrets on their own", () => {
    const text = 'The request violates our content policy: violence. See the key points in our usage policy.';
    expect(redactEchoedSecrets(text)).toBe(text);
  });
});

describe('signed download URLs are not kept once the file is on disk', () => {
  it('drops them from downloaded jobs an earlier build stored, keeping host and path; an undownloaded job keeps its link', async () => {
    const signed = 'https://cdn.example.com/out/v.mp4?X-Amz-Signature=abc123&X-Amz-Credential=AKIA&X-Amz-Expires=900';
    const base = {
      providerId: 'kling',
      providerName: 'Kling',
      projectName: 'p',
      createdAtMs: 1,
      updatedAtMs: 1,
      estimatedCostUsd: 0,
      warnings: [],
      downloadAttempts: 1,
      ref: { provider: 'kling', model: 'kling-v2-6', jobId: 't', data: {} },
      assets: [{ url: signed }],
    };
    const request = (id: string) => ({ clientJobId: id, model: 'kling-v2-6', prompt: 'p', durationSeconds: 5 });
    const media = { durationSeconds: 5, hasAudio: true, width: 1920, height: 1080, frameRate: 24 };
    const old = {
      version: 2,
      jobs: [
        { ...base, id: 'done', request: request('done'), phase: 'saved', mediaPath: '/clips/done.mp4', media },
        { ...base, id: 'pending', request: request('pending'), phase: 'downloading' },
      ],
    };
    const storage = memoryLedgerStorage(JSON.stringify(old));
    const ledger = await JobLedger.open(storage);
    expect(ledger.get('done')).toMatchObject({ downloadedFrom: 'https://cdn.example.com/out/v.mp4' });
    expect(ledger.get('done')?.assets).toBeUndefined();
    expect(ledger.get('pending')?.assets).toEqual([{ url: signed }]); // still needed to download it
    await ledger.put({ ...ledger.get('pending')!, phase: 'cancelled', providerHold: 'held' });
    const stored = { jobs: storedLedgerJobs(storage.text!) as { id: string; assets?: unknown }[] };
    expect(stored.jobs.find((job) => job.id === 'done')?.assets).toBeUndefined();
  });
});
