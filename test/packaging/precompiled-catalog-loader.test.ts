import { parse } from '@formatjs/icu-messageformat-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

type Loader = (this: { resourcePath: string }, source: string) => string;
const root = join(__dirname, '../..');
const loader = createRequire(__filename)(join(root, 'tools/precompiled-catalog-loader.cjs')) as Loader;
const catalogsDir = join(root, 'src/shared/i18n/catalogs');
const LOCALE_OF_FOLDER: Record<string, string> = { en: 'en', fr: 'fr', ca: 'ca', pl: 'pl', 'zh-hans': 'zh-Hans' };

/** What ts-loader (transpileOnly, the project's module settings) hands the loader. */
const transpiled = (source: string) =>
  ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;

/** The loader's output, evaluated: `export const NAME = {...};` → [NAME, trees]. */
function evaluated(output: string): [string, Record<string, unknown>] {
  const match = /^export const (\w+) = (\{.*\});\n$/s.exec(output);
  expect(match, 'one exported object').not.toBeNull();
  return [match![1]!, JSON.parse(match![2]!) as Record<string, unknown>];
}

const areaFiles = readdirSync(catalogsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((folder) =>
    readdirSync(join(catalogsDir, folder.name))
      .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
      .map((file) => ({ folder: folder.name, file, path: join(catalogsDir, folder.name, file) })),
  );

describe('precompiled-catalog-loader (the panel bundles ship parsed messages and no ICU parser)', () => {
  it('finds every area file of every locale', () => {
    expect(new Set(areaFiles.map((area) => area.folder))).toEqual(new Set(Object.keys(LOCALE_OF_FOLDER)));
    expect(areaFiles.length).toBeGreaterThanOrEqual(5 * 7);
  });

  it.each(areaFiles)('$folder/$file: every message becomes exactly the tree the runtime parser would make', async ({ folder, path }) => {
    const [name, trees] = evaluated(loader.call({ resourcePath: path }, transpiled(readFileSync(path, 'utf8'))));
    const source = (await import(path)) as Record<string, Record<string, string>>;
    const messages = source[name]!;
    expect(Object.keys(trees)).toEqual(Object.keys(messages));
    for (const [id, text] of Object.entries(messages)) {
      expect(trees[id], id).toEqual(parse(text, { locale: new Intl.Locale(LOCALE_OF_FOLDER[folder]!) }));
    }
  });

  it('fails the build on a message that is not valid ICU, naming it', () => {
    const broken = transpiled("export const EN_X = { 'x.ok': 'Fine', 'x.broken': 'Unclosed {count, plural, one {#}' } as const;");
    expect(() => loader.call({ resourcePath: join(catalogsDir, 'en/x.ts') }, broken)).toThrow(/x\.broken .* is not valid ICU/);
  });

  it('fails the build on an area that is not one object of messages', () => {
    const resourcePath = join(catalogsDir, 'en/x.ts');
    const twoExports = transpiled("export const EN_X = { 'x.a': 'A' };\nexport const EN_Y = {};");
    expect(() => loader.call({ resourcePath }, twoExports)).toThrow(/precompiled-catalog-loader: .* not one exported object/);
    const computed = transpiled("const a = 'A'; export const EN_X = { 'x.a': a };");
    expect(() => loader.call({ resourcePath }, computed)).toThrow(/precompiled-catalog-loader: .* not one exported object/);
  });
});
