import { describe, expect, it } from 'vitest';
import { exportPresetPack, parsePresetPack, PresetPackError, storedPresetPackSchema } from '../../../src/domain/presets';
import { panelPreferencesSchema } from '../../../src/domain/preferences/panel-preferences';
import { agencyPack } from '../../support/pack-fixtures';

const v2 = {
  schemaVersion: 2,
  name: 'Acme house mix',
  policy: { budget: { dailyUsd: 50 }, allowedProviders: ['kling'] },
  presets: [{ id: 'promo', name: 'Promo', depthDb: -10, attackSeconds: 0.3, releaseSeconds: 0.6, holdSeconds: 1, locked: true }],
};

function issuesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PresetPackError);
    return (error as PresetPackError).issues.map((issue) => `${issue.path} | ${issue.message}`);
  }
  throw new Error('expected a PresetPackError');
}

describe('preset packs: schema version 3 and the v2 migration', () => {
  it('reads a v2 pack as release 1 of a v3 pack, policy kept, and exports it as v3 with its policy', () => {
    const pack = parsePresetPack(JSON.stringify(v2));
    expect(pack).toMatchObject({ schemaVersion: 3, version: 1, updateRequired: false, policy: v2.policy });
    const exported = JSON.parse(exportPresetPack(pack));
    expect(exported.schemaVersion).toBe(3);
    expect(exported.policy).toEqual(v2.policy);
  });

  it('refuses a v2 file that uses a field only v3 has, naming it', () => {
    expect(issuesOf(() => parsePresetPack(JSON.stringify({ ...v2, prompts: { templates: [] } }), 'acme.json'))).toEqual([
      'prompts | “prompts” is a schema version 3 field; set schemaVersion to 3 to use it',
    ]);
    expect(issuesOf(() => parsePresetPack(JSON.stringify({ ...v2, policy: { budget: { perClientMonthlyUsd: 5 } } })))).toEqual([
      'policy.budget.perClientMonthlyUsd | “policy.budget.perClientMonthlyUsd” is a schema version 3 field; set schemaVersion to 3 to use it',
    ]);
  });

  it('keeps a v2 pack stored in preferences by an earlier build readable', () => {
    const stored = storedPresetPackSchema.parse(v2);
    expect(stored).toMatchObject({ schemaVersion: 3, version: 1 });
    const preferences = panelPreferencesSchema.parse({ presetPacks: [v2] });
    expect(preferences.presetPacks[0]!.schemaVersion).toBe(3);
  });

  it('checks the prompt library: ids unique, the naming rule a valid pattern that every template follows', () => {
    const pack = (prompts: object) => () => parsePresetPack(JSON.stringify({ schemaVersion: 3, name: 'Acme', prompts, presets: [] }));
    const rule = { pattern: '^[A-Z]{2,6} – ', description: "start with the client code and a dash, e.g. 'ACME – Aerial'" };
    expect(pack({ namingRule: rule, templates: [{ id: 'aerial', name: 'ACME – Aerial', text: 'Aerial of {place}' }] })()).toMatchObject({
      prompts: { templates: [{ id: 'aerial', tags: [] }] },
    });
    expect(
      issuesOf(
        pack({
          namingRule: rule,
          templates: [
            { id: 'aerial', name: 'Aerial', text: 'Aerial of {place}' },
            { id: 'aerial', name: 'ACME – Aerial 2', text: 'x' },
          ],
        }),
      ),
    ).toEqual([
      `prompts.templates[0].name | Prompt template 'Aerial' → name: "Aerial" does not follow the naming rule: ${rule.description}`,
      `prompts.templates[1].id | Prompt template 'ACME – Aerial 2' → id: "aerial" is already used by templates[0]`,
    ]);
    expect(issuesOf(pack({ namingRule: { pattern: '([', description: 'x' }, templates: [] }))).toEqual([
      'prompts.namingRule.pattern | Template naming pattern is not a valid regular expression',
    ]);
  });

  it('requires a client list when client tags come from the list', () => {
    const withClients = (clients: object) => () =>
      parsePresetPack(JSON.stringify({ schemaVersion: 3, name: 'Acme', policy: { clients }, presets: [] }));
    expect(withClients({ tagFrom: 'list', names: ['Globex'] })().policy?.clients).toEqual({ tagFrom: 'list', names: ['Globex'] });
    expect(issuesOf(withClients({ tagFrom: 'list' }))).toEqual([
      'policy.clients.names | Clients must list at least one client when clients come from the list',
    ]);
  });

  it('exports the same bytes however the policy and the prompt library were built (what a signature signs)', () => {
    const pack = agencyPack();
    const reversed = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).reverse()) as T;
    const shuffled = {
      ...pack,
      policy: { ...reversed(pack.policy!), budget: reversed(pack.policy!.budget!) },
      prompts: { templates: pack.prompts!.templates.map(reversed), namingRule: pack.prompts!.namingRule },
    };
    expect(exportPresetPack(shuffled)).toBe(exportPresetPack(pack));
    expect(Object.keys(JSON.parse(exportPresetPack(pack)).policy)).toEqual(['budget', 'allowedProviders', 'clients', 'reportPrompts']);
  });
});
