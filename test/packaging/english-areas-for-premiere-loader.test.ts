import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Options {
  readonly leftOut?: readonly string[];
  readonly onDemand?: readonly string[];
}
type Loader = (this: { resourcePath: string; getOptions: () => Options }, source: string) => string;
const root = join(__dirname, '../..');
const loader = createRequire(__filename)(join(root, 'tools/english-areas-for-premiere-loader.cjs')) as Loader;
const englishIndex = join(root, 'src/shared/i18n/catalogs/en/index.ts');
const run = (source: string, options: Options) => loader.call({ resourcePath: englishIndex, getOptions: () => options }, source);
const PREMIERE: Options = { leftOut: ['diagnostics', 'cli'], onDemand: ['host', 'packs'] };

describe('english-areas-for-premiere-loader (English the Premiere main script does not carry)', () => {
  it('drops the left-out areas with their ids and keeps every other area as it was, in the real English index', async () => {
    const output = run(readFileSync(englishIndex, 'utf8'), PREMIERE);
    for (const area of ['diagnostics', 'cli', 'host', 'packs']) expect(output).not.toContain(`from './${area}'`);
    expect(output).not.toMatch(/EN_DIAGNOSTICS|EN_CLI|\.\.\.EN_HOST|\.\.\.EN_PACKS|diagnostics\.|cli\./);
    for (const kept of ['SHELL', 'GENERATE', 'JOBS', 'DUCK', 'PRESETS', 'SETTINGS', 'ERRORS', 'SCHEMA']) {
      expect(output).toMatch(new RegExp(`^\\s+\\.\\.\\.EN_${kept},$`, 'm'));
    }
    // The on-demand areas keep every id (a getter each, after the object is built), none of their English.
    const { EN_HOST } = await import('../../src/shared/i18n/catalogs/en/host');
    const { EN_PACKS } = await import('../../src/shared/i18n/catalogs/en/packs');
    expect(output).toMatch(/^import \{ englishAreaOnDemand \} from '.*\/src\/entries\/uxp-english-areas\.ts';$/m);
    expect(output).toMatch(/^\} as const;\nenglishAreaOnDemand\(EN_MESSAGES, "host", "EN_HOST", /m);
    const idsOf = (area: string) =>
      JSON.parse(new RegExp(`englishAreaOnDemand\\(EN_MESSAGES, "${area}", "\\w+", (\\[.*\\])\\);`).exec(output)![1]!);
    expect(idsOf('host')).toEqual(Object.keys(EN_HOST));
    expect(idsOf('packs')).toEqual(Object.keys(EN_PACKS));
    expect(output).not.toContain(EN_HOST['host.twoEnvelopes']);
  });

  it('changes nothing without options', () => {
    const source = readFileSync(englishIndex, 'utf8');
    expect(run(source, {})).toBe(source);
  });

  it('fails the build when an area is no longer imported and spread as it expects', () => {
    const index = (body: string) =>
      `import { EN_SCHEMA } from './schema';\n${body}export const EN_MESSAGES = {\n  ...EN_SCHEMA,\n} as const;\n`;
    expect(() => run(index(''), { leftOut: ['cli'] })).toThrow(/'cli' area/);
    expect(() => run(index("import { EN_CLI } from './cli';\n"), { leftOut: ['cli'] })).toThrow(/'cli' area/);
    expect(() => run(index(''), { onDemand: ['host'] })).toThrow(/'host' area/);
    expect(() => run("import { EN_HOST } from './host';\nconst EN_MESSAGES = {\n  ...EN_HOST,\n};\n", { onDemand: ['host'] })).toThrow(
      /no 'export const EN_MESSAGES/,
    );
  });
});
