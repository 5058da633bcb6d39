#!/usr/bin/env node
// Packages the built UXP plugin (dist/uxp) as dist/cliprelay.ccx: a plain ZIP with manifest.json at
// its root, which Creative Cloud installs on double-click and UnifiedPluginInstallerAgent installs from
// the command line (research/premiere-uxp.md §4.7). No signing is needed for .ccx.
//
// Usage: npm run build && node tools/package-ccx.mjs [--source dist/uxp] [--out dist/cliprelay.ccx] [--with-source-maps]
//
// Written with node:zlib (deflateRaw) and a small ZIP writer, so packaging needs no dependency.
// Entries are sorted and stamped with a fixed time, so the same build always gives the same bytes.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const ZIP_LIMIT_BYTES = 0xffffffff;
/** 1980-01-01 00:00:00, the DOS epoch: a fixed stamp keeps packages reproducible. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
/** General purpose flag bit 11: file names are UTF-8. */
const UTF8_FLAG = 0x0800;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as ZIP uses it (zlib.crc32 where Node has it, ≥ 20.15). */
export function crc32(bytes) {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(bytes) >>> 0;
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * A ZIP archive of `entries` ({ name, data }) in the given order: deflated, or stored when deflate
 * does not make an entry smaller. No ZIP64: a UXP plugin is far below 4 GiB.
 */
export function writeZip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = zlib.deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? Buffer.from(data) : deflated;
    if (data.length > ZIP_LIMIT_BYTES || offset > ZIP_LIMIT_BYTES) throw new Error(`${name}: too large for a ZIP without ZIP64`);
    const crc = crc32(data);
    const method = stored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8_FLAG, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, spec 2.0 — so the permissions below apply
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(UTF8_FLAG, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function filesUnder(directory) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** Why a folder cannot be packaged, or an empty list. */
export function checkPluginFolder(sourceDir) {
  const problems = [];
  const manifestPath = join(sourceDir, 'manifest.json');
  if (!existsSync(manifestPath)) return [`${manifestPath} is missing: run npm run build first`];
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    return [`manifest.json is not JSON: ${error.message}`];
  }
  if (Array.isArray(manifest.host) || manifest.host?.app !== 'premierepro')
    problems.push('manifest host must be one object for premierepro (arrays are for development only)');
  if (typeof manifest.main !== 'string' || !existsSync(join(sourceDir, manifest.main)))
    problems.push(`main file ${manifest.main} is missing`);
  const icons = [...(manifest.icons ?? []), ...(manifest.entrypoints ?? []).flatMap((entry) => entry.icons ?? [])];
  for (const icon of icons) {
    for (const scale of icon.scale ?? [1]) {
      const file = scale === 1 ? icon.path : icon.path.replace(/\.png$/, `@${scale}x.png`);
      if (!existsSync(join(sourceDir, file))) problems.push(`icon ${file} is missing`);
    }
  }
  return problems;
}

/** Packages `sourceDir` into `outFile`; answers the entry names and the archive size. */
export function packageCcx({ sourceDir, outFile, includeSourceMaps = false }) {
  const problems = checkPluginFolder(sourceDir);
  if (problems.length > 0) throw new Error(`Cannot package ${sourceDir}:\n- ${problems.join('\n- ')}`);
  const names = filesUnder(sourceDir)
    .filter((path) => statSync(path).isFile())
    .map((path) => relative(sourceDir, path).split(sep).join('/'))
    // Source maps stay out of the shipped package (size, and the sources with them); UDT debugging loads dist/uxp.
    .filter((name) => includeSourceMaps || !name.endsWith('.map'))
    .filter((name) => !/(^|\/)(\.DS_Store|Thumbs\.db)$/.test(name))
    .sort((a, b) => (a === 'manifest.json' ? -1 : b === 'manifest.json' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const archive = writeZip(names.map((name) => ({ name, data: readFileSync(join(sourceDir, name)) })));
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, archive);
  return { outFile, names, bytes: archive.length };
}

function main(argv) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const option = (flag, fallback) => {
    const index = argv.indexOf(flag);
    return index === -1 ? fallback : resolve(argv[index + 1]);
  };
  const result = packageCcx({
    sourceDir: option('--source', join(root, 'dist/uxp')),
    outFile: option('--out', join(root, 'dist/cliprelay.ccx')),
    includeSourceMaps: argv.includes('--with-source-maps'),
  });
  console.log(`${relative(process.cwd(), result.outFile)}: ${result.names.length} files, ${(result.bytes / 1024).toFixed(1)} KiB`);
}

if (process.argv[1] != null && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exitCode = 1;
  }
}
