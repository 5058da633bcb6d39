import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Loader = (this: { resourcePath: string }, source: string) => string;
const root = join(__dirname, '../..');
const loader = createRequire(__filename)(join(root, 'tools/english-diagnostics-on-demand-loader.cjs')) as Loader;
const englishIndex = join(root, 'src/shared/i18n/catalogs/en/index.ts');
const run = (source: string) => loader.call({ resourcePath: englishIndex }, source);

describe('english-diagnostics-on-demand-loader (the Premiere main script carries no Diagnostics report messages)', () => {
  it('keeps every diagnostics id with an empty message, and every other area as it was, in the real English index', async () => {
    const source = readFileSync(englishIndex, 'utf8');
    const output = run(source);
    expect(output).not.toContain("from './diagnostics'");
    expect(output).toContain("import { EN_SCHEMA } from './schema';");
    expect(output).toMatch(/^\s+\.\.\.EN_SCHEMA,$/m);
    expect(output).toMatch(/^\s+\.\.\.EN_DIAGNOSTICS,$/m);
    // Every id of the area, so a language's locale file (which has them all) is still accepted.
    const { EN_DIAGNOSTICS } = await import('../../src/shared/i18n/catalogs/en/diagnostics');
    const stubbed = [...output.matchAll(/^ {2}"(diagnostics\.\w+)": \[\] as unknown as string,$/gm)].map((match) => match[1]);
    expect(stubbed).toEqual(Object.keys(EN_DIAGNOSTICS));
    expect(output).not.toContain(EN_DIAGNOSTICS['diagnostics.noClipTypeReader']);
  });

  it('fails the build when the area is no longer imported and spread as it expects', () => {
    expect(() => run("import { EN_SCHEMA } from './schema';\nexport const EN_MESSAGES = { ...EN_SCHEMA };")).toThrow(/no EN_DIAGNOSTICS/);
    expect(() => run("import { EN_DIAGNOSTICS } from './diagnostics';\nexport const EN_MESSAGES = { ...EN_SCHEMA };")).toThrow(
      /no EN_DIAGNOSTICS/,
    );
  });
});
