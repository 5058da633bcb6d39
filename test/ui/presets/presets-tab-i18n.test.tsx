import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { describePackDiff } from '../../../src/domain/packs/describe-pack-diff';
import type { PackDiff } from '../../../src/domain/packs/pack-diff';
import { openSignedPack, packSigningKeyFromSeed, signPresetPack } from '../../../src/domain/packs';
import { DEFAULT_PANEL_PREFERENCES } from '../../../src/domain/preferences/panel-preferences';
import { BUILTIN_DUCK_PRESETS } from '../../../src/domain/ducking';
import { BUILTIN_PRESET_PACK, parsePresetPack } from '../../../src/domain/presets';
import { APP_LOCALES } from '../../../src/shared/i18n/app-locale';
import { describeErrorIn } from '../../../src/shared/i18n/describe-error-in';
import { createTranslator } from '../../../src/shared/i18n/translator';
import { MessagesProvider } from '../../../src/ui/i18n/use-messages';
import { presetSourceName } from '../../../src/ui/presets/builtin-preset-names';
import { duckPresetName } from '../../../src/ui/duck/duck-preset-name';
import { PresetButtons } from '../../../src/ui/duck/preset-buttons';
import { installedPackMessage } from '../../../src/ui/presets/installed-pack-message';
import { packDiffLines } from '../../../src/ui/presets/pack-diff-lines';
import { PresetsTab } from '../../../src/ui/presets/presets-tab';
import { SubscriptionCard } from '../../../src/ui/presets/subscription-card';
import type { PackSubscriptionView } from '../../../src/workflows/packs/pack-subscriptions';
import { agencyPack, testSeed } from '../../support/pack-fixtures';

const pack = parsePresetPack(JSON.stringify(agencyPack()), 'fixture');
const idle = { checkNow: vi.fn(), apply: vi.fn(), postpone: vi.fn(), unsubscribe: vi.fn() };

const NO_CHANGE: PackDiff = {
  fromVersion: 1,
  toVersion: 2,
  presets: { added: [], removed: [], changed: [] },
  locks: { locked: [], unlocked: [], controlsChanged: [] },
  caps: [],
  allowedProviders: { from: null, to: null, added: [], removed: [] },
  promptTemplates: { added: [], removed: [], changed: [] },
  other: [],
  empty: true,
};

describe('the Presets tab in French', () => {
  it('lists presets, their lock and source, and the installed packs in French', () => {
    const html = renderToStaticMarkup(
      <MessagesProvider locale="fr">
        <PresetsTab preferences={{ ...DEFAULT_PANEL_PREFERENCES, presetPacks: [pack] }} onSavePreferences={() => Promise.resolve()} />
      </MessagesProvider>,
    );
    expect(html).toContain('Promo · verrouillé');
    expect(html).toMatch(/profondeur .10 dB · descente 0,3 s avant la parole · remontée 0,6 s après · les pauses de moins de 1,9 s/);
    expect(html).toContain('source : Acme house mix');
    expect(html).toContain('Packs de préréglages');
    expect(html).toContain('aria-label="Exporter Acme house mix"');
    expect(html).not.toMatch(/Preset packs|fade down|>Export</);
  });

  it('shows a required release of a subscription, its changes and buttons in French', () => {
    const view: PackSubscriptionView = {
      id: 'sub-1',
      location: 'https://packs.acme.example/house.json',
      pack,
      fingerprint: '3f2a 9c01 77de b4e0',
      lastCheckedAtMs: null,
      problem: null,
      update: { version: 2, required: true, diff: { ...NO_CHANGE, caps: [{ field: 'dailyUsd', from: 200, to: undefined }] }, changes: [] },
    };
    const html = renderToStaticMarkup(
      <MessagesProvider locale="fr">
        <SubscriptionCard view={view} showUpdate busy={false} actions={idle} />
      </MessagesProvider>,
    );
    expect(html).toContain(
      'version 1 · source : https://packs.acme.example/house.json · clé de l’agence 3f2a 9c01 77de b4e0 · pas encore vérifié',
    );
    expect(html).toContain('La version 2 est disponible et exigée par l’agence. Elle modifie :');
    expect(html).toMatch(/<li>Plafond quotidien : 200,00\s\$US → aucun plafond<\/li>/);
    expect(html).toContain('aria-label="Appliquer la version 2 de Acme house mix"');
    expect(html).not.toContain('Plus tard');
  });

  it('says a tampered pack is refused in French, and in the domain’s own English words in English', () => {
    const acme = packSigningKeyFromSeed(testSeed('acme'));
    const envelope = JSON.parse(signPresetPack(agencyPack(), acme.secretKey)) as { pack: string };
    const tampered = JSON.stringify({ ...envelope, pack: envelope.pack.replace('"dailyUsd": 200', '"dailyUsd": 20000') });
    let refusal: unknown;
    try {
      openSignedPack(tampered, { source: 'acme.cliprelay-pack.json' });
    } catch (error) {
      refusal = error;
    }
    expect(describeErrorIn(createTranslator('fr'), refusal)).toMatch(/^Impossible d’utiliser acme\.cliprelay-pack\.json : sa signature/);
    expect(describeErrorIn(createTranslator('en'), refusal)).toBe((refusal as Error).message);
    expect(describeErrorIn(createTranslator('fr'), new Error('offline'))).toBe('offline');
  });
});

