import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import ky, { TimeoutError } from 'ky';
import { describe, expect, it } from 'vitest';
import { MissingCredentialsError } from '../../src/entries/missing-credentials-error';
import { downloadToSink } from '../../src/providers/http';
import { toProviderError, type ErrorBodyMapper } from '../../src/providers/http/to-provider-error';
import { ProviderJobFailedError } from '../../src/providers/spec';
import { AppError, type LocalizedMessage } from '../../src/shared/app-error';
import type { AppLocale } from '../../src/shared/i18n/app-locale';
import type { MessageId } from '../../src/shared/i18n/catalogs';
import { describeErrorIn } from '../../src/shared/i18n/describe-error-in';
import { createTranslator } from '../../src/shared/i18n/translator';
import { budgetRefusal } from '../../src/domain/cost/budget';
import { openSignedPack, packSigningKeyFromSeed, signPresetPack } from '../../src/domain/packs';
import { MissingTemplateValuesError } from '../../src/domain/prompts/missing-template-values-error';
import { fromBridgedError, toBridgedError } from '../../src/entries/resolve/resolve-bridge-errors';
import { requireActiveProject, requireActiveSequence } from '../../src/hosts/premiere/premiere-active-sequence';
import { requireTimeline } from '../../src/hosts/resolve/resolve-context';
import { JobTimeoutError } from '../../src/workflows/job-timeout-error';
import { GenerationRefusedError, submitGeneration } from '../../src/workflows/jobs/submit-generation';
import type { JobRunner } from '../../src/workflows/jobs/job-runner';
import { effectiveModelStatus, isoDay, loadBuiltinCatalog } from '../../src/providers/catalog';
import { DownloadDeadlineError } from '../../src/workflows/jobs/download-deadline';
import { createMemoryByteSink } from '../support/memory-byte-sink';
import { agencyPack, testSeed } from '../support/pack-fixtures';

const DEMO_CLIP = new Uint8Array(readFileSync(join(__dirname, '../../assets/demo-clip.mp4')));

type Loose = (id: MessageId, values?: Readonly<Record<string, string | number>>) => string;

/** A translator that fails the test on any formatting problem (a missing value, a broken message). */
function strictTranslator(locale: AppLocale) {
  return createTranslator(locale, (problem) => {
    throw new Error(`${locale}: ${problem.message}`);
  });
}

/** The English catalog text with the error's values as the CLI words them (lists joined with "and", provider text as is). */
function englishCatalogText(localized: LocalizedMessage): string {
  const values: Record<string, string | number> = { ...localized.values };
  for (const [name, items] of Object.entries(localized.lists ?? {})) values[name] = items.join(' and ');
  for (const [name, items] of Object.entries(localized.alternatives ?? {})) {
    values[name] = items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
  }
  if (localized.providerSaid != null) values.providerSaid = localized.providerSaid.text;
  const sentence = (strictTranslator('en').t as Loose)(localized.id, values);
  return [sentence, ...(localized.also ?? []).map(englishCatalogText)].join(' ');
}

async function httpError(response: () => Response, mapBody?: ErrorBodyMapper): Promise<AppError> {
  const api = ky.create({ retry: 0, fetch: async () => response() });
  const error = await api.get('https://api.example.com/v1/videos').then(
    () => null,
    (thrown: unknown) => toProviderError(thrown, { provider: 'kling', providerName: 'Kling', mapBody }),
  );
  return error as AppError;
}

async function downloadError(response: () => Response, extra: { maxBytes?: number } = {}): Promise<AppError> {
  const client = ky.create({ retry: 0, fetch: async () => response() });
  return downloadToSink({
    client,
    url: 'https://cdn.example.com/clip.mp4',
    sink: createMemoryByteSink(),
    provider: 'kling',
    providerName: 'Kling',
    maxResumes: 0,
    ...extra,
  }).then(
    () => {
      throw new Error('the download should have failed');
    },
    (thrown: unknown) => thrown as AppError,
  );
}

function budgetError(...args: Parameters<typeof budgetRefusal>): AppError {
  const refusal = budgetRefusal(...args)!;
  return new GenerationRefusedError('budget', refusal.message, refusal.localized);
}

async function thrown(run: () => Promise<unknown>): Promise<AppError> {
  return run().then(
    () => {
      throw new Error('should have thrown');
    },
    (error: unknown) => error as AppError,
  );
}

