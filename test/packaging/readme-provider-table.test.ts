import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltinCatalog, type CatalogModel } from '../../src/providers/catalog';
import { manifestSchema } from './manifest-schema';
import { parseReadmeProviderTable, type ReadmeProviderRow } from './readme-provider-table';

/**
 * The Bar of issue 10: the README's provider table, the catalog and the manifest's network domains
 * say the same thing. The table format (parsed by readme-provider-table.ts):
 *
 * - the first table after the `## Providers` heading; a `provider` column and a `models` column;
 * - one row per catalog provider that offers a model, its id in backticks in the provider cell
 *   (e.g. "Runway `runway`"); a provider offering nothing may keep a row with no ids in backticks;
 * - the models cell names each offered model id in backticks — every one, and nothing else in
 *   backticks; plain words around them are free ("`gen4.5` (silent)").
 *
 * "Offered" is the catalog's declared status, not retired — the same rule the manifest test uses,
 * so neither test changes its verdict with the calendar.
 */
const root = resolve(__dirname, '../..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const offered = (model: CatalogModel) => model.lifecycle?.status !== 'retired';

describe('README provider table = catalog = manifest', () => {
  const catalog = loadBuiltinCatalog();
  const rows = parseReadmeProviderTable(readme);
  const byProvider = new Map<string, ReadmeProviderRow>(rows.map((row) => [row.provider, row]));

  it('has exactly one row per provider id', () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.provider)).size).toBe(rows.length);
  });

  it('lists, for every provider, exactly the models the catalog offers', () => {
    const catalogProviders = new Set(catalog.models.map((model) => model.provider));
    for (const row of rows) expect(catalogProviders, `README row "${row.provider}" is not a catalog provider`).toContain(row.provider);
    for (const provider of catalogProviders) {
      const expected = catalog.models
        .filter((model) => model.provider === provider && offered(model))
        .map((model) => model.id)
        .sort();
      const listed = [...(byProvider.get(provider)?.models ?? [])].sort();
      if (expected.length > 0) expect(byProvider.has(provider), `README has no row for provider "${provider}"`).toBe(true);
      expect(listed, `README models of "${provider}"`).toEqual(expected);
    }
  });

  it('names only hosts the manifest allows, and the manifest allows only hosts of the models it names', () => {
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')));
    const named = new Set(rows.flatMap((row) => row.models.map((id) => `${row.provider}/${id}`)));
    const hosts = new Set(
      catalog.models
        .filter((model) => named.has(`${model.provider}/${model.id}`))
        .flatMap((model) => [...model.apiHosts, ...model.downloadHosts]),
    );
    expect([...manifest.requiredPermissions.network.domains].sort()).toEqual([...hosts].sort());
  });
});

describe('parseReadmeProviderTable', () => {
  const table = (rows: string) =>
    `# X\n\n## Providers\n\n| provider | models (catalog) | audio |\n|---|---|---|\n${rows}\n\nText.\n\n## Next\n\n| provider | models |\n|---|---|\n| Other \`other\` | \`z\` |\n`;

  it('reads the provider id and the model ids in backticks, ignoring the words around them', () => {
    expect(
      parseReadmeProviderTable(
        table('| Runway `runway` | `veo3.1`, `gen4.5` (silent) | per model |\n| OpenAI `openai` | none: shut down | — |'),
      ),
    ).toEqual([
      { provider: 'runway', models: ['veo3.1', 'gen4.5'] },
      { provider: 'openai', models: [] },
    ]);
  });

  it('reads an escaped pipe inside a cell as part of the cell', () => {
    expect(parseReadmeProviderTable(table('| fal.ai `fal` | `a/b` \\| `c/d` | x |'))[0]?.models).toEqual(['a/b', 'c/d']);
  });

  it.each([
    ['no Providers heading', '# X\n\nno table\n'],
    ['a row without a provider id', table('| Runway | `veo3.1` | x |')],
    ['a row with two provider ids', table('| Runway `runway` `fal` | `veo3.1` | x |')],
  ])('refuses %s', (_label, text) => {
    expect(() => parseReadmeProviderTable(text)).toThrow(/README provider table/);
  });
});
