import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltinCatalog } from '../../src/providers/catalog';
import { manifestSchema } from './manifest-schema';

const root = resolve(__dirname, '../..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(resolve(root, path), 'utf8'));

describe('manifest.json', () => {
  const manifest = manifestSchema.parse(readJson('manifest.json'));

  it('matches package.json version', () => {
    expect(manifest.version).toBe((readJson('package.json') as { version: string }).version);
  });

  it('points at icon files that exist in plugin/ for every scale', () => {
    const icons = [...manifest.icons, ...manifest.entrypoints.flatMap((entry) => entry.icons)];
    for (const entry of icons) {
      for (const scale of entry.scale) {
        const file = scale === 1 ? entry.path : entry.path.replace(/\.png$/, `@${scale}x.png`);
        const bytes = readFileSync(resolve(root, 'plugin', file));
        expect(bytes.subarray(1, 4).toString('latin1'), file).toBe('PNG');
        // PNG IHDR width at byte 16: the file must have the pixel size the manifest promises.
        expect(bytes.readUInt32BE(16), file).toBe(entry.width * scale);
      }
    }
  });

  it('allows exactly the API and download hosts of the catalog models not retired, nothing blanket', () => {
    const catalog = loadBuiltinCatalog();
    // A retired model's service is gone (e.g. the Sora API): the panel keeps no permission for it.
    const live = catalog.models.filter((model) => model.lifecycle?.status !== 'retired');
    const catalogHosts = new Set(live.flatMap((model) => [...model.apiHosts, ...model.downloadHosts]));
    expect([...manifest.requiredPermissions.network.domains].sort()).toEqual([...catalogHosts].sort());
    expect(manifest.requiredPermissions.network.domains).not.toContain('all');
  });

  it('asks for Premiere 25.6.0: newer APIs are feature-detected (README and docs/evidence/premiere.md explain)', () => {
    expect(manifest.host.minVersion).toBe('25.6.0');
  });

  it('asks for the clipboard only to write it: nothing in src/ reads the clipboard', () => {
    const sources = (directory: string): string[] =>
      readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
        const path = join(directory, entry.name);
        return entry.isDirectory() ? sources(path) : /\.tsx?$/.test(entry.name) ? [path] : [];
      });
    const readers = sources(resolve(root, 'src')).filter((path) =>
      /clipboard\??\.(getContent|readText|read)\b/.test(readFileSync(path, 'utf8')),
    );
    expect(readers).toEqual([]);
    expect(manifest.requiredPermissions.clipboard).toBe('readAndWrite');
  });

  it('is refused when a field is wrong, naming the field', () => {
    const broken = { ...(readJson('manifest.json') as object), manifestVersion: 4 };
    const result = manifestSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['manifestVersion']);
  });
});