const premiere = (project: object | null, sequence: object | null) =>
  ({
    Project: { getActiveProject: async () => (project == null ? null : { ...project, getActiveSequence: async () => sequence }) },
  }) as never;
const resolve = (project: object | null) => ({ GetProjectManager: () => ({ GetCurrentProject: () => project }) }) as never;

const moderationBody: ErrorBodyMapper = () => ({ kind: 'moderation', message: 'Prompt flagged: {violence} it’s #1', providerCode: '1301' });

/** One error of every localized kind an editor meets, with the id it must carry. */
const SAMPLES: readonly (readonly [string, MessageId, () => Promise<AppError> | AppError])[] = [
  [
    'credentials rejected, with the body',
    'errors.providerHttpSaid',
    () => httpError(() => new Response('bad credentials', { status: 401 })),
  ],
  ['rate limited, no body', 'errors.providerHttp', () => httpError(() => new Response('', { status: 429 }))],
  ['server error, no body', 'errors.providerHttp', () => httpError(() => new Response('', { status: 503 }))],
  ['moderation with a code', 'errors.providerHttpSaid', () => httpError(() => new Response('{}', { status: 400 }), moderationBody)],
  [
    'timed out',
    'errors.providerTimedOut',
    () =>
      toProviderError(new TimeoutError(new Request('https://api.example.com/v1/videos?key=x')), {
        provider: 'kling',
        providerName: 'Kling',
      }) as Promise<AppError>,
  ],
  [
    'unreachable',
    'errors.providerUnreachable',
    () => toProviderError(new TypeError('fetch failed'), { provider: 'kling', providerName: 'Kling' }) as Promise<AppError>,
  ],
  [
    'unreachable with a code',
    'errors.providerUnreachableCode',
    () =>
      toProviderError(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }), {
        provider: 'kling',
        providerName: 'Kling',
      }) as Promise<AppError>,
  ],
  ['job failed', 'errors.providerJobFailed', () => new ProviderJobFailedError('Kling', 'k-1', 'risk control', true)],
  ['job timed out', 'errors.jobTimedOut', () => new JobTimeoutError('Kling', 'k-1', 600_000)],
  ['download deadline', 'errors.downloadDeadline', () => new DownloadDeadlineError({ providerName: 'Kling', timeoutMs: 90_000 })],
  ['empty download', 'errors.downloadEmpty', () => downloadError(() => new Response(null, { status: 200 }))],
  ['not an MP4', 'errors.downloadNotMp4', () => downloadError(() => new Response(new Uint8Array(64).fill(7)))],
  ['too large', 'errors.downloadTooLarge', () => downloadError(() => new Response(DEMO_CLIP), { maxBytes: 1024 })],
  [
    'stopped early',
    'errors.downloadStoppedEarly',
    () => downloadError(() => new Response(DEMO_CLIP.subarray(0, 4096), { headers: { 'content-length': String(DEMO_CLIP.length) } })),
  ],
  ['over the daily cap', 'errors.overDailyCap', () => budgetError({ dailyUsd: 10 }, { todayUsd: 9.5, projectUsd: 0 }, 1.25)],
  ['over the project cap', 'errors.overProjectCap', () => budgetError({ perProjectUsd: 1500 }, { todayUsd: 0, projectUsd: 1499.99 }, 0.5)],
  [
    "over a client's cap",
    'errors.overClientCap',
    () => budgetError({ perClientMonthlyUsd: 20 }, { todayUsd: 0, projectUsd: 0, clientTag: 'ACME', clientMonthUsd: 19 }, 2),
  ],
  [
    'over the cap of an untagged client',
    'errors.overClientCapUntagged',
    () => budgetError({ perClientMonthlyUsd: 20 }, { todayUsd: 0, projectUsd: 0, clientMonthUsd: 19 }, 2),
  ],
  ['no Premiere project', 'errors.noPremiereProject', () => thrown(() => requireActiveProject(premiere(null, null)))],
  ['no Premiere sequence', 'errors.noPremiereSequence', () => thrown(() => requireActiveSequence(premiere({}, null)))],
  ['no Resolve project', 'errors.noResolveProject', () => thrown(async () => requireTimeline(resolve(null)))],
  [
    'no Resolve timeline',
    'errors.noResolveTimeline',
    () => thrown(async () => requireTimeline(resolve({ GetCurrentTimeline: () => null }))),
  ],
  [
    'no Resolve timeline, across the bridge',
    'errors.noResolveTimeline',
    async () =>
      fromBridgedError(toBridgedError(await thrown(async () => requireTimeline(resolve({ GetCurrentTimeline: () => null }))))) as AppError,
  ],
  ['template values missing', 'errors.fillInTemplateValues', () => new MissingTemplateValuesError({ names: ['product', 'it’s {x}'] })],
  [
    'a pack signed by another key',
    'errors.packKeyChanged',
    () =>
      thrown(async () =>
        openSignedPack(signPresetPack(agencyPack(), packSigningKeyFromSeed(testSeed('mallory')).secretKey), {
          source: 'acme.cliprelay-pack.json',
          pinnedPublicKey: packSigningKeyFromSeed(testSeed('acme')).publicKey,
        }),
      ),
  ],
  ['missing credentials, two', 'errors.missingCredentials', () => new MissingCredentialsError('Kling', ['access key', 'secret key'])],
  ['missing credentials, one', 'errors.missingCredentials', () => new MissingCredentialsError('fal.ai', ['API key'])],
];

