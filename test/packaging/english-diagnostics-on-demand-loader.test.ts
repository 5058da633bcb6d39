import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Loader = (this: { resourcePath: string }, source: string) => string;
const root = join(__dirname, '../..');
const loader = createRequire(__filename)(join(root, 'tools/english-diagnostics-on-demand-loader.cjs')) as Loader;
const run = (source: string) => loader.call({ resourcePath: 'catalogs/en/index.ts' }, source);

describe('english-diagnostics-on-demand-loader (the Premiere main script carries no Diagnostics report messages)', () => {
  it('drops only the diagnostics area from the real English catalog index', () => {
    const source = readFileSync(join(root, 'src/shared/i18n/catalogs/en/index.ts'), 'utf8');
    const output = run(source);
    expect(output).not.toContain('EN_DIAGNOSTICS');
    expect(output).toContain("import { EN_SCHEMA } from './schema';");
    expect(output).toMatch(/^\s+\.\.\.EN_SCHEMA,$/m);
    expect(source.split('\n').length - output.split('\n').length).toBe(2);
  });

  it('fails the build when the area is no longer imported and spread as it expects', () => {
    expect(() => run("import { EN_SCHEMA } from './schema';\nexport const EN_MESSAGES = { ...EN_SCHEMA };")).toThrow(/no EN_DIAGNOSTICS/);
    expect(() => run("import { EN_DIAGNOSTICS } from './diagnostics';\nexport const EN_MESSAGES = { ...EN_SCHEMA };")).toThrow(
      /no EN_DIAGNOSTICS/,
    );
  });
});
