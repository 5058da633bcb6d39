import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const dist = resolve(__dirname, '../../dist/uxp');
// Issue 13's goal: the Premiere panel's script at most 300 KiB gzip with Spectrum Web Components. Measured 2026-12-06:
// 346.6 KiB, 362.4 once five languages landed; then 298.8 with the theme's unread tokens pruned, zod's JSON Schema
// stubbed, timeline export and Diagnostics in chunks/ and the non-English catalogs in locales/ (read on demand);
// 302.5 once errors and schema sentences were translated, 297.2 with messages parsed at build time (no ICU parser);
// 307.6 once host, packs, diagnostics and provider-warning messages landed, then 303.2 with English Diagnostics and CLI
// messages left out and host/pack English read on demand, 284.5 with audio analysis (speech model, decoders) a chunk;
// 286.9 on 2026-12-07 with the download hardening (a size-0 mdat checked against the movie's sample tables, signed-link
// values blanked in errors, expired links read again, the "answered but unusable" message).
// The ceiling is that measurement + 2 KiB against growth; tools/bundle-report.mjs shows where the bytes go.
const GOAL_GZIP_BYTES = 300 * 1024;
const GZIP_CEILING_BYTES = Math.round((286.9 + 2) * 1024);

/** Checks the built Premiere bundle (`npm test` builds before running vitest). */
describe('dist/uxp, the folder UXP Developer Tool loads', () => {
  const bundle = readFileSync(resolve(dist, 'index.js'), 'utf8');
  const chunkFiles = readdirSync(resolve(dist, 'chunks')).filter((file) => file.endsWith('.js'));
  const chunk = (name: string) => readFileSync(resolve(dist, 'chunks', `${name}.js`), 'utf8');

  it('holds the manifest, the HTML shell, the bundle and the icons', () => {
    for (const file of ['manifest.json', 'index.html', 'index.js', 'icons/panel-dark.png', 'icons/plugin@2x.png']) {
      expect(existsSync(resolve(dist, file)), file).toBe(true);
    }
    expect(readFileSync(resolve(dist, 'index.html'), 'utf8')).toContain('<script src="index.js"></script>');
  });

  it('contains no code generation from strings (UXP blocks eval and new Function), on-demand chunks included', () => {
    for (const code of [bundle, ...chunkFiles.map((file) => chunk(file.replace(/\.js$/, '')))]) {
      expect(code).not.toMatch(/\beval\s*\(/);
      expect(code).not.toMatch(/\bnew\s+Function\b/);
      expect(code).not.toMatch(/[^.\w]Function\s*\(/);
      // An alias such as `const F = Function; new F(…)` is code generation too.
      expect(code).not.toMatch(/=\s*Function\b/);
    }
  });

  it('keeps audio analysis, timeline export and Diagnostics in chunks/ that UXP loads with CommonJS require at first use', () => {
    expect(chunkFiles.sort()).toEqual(['audio-analysis.js', 'diagnostics.js', 'timeline-export.js']);
    // The main script asks UXP's require for a path relative to itself (Adobe's "JavaScript Modules" recipe).
    expect(bundle).toMatch(/require\("\.\/"\s*\+/);
    const requireBesideIndex = createRequire(resolve(dist, 'index.js'));
    for (const file of chunkFiles) {
      const loaded = requireBesideIndex(`./chunks/${file}`) as { ids: unknown[]; modules: Record<string, unknown> };
      expect(loaded.ids.length, file).toBeGreaterThan(0);
      expect(
        Object.values(loaded.modules).every((module) => typeof module === 'function'),
        file,
      ).toBe(true);
    }
    // What each part carries is in its chunk, not in the main script.
    expect(chunk('timeline-export')).toMatch(/exportDuckedTimeline/);
    // The scratch sequence's name is the Diagnostics runner's own (its undo label is in the host's operation vocabulary).
    expect(chunk('diagnostics')).toMatch(/ClipRelay diagnostics \(scratch, safe to delete\)/);
    expect(bundle).not.toMatch(/ClipRelay diagnostics \(scratch, safe to delete\)/);
    expect(chunk('timeline-export')).toMatch(/preserveOrder/);
    expect(bundle).not.toMatch(/preserveOrder/);
    // The speech model's weights load with the first Duck.
    expect(chunk('audio-analysis')).toMatch(/hiddenWeights/);
    expect(bundle).not.toMatch(/hiddenWeights/);
  });

  it('leaves premierepro and uxp to the host instead of bundling them', () => {
    expect(bundle).toMatch(/require\("premierepro"\)/);
    expect(bundle).toMatch(/require\("uxp"\)/);
  });

  it('carries English only; each other language is locales/<folder>.js with every English id, read by require at first use', async () => {
    const { EN_MESSAGES } = await import('../../src/shared/i18n/catalogs/en');
    const { FR_MESSAGES } = await import('../../src/shared/i18n/catalogs/fr');
    const localeFiles = readdirSync(resolve(dist, 'locales')).filter((file) => file.endsWith('.js') && !file.startsWith('en-'));
    expect(localeFiles.sort()).toEqual(['ca.js', 'fr.js', 'pl.js', 'zh-hans.js']);
    const requireBesideIndex = createRequire(resolve(dist, 'index.js'));
    for (const file of localeFiles) {
      const exported = requireBesideIndex(`./locales/${file}`) as Record<string, Record<string, string>>;
      const [catalog, ...others] = Object.values(exported);
      expect(others, file).toEqual([]);
      expect(Object.keys(catalog!).sort(), file).toEqual(Object.keys(EN_MESSAGES).sort());
    }
    // UXP's require, called directly or through the reader's default parameter (`r = e => require(e)`), as the minifier chose.
    expect(bundle).toMatch(/(?:require|\b\w)\(`\.\/locales\/\$\{/);
    expect(bundle).toMatch(/\w=>require\(\w\)|require\(`\.\/locales/);
    expect(bundle).toContain(JSON.stringify(EN_MESSAGES['tab.generate']));
    expect(bundle).not.toContain(FR_MESSAGES['panel.sections']);
    expect(readFileSync(resolve(dist, 'locales/fr.js'), 'utf8')).toContain(FR_MESSAGES['panel.sections']);
  });

  it("reads rare English (host refusal details, pack problems) from locales/en-<area>.js and leaves out Diagnostics' and the CLI's", async () => {
    const { EN_HOST } = await import('../../src/shared/i18n/catalogs/en/host');
    const { EN_PACKS } = await import('../../src/shared/i18n/catalogs/en/packs');
    const { EN_CLI } = await import('../../src/shared/i18n/catalogs/en/cli');
    const requireBesideIndex = createRequire(resolve(dist, 'index.js'));
    // A message's first literal as the build writes its syntax tree ({type:0,value:"…"}); the same words may be code too.
    const literalOf = (message: unknown) => `value:${JSON.stringify((message as { value: string }[])[0]!.value)}}`;
    for (const [file, name, area, sample] of [
      ['en-host.js', 'EN_HOST', EN_HOST, 'host.twoEnvelopes'],
      ['en-packs.js', 'EN_PACKS', EN_PACKS, 'packs.jsonEmpty'],
    ] as const) {
      const exported = requireBesideIndex(`./locales/${file}`) as Record<string, Record<string, unknown>>;
      expect(Object.keys(exported), file).toEqual([name]);
      expect(Object.keys(exported[name]!), file).toEqual(Object.keys(area));
      // Each id stays in the main script (a getter that reads the file), its English does not.
      expect(bundle, file).toContain(JSON.stringify(sample));
      expect(readFileSync(resolve(dist, 'locales', file), 'utf8'), file).toContain(literalOf(exported[name]![sample]));
      expect(bundle, file).not.toContain(literalOf(exported[name]![sample]));
    }
    // Read with UXP's require (through the reader's default parameter, as the minifier chose).
    expect(bundle).toMatch(/\b\w\(`\.\/locales\/en-\$\{/);
    // The CLI's ids are in no part of the panel's main script; Diagnostics' English only in its chunk.
    for (const id of Object.keys(EN_CLI)) expect(bundle).not.toContain(JSON.stringify(id));
    const verifyHeading = 'value:"VERIFY items (research/premiere-uxp.md §6)"}';
    expect(chunk('diagnostics')).toContain(verifyHeading);
    expect(bundle).not.toContain(verifyHeading);
  });

  it('ships messages parsed at build time and no ICU parser (tools/precompiled-catalog-loader.cjs)', () => {
    // The parser's error kinds are its own words: present in @formatjs/icu-messageformat-parser, absent from its no-parser build.
    expect(bundle).not.toContain('EXPECT_ARGUMENT_CLOSING_BRACE');
    const requireBesideIndex = createRequire(resolve(dist, 'index.js'));
    const exported = requireBesideIndex('./locales/pl.js') as Record<string, Record<string, unknown>>;
    const [polish] = Object.values(exported);
    expect(Object.values(polish!).every((message) => Array.isArray(message))).toBe(true);
  });

  it("leaves zod's JSON Schema conversion out (the panel never converts; tools/zod-without-json-schema-loader.cjs)", () => {
    expect(bundle).toMatch(/without JSON Schema conversion/);
    expect(bundle).not.toMatch(/json-schema\.org/);
  });

  it("defines every Spectrum theme token it reads, and only a fraction of the theme's (unread ones pruned at build)", () => {
    const themeDir = resolve(__dirname, '../../node_modules/@swc-uxp-internal/theme/src');
    const themeFiles = ['theme', 'theme-light', 'theme-dark', 'theme-darkest', 'scale-medium'].map((name) => `${name}.css.js`);
    const definitions = (css: string) => new Set([...css.matchAll(/(?<=[{;]\s*)(--[\w-]+)\s*:/g)].map((match) => match[1]!));
    const themeTokens = new Set(themeFiles.flatMap((file) => [...definitions(readFileSync(resolve(themeDir, file), 'utf8'))]));
    const shipped = definitions(bundle);
    const readButUndefined = [...new Set([...bundle.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1]!))].filter(
      (token) => themeTokens.has(token) && !shipped.has(token),
    );
    expect(readButUndefined).toEqual([]);
    const shippedThemeTokens = [...shipped].filter((token) => themeTokens.has(token));
    expect(shippedThemeTokens.length).toBeGreaterThan(100);
    expect(shippedThemeTokens.length).toBeLessThan(themeTokens.size / 2);
  });

  it(`meets issue 13's goal of ${GOAL_GZIP_BYTES / 1024} KiB gzip within its growth ceiling (${(GZIP_CEILING_BYTES / 1024).toFixed(1)} KiB)`, () => {
    const gzipBytes = gzipSync(bundle, { level: 9 }).length;
    const onDemandGzipBytes = [
      ...chunkFiles.map((file) => `chunks/${file}`),
      ...readdirSync(resolve(dist, 'locales')).map((file) => `locales/${file}`),
    ]
      .filter((file) => file.endsWith('.js'))
      .reduce((sum, file) => sum + gzipSync(readFileSync(resolve(dist, file)), { level: 9 }).length, 0);
    console.info(
      `dist/uxp/index.js: ${(bundle.length / 1024).toFixed(1)} KiB, gzip ${(gzipBytes / 1024).toFixed(1)} KiB ` +
        `(goal ${GOAL_GZIP_BYTES / 1024}); loaded on demand: gzip ${(onDemandGzipBytes / 1024).toFixed(1)} KiB`,
    );
    expect(gzipBytes).toBeLessThanOrEqual(GZIP_CEILING_BYTES);
  });
});