describe.each(SAMPLES)('%s', (_name, id, make) => {
  it('carries its catalog message, whose English is the error message word for word (the CLI and the panel agree)', async () => {
    const error = await make();
    expect(error.localized?.id).toBe(id);
    expect(englishCatalogText(error.localized!)).toBe(error.message);
    expect(describeErrorIn(strictTranslator('en'), error)).toBe(error.message);
  });

  it.each(['fr', 'ca', 'pl', 'zh-Hans'] as const)('is said in %s, with every value filled in', async (locale) => {
    const error = await make();
    const text = describeErrorIn(strictTranslator(locale), error);
    expect(text).not.toBe(error.message);
    // Braces left over would be a placeholder not filled in (values, like the provider's own text, may hold some: taken out first).
    const filled = [...Object.values(error.localized!.values ?? {}).map(String), error.localized!.providerSaid?.text ?? ''];
    expect(filled.reduce((rest, value) => rest.replace(value, ''), text)).not.toMatch(/[{}]/);
    const provider = error.localized!.values?.provider ?? error.localized!.providerSaid?.provider;
    if (provider != null) expect(text).toContain(provider);
  });
});

describe('the words themselves', () => {
  it('French and Polish say a rejected key, the provider body labelled as sent', async () => {
    const error = await httpError(() => new Response('bad credentials', { status: 401 }));
    expect(describeErrorIn(createTranslator('fr'), error)).toBe(
      'Kling a refusé les identifiants (HTTP 401). Message de Kling (tel quel) : bad credentials',
    );
    expect(describeErrorIn(createTranslator('pl'), error)).toBe(
      'Kling: odrzucono dane logowania (HTTP 401). Komunikat Kling (bez zmian): bad credentials',
    );
  });

  it('French and Polish name the missing fields with their own list words', () => {
    const error = new MissingCredentialsError('Kling', ['access key', 'secret key']);
    expect(describeErrorIn(createTranslator('fr'), error)).toBe(
      'Il manque à Kling : access key et secret key. Saisissez-les sous Clés des fournisseurs, puis cliquez à nouveau sur Générer.',
    );
    expect(describeErrorIn(createTranslator('pl'), error)).toContain('access key i secret key');
  });

  it('an error without a catalog message keeps its own words in every language', () => {
    const error = new AppError('Something only the CLI words.');
    // No own `localized` field on errors without one: serialised and compared errors stay as they were.
    expect(Object.hasOwn(error, 'localized')).toBe(false);
    expect(describeErrorIn(createTranslator('fr'), error)).toBe('Something only the CLI words.');
    expect(describeErrorIn(createTranslator('fr'), 'plain')).toBe('plain');
  });
});

