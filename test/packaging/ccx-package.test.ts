import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkPluginFolder, crc32, packageCcx, writeZip } from '../../tools/package-ccx.mjs';
import { readZip } from '../support/read-zip';
import { manifestSchema } from './manifest-schema';

const root = resolve(__dirname, '../..');
const distUxp = resolve(root, 'dist/uxp');

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'cliprelay-ccx-'));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

function pluginFolder(
  manifest: object = { manifestVersion: 5, main: 'index.html', host: { app: 'premierepro', minVersion: '25.6.0' }, entrypoints: [] },
) {
  const folder = join(scratch, 'plugin');
  mkdirSync(join(folder, 'icons'), { recursive: true });
  writeFileSync(join(folder, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(folder, 'index.html'), '<script src="index.js"></script>');
  writeFileSync(join(folder, 'index.js'), 'console.log("x");'.repeat(200));
  writeFileSync(join(folder, 'index.js.map'), '{}');
  writeFileSync(join(folder, 'icons', 'ünïcode name.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
  return folder;
}

describe('the ZIP writer', () => {
  it('computes ZIP CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });

  it('writes entries a reader gets back byte for byte, deflating only what shrinks', () => {
    const text = Buffer.from('manifest '.repeat(100));
    const random = Buffer.from(Array.from({ length: 64 }, (_, index) => (index * 197 + 13) % 256));
    const entries = readZip(
      writeZip([
        { name: 'a/text.txt', data: text },
        { name: 'b.bin', data: random },
        { name: 'empty', data: Buffer.alloc(0) },
      ]),
    );
    expect(entries.map((entry) => [entry.name, entry.method])).toEqual([
      ['a/text.txt', 8],
      ['b.bin', 0],
      ['empty', 0],
    ]);
    expect(entries[0]?.data.equals(text)).toBe(true);
    expect(entries[1]?.data.equals(random)).toBe(true);
  });

  it('gives the same bytes for the same input (reproducible packages)', () => {
    const folder = pluginFolder();
    const first = packageCcx({ sourceDir: folder, outFile: join(scratch, 'one.ccx') });
    const second = packageCcx({ sourceDir: folder, outFile: join(scratch, 'two.ccx') });
    expect(readFileSync(first.outFile).equals(readFileSync(second.outFile))).toBe(true);
  });
});

describe('packageCcx', () => {
  it('puts manifest.json first at the root, keeps folders and UTF-8 names, and leaves source maps out', () => {
    const folder = pluginFolder();
    const result = packageCcx({ sourceDir: folder, outFile: join(scratch, 'out', 'plugin.ccx') });
    expect(result.names).toEqual(['manifest.json', 'icons/ünïcode name.png', 'index.html', 'index.js']);
    const entries = readZip(readFileSync(result.outFile));
    expect(entries.map((entry) => entry.name)).toEqual(result.names);
    expect(entries[1]?.data.equals(readFileSync(join(folder, 'icons', 'ünïcode name.png')))).toBe(true);
    expect(packageCcx({ sourceDir: folder, outFile: join(scratch, 'maps.ccx'), includeSourceMaps: true }).names).toContain('index.js.map');
  });

  it('refuses a folder that is not a packageable plugin, saying why', () => {
    expect(checkPluginFolder(join(scratch, 'nothing'))[0]).toMatch(/manifest.json is missing/);
    const folder = pluginFolder({
      manifestVersion: 5,
      main: 'main.js',
      host: [{ app: 'premierepro', minVersion: '25.6.0' }],
      icons: [{ path: 'icons/x.png', scale: [1, 2] }],
    });
    expect(checkPluginFolder(folder)).toEqual([
      'manifest host must be one object for premierepro (arrays are for development only)',
      'main file main.js is missing',
      'icon icons/x.png is missing',
      'icon icons/x@2x.png is missing',
    ]);
    expect(() => packageCcx({ sourceDir: folder, outFile: join(scratch, 'bad.ccx') })).toThrow(/Cannot package/);
    expect(existsSync(join(scratch, 'bad.ccx'))).toBe(false);
  });
});

describe('dist/cliprelay.ccx from the built panel (npm run build first)', () => {
  it('holds the whole plugin with a valid manifest at its root', () => {
    const outFile = join(scratch, 'cliprelay.ccx');
    execFileSync(process.execPath, [resolve(root, 'tools/package-ccx.mjs'), '--source', distUxp, '--out', outFile]);
    const entries = readZip(readFileSync(outFile));
    const names = entries.map((entry) => entry.name);
    expect(names[0]).toBe('manifest.json');
    for (const name of ['index.html', 'index.js', 'icons/panel-dark.png', 'icons/plugin@2x.png']) expect(names).toContain(name);
    expect(names.some((name) => name.endsWith('.map'))).toBe(false);
    const manifest = manifestSchema.parse(JSON.parse(entries[0]!.data.toString('utf8')));
    expect(manifest.version).toBe((JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }).version);
    expect(manifest.host.minVersion).toBe('25.6.0');
    // The packaged files are exactly the built ones.
    for (const entry of entries) expect(entry.data.equals(readFileSync(join(distUxp, entry.name))), entry.name).toBe(true);
  });

  // .ci/run installs unzip where it is missing: a second, independent ZIP reader.
  it('is a ZIP that Info-ZIP unzip lists and tests too', () => {
    const outFile = join(scratch, 'cliprelay.ccx');
    packageCcx({ sourceDir: distUxp, outFile });
    expect(execFileSync('unzip', ['-l', outFile], { encoding: 'utf8' })).toMatch(/\bmanifest\.json\n/);
    expect(execFileSync('unzip', ['-tq', outFile], { encoding: 'utf8' })).toMatch(/No errors detected/);
  });
});
