import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadBuiltinCatalog } from '../../src/providers/catalog';

const root = resolve(__dirname, '../..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(resolve(root, path), 'utf8'));

const size = z.strictObject({ width: z.number().int().positive(), height: z.number().int().positive() });
const icon = z.strictObject({
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  path: z.string().regex(/^icons\/[\w@.-]+\.png$/),
  scale: z.array(z.number().int().positive()).min(1),
  theme: z.array(z.enum(['all', 'lightest', 'light', 'medium', 'dark', 'darkest'])).min(1),
  species: z.array(z.string()).optional(),
});

/** UXP manifest v5 as Premiere reads it (research/premiere-uxp.md §4.1). */
const manifestSchema = z.strictObject({
  manifestVersion: z.literal(5),
  id: z.string().regex(/^[a-z0-9.]+$/),
  name: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  main: z.literal('index.html'),
  // A single host object: arrays are for development only and cannot be packaged as .ccx.
  host: z.strictObject({ app: z.literal('premierepro'), minVersion: z.string().regex(/^\d+\.\d+\.\d+$/) }),
  entrypoints: z
    .array(
      z.strictObject({
        type: z.literal('panel'),
        id: z.string(),
        label: z.strictObject({ default: z.string().min(1) }),
        minimumSize: size,
        maximumSize: size,
        preferredDockedSize: size,
        preferredFloatingSize: size,
        icons: z.array(icon).min(1),
      }),
    )
    .length(1),
  icons: z.array(icon).min(1),
  requiredPermissions: z.strictObject({
    // https hosts (one leading "*." label at most, UXP 7.4+), or plain http on loopback only (a
    // self-hosted ComfyUI on this machine).
    network: z.strictObject({ domains: z.array(z.string().regex(/^(https:\/\/(\*\.)?[a-z0-9.-]+\.[a-z]{2,}|http:\/\/127\.0\.0\.1:\d+)$/)).min(1) }),
    localFileSystem: z.enum(['plugin', 'request', 'fullAccess']),
  }),
});

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

  it('allows exactly the API and download hosts of the model catalog, nothing blanket', () => {
    const catalog = loadBuiltinCatalog();
    const catalogHosts = new Set(catalog.models.flatMap((model) => [...model.apiHosts, ...model.downloadHosts]));
    expect([...manifest.requiredPermissions.network.domains].sort()).toEqual([...catalogHosts].sort());
    expect(manifest.requiredPermissions.network.domains).not.toContain('all');
  });

  it('is refused when a field is wrong, naming the field', () => {
    const broken = { ...(readJson('manifest.json') as object), manifestVersion: 4 };
    const result = manifestSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['manifestVersion']);
  });
});
