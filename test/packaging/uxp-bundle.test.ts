import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const dist = resolve(__dirname, '../../dist/uxp');
// Issue 13's goal is 300 KiB gzip with Spectrum Web Components; the bundle measured 345 KiB on 2026-12-06
// (react-dom ≈ 60, Spectrum's theme tokens ≈ 40, timeline XML interchange ≈ 30, zod ≈ 25, pack signatures ≈ 5).
// This is a ceiling against growth, not the goal: the way down (interchange loaded on demand once UXP's chunk
// loading is verified, zod/mini, precompiled message catalogs) is in the session note.
const GZIP_BUDGET_BYTES = 360 * 1024;

/** Checks the built Premiere bundle (`npm test` builds before running vitest). */
describe('dist/uxp, the folder UXP Developer Tool loads', () => {
  const bundle = readFileSync(resolve(dist, 'index.js'), 'utf8');

  it('holds the manifest, the HTML shell, the bundle and the icons', () => {
    for (const file of ['manifest.json', 'index.html', 'index.js', 'icons/panel-dark.png', 'icons/plugin@2x.png']) {
      expect(existsSync(resolve(dist, file)), file).toBe(true);
    }
    expect(readFileSync(resolve(dist, 'index.html'), 'utf8')).toContain('<script src="index.js"></script>');
  });

  it('contains no code generation from strings (UXP blocks eval and new Function)', () => {
    expect(bundle).not.toMatch(/\beval\s*\(/);
    expect(bundle).not.toMatch(/\bnew\s+Function\b/);
    expect(bundle).not.toMatch(/[^.\w]Function\s*\(/);
    // An alias such as `const F = Function; new F(…)` is code generation too.
    expect(bundle).not.toMatch(/=\s*Function\b/);
  });

  it('leaves premierepro and uxp to the host instead of bundling them', () => {
    expect(bundle).toMatch(/require\("premierepro"\)/);
    expect(bundle).toMatch(/require\("uxp"\)/);
  });

  it(`fits the ${GZIP_BUDGET_BYTES / 1024} KiB gzip budget`, () => {
    const gzipBytes = gzipSync(bundle, { level: 9 }).length;
    console.info(`dist/uxp/index.js: ${(bundle.length / 1024).toFixed(1)} KiB, gzip ${(gzipBytes / 1024).toFixed(1)} KiB`);
    expect(gzipBytes).toBeLessThanOrEqual(GZIP_BUDGET_BYTES);
  });
});
