#!/usr/bin/env node
// Where the bytes of a built bundle come from: `node tools/bundle-report.mjs [dist/uxp/index.js] [--depth=N] [--top=N]`.
// Reads the bundle's source map and charges every generated character to the source file it was mapped from, then
// groups files (npm packages by package name, our code by src/<layer>/<folder> up to --depth). The gzip column
// compresses each group's characters on their own, so it over-counts a little (no shared dictionary across groups);
// use it to rank, and measure the real saving with a build.
// source-map-js comes with webpack's toolchain (it is in node_modules through postcss/css-loader); no extra install.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const args = process.argv.slice(2);
const option = (name, fallback) => Number(args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const bundlePath = args.find((arg) => !arg.startsWith('--')) ?? 'dist/uxp/index.js';
const depth = option('depth', 2);
const top = option('top', 40);

const code = readFileSync(bundlePath, 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(`${bundlePath}.map`, 'utf8')));

/** The group a source belongs to: `react-dom`, `@spectrum-web-components/theme`, `src/providers/kling`. */
function groupOf(source) {
  const path = source.replace(/^webpack:\/\/[^/]*\//, '').replace(/^\.\//, '');
  const inModules = path.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const parts = path.slice(inModules + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (path.startsWith('src/'))
    return path
      .split('/')
      .slice(0, depth + 1)
      .join('/')
      .replace(/\.[jt]sx?$/, '');
  return path.startsWith('webpack/') ? '(webpack runtime)' : path;
}

// Line starts, so a mapping's (line, column) becomes an offset into the code.
const lineStarts = [0];
for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) === 10) lineStarts.push(i + 1);

const mappings = [];
map.eachMapping((m) => mappings.push({ offset: lineStarts[m.generatedLine - 1] + m.generatedColumn, source: m.source }));
mappings.sort((a, b) => a.offset - b.offset);

// Each mapping owns the characters up to the next one; characters before the first or from no source are unmapped.
const chunks = new Map();
const charge = (group, from, to) => {
  if (to <= from) return;
  const list = chunks.get(group) ?? [];
  list.push(code.slice(from, to));
  chunks.set(group, list);
};
charge('(unmapped)', 0, mappings[0]?.offset ?? code.length);
mappings.forEach((m, i) => charge(m.source == null ? '(unmapped)' : groupOf(m.source), m.offset, mappings[i + 1]?.offset ?? code.length));

const rows = [...chunks].map(([group, list]) => {
  const text = list.join('');
  return { group, bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text, { level: 9 }).length };
});
rows.sort((a, b) => b.bytes - a.bytes);

const kib = (bytes) => (bytes / 1024).toFixed(1).padStart(7);
const total = Buffer.byteLength(code);
console.log(`${bundlePath}: ${kib(total).trim()} KiB minified, ${kib(gzipSync(code, { level: 9 }).length).trim()} KiB gzip`);
console.log(`${'minified'.padStart(7)} ${'gzip*'.padStart(7)}  group`);
for (const row of rows.slice(0, top)) console.log(`${kib(row.bytes)} ${kib(row.gzipBytes)}  ${row.group}`);
if (rows.length > top) console.log(`… ${rows.length - top} more groups (--top=N)`);
console.log('* each group gzipped alone: a ranking, not an exact saving');