describe('the built-in presets', () => {
  it('are named in the panel’s language, and in English exactly as the built-in pack names them', () => {
    const en = createTranslator('en');
    for (const preset of BUILTIN_PRESET_PACK.presets) expect(duckPresetName(preset, en)).toBe(preset.name);
    expect(presetSourceName(BUILTIN_PRESET_PACK.name, en.t)).toBe(BUILTIN_PRESET_PACK.name);
    const fr = createTranslator('fr');
    expect(BUILTIN_PRESET_PACK.presets.map((preset) => duckPresetName(preset, fr))).toEqual([
      'Léger (−6 dB)',
      'Standard (−9 dB)',
      'Fort (−12 dB)',
    ]);
    expect(presetSourceName(BUILTIN_PRESET_PACK.name, fr.t)).toBe('Préréglages intégrés de ClipRelay');
  });

  it('keeps the name a pack gives its own "standard", and a pack’s own source name', () => {
    const fr = createTranslator('fr');
    expect(duckPresetName({ id: 'standard', name: 'Acme standard (−10 dB)' }, fr)).toBe('Acme standard (−10 dB)');
    expect(presetSourceName('Acme house mix', fr.t)).toBe('Acme house mix');
  });

  it.each(APP_LOCALES)('reads the same on the Presets tab as on the Duck tab’s buttons (%s)', (locale) => {
    const presetsTab = renderToStaticMarkup(
      <MessagesProvider locale={locale}>
        <PresetsTab preferences={DEFAULT_PANEL_PREFERENCES} onSavePreferences={() => Promise.resolve()} />
      </MessagesProvider>,
    );
    const duckButtons = renderToStaticMarkup(
      <MessagesProvider locale={locale}>
        <PresetButtons presets={BUILTIN_DUCK_PRESETS} disabled={false} onApply={() => undefined} />
      </MessagesProvider>,
    );
    const titles = [...presetsTab.matchAll(/<div class="job-title">([^<]*)<\/div>/g)].map((match) => match[1]);
    expect(titles).toHaveLength(BUILTIN_DUCK_PRESETS.length);
    for (const title of titles) expect(duckButtons).toContain(`>${title}<`);
  });
});

describe('plurals and the English words', () => {
  it('counts installed presets with Polish plural forms', () => {
    const t = createTranslator('pl').t;
    const presets = (count: number) => Array.from({ length: count }, () => pack.presets[0]!);
    expect(installedPackMessage({ name: 'Acme', presets: presets(1), policy: undefined }, [], t)).toBe('Zainstalowano „Acme” (1 preset).');
    expect(installedPackMessage({ name: 'Acme', presets: presets(3), policy: undefined }, [], t)).toBe('Zainstalowano „Acme” (3 presety).');
    expect(installedPackMessage({ name: 'Acme', presets: presets(5), policy: pack.policy }, [], t)).toBe(
      'Zainstalowano „Acme” (5 presetów, z polityką firmy).',
    );
  });

  it('keeps the English install message of before', () => {
    const t = createTranslator('en').t;
    expect(installedPackMessage(pack, [{ id: 'promo', lockedBy: 'Built-in' }], t)).toBe(
      'Installed "Acme house mix" (1 preset, with a house policy). "promo" is locked by Built-in and was not replaced.',
    );
    expect(installedPackMessage({ ...pack, presets: [], policy: undefined }, [], t)).toBe('Installed "Acme house mix" (0 presets).');
  });

  it('words any pack diff in English exactly as the CLI does (describePackDiff)', () => {
    const ids = fc.array(fc.constantFrom('kling', 'google', 'promo', 'aerial'), { maxLength: 3 });
    const cap = fc.option(fc.double({ min: 0, max: 999, noNaN: true }), { nil: undefined });
    const diff: fc.Arbitrary<PackDiff> = fc.record({
      fromVersion: fc.constant(1),
      toVersion: fc.constant(2),
      presets: fc.record({
        added: ids,
        removed: ids,
        changed: fc.array(fc.record({ id: fc.constant('promo'), fields: ids }), { maxLength: 2 }),
      }),
      locks: fc.record({ locked: ids, unlocked: ids, controlsChanged: ids }),
      caps: fc.array(fc.record({ field: fc.constantFrom('dailyUsd', 'perProjectUsd', 'perClientMonthlyUsd'), from: cap, to: cap }), {
        maxLength: 3,
      }),
      allowedProviders: fc.record({ from: fc.option(ids, { nil: null }), to: fc.option(ids, { nil: null }), added: ids, removed: ids }),
      promptTemplates: fc.record({ added: ids, removed: ids, changed: ids }),
      other: fc.array(fc.record({ field: fc.constantFrom('name', 'policy.clients'), from: fc.anything(), to: fc.anything() }), {
        maxLength: 2,
      }),
      empty: fc.boolean(),
    });
    const english = createTranslator('en');
    fc.assert(
      fc.property(diff, (value) => {
        expect(packDiffLines(value, english)).toEqual(describePackDiff(value));
      }),
    );
  });
});
