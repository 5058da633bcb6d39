import { describe, expect, it } from 'vitest';
import { packSigningKeyFromSeed, signPresetPack } from '../../../src/domain/packs';
import type { PackFetcher } from '../../../src/platform/pack-fetcher';
import { describeErrorIn, describeLocalizedIn } from '../../../src/shared/i18n/describe-error-in';
import { createTranslator } from '../../../src/shared/i18n/translator';
import { PackSubscriptions } from '../../../src/workflows/packs/pack-subscriptions';
import { memorySettingsStore } from '../../support/memory-settings-store';
import { agencyPack, testSeed } from '../../support/pack-fixtures';

const acme = packSigningKeyFromSeed(testSeed('acme'));
const mallory = packSigningKeyFromSeed(testSeed('mallory'));
const LOCATION = 'https://packs.acme.example/house.json';

/** A fetcher answering whatever the test last published, with a new etag each time. */
function publisher(initial: string) {
  let body = initial;
  let etag = 1;
  const fetcher: PackFetcher = { fetchPack: () => Promise.resolve({ kind: 'fetched', text: body, validators: { etag: `"${etag}"` } }) };
  return {
    fetcher,
    publish(next: string) {
      body = next;
      etag += 1;
    },
  };
}

function subscriptions(fetcher: PackFetcher, settings = memorySettingsStore()) {
  let nowMs = Date.UTC(2026, 11, 6, 9);
  return new PackSubscriptions({ settings, fetcher, allowedHosts: ['packs.acme.example'], now: () => (nowMs += 60_000) });
}

const release = (version: number, key = acme, description?: string) =>
  signPresetPack(agencyPack({ version, ...(description == null ? {} : { description }) }), key.secretKey);

describe('a subscription problem in the editor language', () => {
  it('a changed agency key is stored with its catalog message, English unchanged, French after a reload', async () => {
    const site = publisher(release(1));
    const settings = memorySettingsStore();
    await subscriptions(site.fetcher, settings).subscribe(LOCATION);
    site.publish(release(2, mallory));
    const [checked] = await subscriptions(site.fetcher, settings).checkAll();
    expect(checked!.problem).toMatch(/signed by a different key/);
    expect(checked!.problemLocalized?.id).toBe('errors.packKeyChanged');

    // A fresh instance reads the stored problem back from the settings document.
    const [reloaded] = await subscriptions(publisher(release(2, mallory)).fetcher, settings).list();
    expect(reloaded!.problem).toBe(checked!.problem);
    const english = describeLocalizedIn(createTranslator('en'), reloaded!.problemLocalized!, reloaded!.problem!);
    expect(english).toBe(checked!.problem);
    expect(
      (createTranslator('en').t as (id: string, values?: object) => string)('errors.packKeyChanged', reloaded!.problemLocalized!.values),
    ).toBe(checked!.problem);
    const french = describeLocalizedIn(createTranslator('fr'), reloaded!.problemLocalized!, reloaded!.problem!);
    expect(french).toMatch(/^Impossible d’utiliser packs\.acme\.example\/house\.json : il est signé par une autre clé/);
  });

  it('a refused release (older, changed in place) is worded too, and a good check clears the problem', async () => {
    const site = publisher(release(2));
    const packs = subscriptions(site.fetcher);
    await packs.subscribe(LOCATION);
    site.publish(release(3, mallory));
    expect((await packs.checkAll())[0]!.problemLocalized).toBeDefined();
    site.publish(release(1));
    const [older] = await packs.checkAll();
    expect(older!.problem).toBe('The server offers release 1, older than the release 2 you have; yours was kept.');
    expect(describeLocalizedIn(createTranslator('fr'), older!.problemLocalized!, older!.problem!)).toBe(
      'Le serveur propose la version 1, antérieure à votre version 2 ; la vôtre a été conservée.',
    );
    site.publish(release(2, acme, 'changed in place'));
    const [changed] = await packs.checkAll();
    expect(changed!.problem).toMatch(/changed without a new release number \(still 2\)/);
    expect(describeLocalizedIn(createTranslator('pl'), changed!.problemLocalized!, changed!.problem!)).toMatch(
      /^Pakiet na serwerze zmienił się/,
    );
    site.publish(release(3));
    const [good] = await packs.checkAll();
    expect(good!.problem).toBeNull();
    expect(good!.problemLocalized).toBeUndefined();
  });

  it('settings written before this build (no catalog message) still load', async () => {
    const site = publisher(release(1));
    const settings = memorySettingsStore();
    await subscriptions(site.fetcher, settings).subscribe(LOCATION);
    site.publish(release(2, mallory));
    await subscriptions(site.fetcher, settings).checkAll();
    const stored = JSON.parse(settings.text()!) as { packSubscriptions: { state: { lastProblem: Record<string, unknown> } }[] };
    delete stored.packSubscriptions[0]!.state.lastProblem['localized'];
    await settings.set('packSubscriptions', stored.packSubscriptions as never);
    const [view] = await subscriptions(site.fetcher, settings).list();
    expect(view!.problem).toMatch(/signed by a different key/);
    expect(view!.problemLocalized).toBeUndefined();
  });
});

describe('a refusal with its reasons after it', () => {
  it('keeps every sentence through the settings: a release that is not JSON is said whole in French after a reload', async () => {
    const site = publisher(release(1));
    const settings = memorySettingsStore();
    await subscriptions(site.fetcher, settings).subscribe(LOCATION);
    site.publish('{"format": "cliprelay.signed-pack",');
    await subscriptions(site.fetcher, settings).checkAll();
    const [reloaded] = await subscriptions(site.fetcher, settings).list();
    expect(reloaded!.problem).toBe('Cannot use packs.acme.example/house.json. It is not valid JSON (a mistake near line 1, column 36).');
    expect(describeLocalizedIn(createTranslator('fr'), reloaded!.problemLocalized!, reloaded!.problem!)).toBe(
      'Impossible d’utiliser packs.acme.example/house.json. Ce n’est pas du JSON valide (erreur vers la ligne 1, colonne 36).',
    );
  });
});

describe('a subscription the editor cannot make', () => {
  it('already subscribed, or at a host this build may not reach: said in French, English unchanged', async () => {
    const packs = subscriptions(publisher(release(1)).fetcher);
    await packs.subscribe(LOCATION);
    const again = await packs.subscribe(LOCATION).catch((error: unknown) => error);
    expect((again as Error).message).toBe(`You are already subscribed to ${LOCATION}; use Check for updates instead.`);
    expect(describeErrorIn(createTranslator('fr'), again)).toBe(`Vous êtes déjà abonné à ${LOCATION} ; utilisez plutôt « Vérifier ».`);
    const elsewhere = await packs.subscribe('https://evil.example/pack.json').catch((error: unknown) => error);
    expect(describeErrorIn(createTranslator('pl'), elsewhere)).toMatch(
      /^Ta kompilacja ClipRelay może pobierać pakiety tylko z packs\.acme\.example, nie z evil\.example\./,
    );
  });
});
