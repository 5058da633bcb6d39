import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Loader = (this: { resourcePath: string; getOptions?: () => { englishAreasLeftOut?: string[] } }, source: string) => string;
const root = join(__dirname, '../..');
const loader = createRequire(__filename)(join(root, 'tools/catalogs-from-plugin-folder-loader.cjs')) as Loader;
const run = (source: string) => loader.call({ resourcePath: 'catalogs/index.ts' }, source);

describe('catalogs-from-plugin-folder-loader (the Premiere build keeps English only in index.js)', () => {
  it('turns every non-English table entry of the real catalog index into a plugin-folder getter', () => {
    const output = run(readFileSync(join(root, 'src/shared/i18n/catalogs/index.ts'), 'utf8'));
    expect(output).toMatch(/^import \{ catalogFromPluginFolder \} from '.*\/src\/entries\/uxp-locale-files\.ts';/);
    expect(output).toContain("import { EN_MESSAGES, type MessageCatalog } from './en';");
    expect(output).not.toMatch(/from '\.\/(fr|ca|pl|zh-hans)'/);
    expect(output).toContain("get fr() { return catalogFromPluginFolder('fr', 'FR_MESSAGES', EN_MESSAGES); },");
    expect(output).toContain("get 'zh-Hans'() { return catalogFromPluginFolder('zh-hans', 'ZH_HANS_MESSAGES', EN_MESSAGES); },");
    expect(output).toMatch(/^\s+en: EN_MESSAGES,$/m);
  });

  it('passes the English areas the main script leaves out to each getter, when told them', () => {
    const source = readFileSync(join(root, 'src/shared/i18n/catalogs/index.ts'), 'utf8');
    const output = loader.call(
      { resourcePath: 'catalogs/index.ts', getOptions: () => ({ englishAreasLeftOut: ['diagnostics', 'cli'] }) },
      source,
    );
    expect(output).toContain(
      'get fr() { return catalogFromPluginFolder(\'fr\', \'FR_MESSAGES\', EN_MESSAGES, { areasLeftOut: ["diagnostics","cli"] }); },',
    );
  });

  it('fails the build when the table no longer looks as it expects', () => {
    expect(() => run("import { EN_MESSAGES } from './en';\nexport const CATALOGS = { en: EN_MESSAGES };")).toThrow(/no non-English/);
    expect(() => run("import { FR_MESSAGES } from './fr';\nexport const CATALOGS = { fr: load(FR_MESSAGES) };")).toThrow(
      /1 catalogs imported but 0/,
    );
  });
});