describe('budget refusals', () => {
  it('word any amounts in English exactly as the CLI does (two decimals, no grouping)', () => {
    const cents = fc.integer({ min: 0, max: 10_000_000 }).map((value) => value / 100);
    fc.assert(
      fc.property(cents, cents, cents, (capUsd, spentUsd, costUsd) => {
        const refusal = budgetRefusal({ dailyUsd: capUsd }, { todayUsd: spentUsd, projectUsd: 0 }, costUsd);
        if (refusal != null) expect(englishCatalogText(refusal.localized)).toBe(refusal.message);
      }),
    );
  });

  it('show money the French way', () => {
    const error = budgetError({ dailyUsd: 10 }, { todayUsd: 9.5, projectUsd: 0 }, 1.25);
    expect(describeErrorIn(createTranslator('fr'), error)).toBe(
      'Cette génération (1,25\u00a0$US) porterait les dépenses du jour à 10,75\u00a0$US, au-delà du plafond quotidien de 10,00\u00a0$US.',
    );
  });
});

describe('request validation', () => {
  const catalog = loadBuiltinCatalog();
  const today = isoDay(Date.UTC(2026, 11, 6));
  const offered = catalog.models.filter((model) => effectiveModelStatus(model, today) !== 'retired');
  const refusalOf = (request: Record<string, unknown>): Promise<AppError> =>
    submitGeneration({
      runner: {} as JobRunner,
      catalog,
      caps: {},
      draft: { providerId: String(request.provider), providerName: 'P', request: request as never, projectName: 'P' },
      newJobId: () => 'id',
      nowMs: Date.UTC(2026, 11, 6),
    }).then(
      () => {
        throw new Error('the request should have been refused');
      },
      (error: unknown) => error as AppError,
    );

  it.each(offered.map((model) => [model.id, model] as const))(
    '%s: every refusal it can meet is pinned to the English and said in French',
    async (_id, model) => {
      const base = { provider: model.provider, model: model.id, prompt: 'Harbour at dawn', durationSeconds: model.durationsSeconds[0]! };
      const bad = [
        { ...base, prompt: ' ' },
        { ...base, prompt: 'x'.repeat((model.maxPromptChars ?? 100_000) + 1) },
        { ...base, durationSeconds: 7.25, aspectRatio: '7:3', resolution: 'huge' },
        {
          ...base,
          referenceImage: model.imageInput === 'none' ? { name: 'a.png', mimeType: 'image/png', bytes: new Uint8Array(1) } : undefined,
        },
      ];
      let localizedCount = 0;
      for (const request of bad) {
        const error = await refusalOf({ aspectRatio: model.aspectRatios[0], ...request });
        if (error.localized == null) continue;
        localizedCount++;
        expect(englishCatalogText(error.localized)).toBe(error.message);
        const french = describeErrorIn(strictTranslator('fr'), error);
        expect(french).not.toMatch(/[{}]| was asked|accepts /);
      }
      expect(localizedCount).toBeGreaterThanOrEqual(2);
    },
  );

  it('names the choices with each language\'s own "or"', async () => {
    const model = offered.find((candidate) => candidate.aspectRatios.length >= 2)!;
    const error = await refusalOf({
      provider: model.provider,
      model: model.id,
      prompt: 'p',
      durationSeconds: model.durationsSeconds[0],
      aspectRatio: '7:3',
    });
    const french = describeErrorIn(createTranslator('fr'), error);
    expect(french).toContain(`${model.displayName} accepte les formats `);
    expect(french).toContain(` ou ${model.aspectRatios[model.aspectRatios.length - 1]} ; 7:3 demandé.`);
  });
});

describe('provider text is shown as sent', () => {
  // Anything a provider may write, weighted towards ICU syntax and quotes.
  const providerText = fc.oneof(
    fc.string({ unit: 'binary', minLength: 1 }),
    fc.string({ unit: fc.constantFrom('{', '}', "'", '#', '<', '>', 'a', ' ', 'é', '你', '\u00a0'), minLength: 1 }),
  );

  it('a moderation reason appears verbatim inside the labelled sentence, never read as ICU, in every language', () => {
    const locales = ['fr', 'ca', 'pl', 'zh-Hans'] as const;
    fc.assert(
      fc.property(providerText, fc.constantFrom(...locales), (reason, locale) => {
        const translator = strictTranslator(locale);
        const error = new ProviderJobFailedError('Kling', 'k-1', reason, true);
        const label = translator.t('panel.providerSaid', { provider: 'Kling', reason });
        const text = describeErrorIn(translator, error);
        expect(label).toContain(reason);
        expect(text).toContain(label);
        expect(englishCatalogText(error.localized!)).toBe(error.message);
      }),
    );
  });
});
