#!/usr/bin/env node
// The `cliprelay` command: runs the CLI bundle that `npm run build` writes (`npm install` runs it
// once, through `prepare`). It never builds by itself: a 20–30 s webpack run hidden behind a
// command looks like a hang. Instead it says in one line what to run:
//   - no bundle: exit 2 with the build command;
//   - a bundle older than a file under src/ (a pull or an edit since the build): one warning line on
//     stderr, then the old bundle runs, so a quick `--help` or `jobs` still answers at once.
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join, relative } = require('node:path');

const root = join(__dirname, '..');
const bundle = join(root, 'dist', 'node', 'cli.cjs');
const buildCommand = `npm --prefix ${JSON.stringify(root)} run build`;

if (!existsSync(bundle)) {
  process.stderr.write(`cliprelay: the CLI is not built yet (no dist/node/cli.cjs); build it once with: ${buildCommand}\n`);
  process.exit(2);
}

/** The newest file under `directory` changed after `sinceMs`, or undefined; cheap (a few hundred stats). */
function changedSince(directory, sinceMs) {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return undefined; // an installed package may ship without src/
  }
  for (const entry of entries) {
    const path = join(directory, entry.name);
    const found = entry.isDirectory() ? changedSince(path, sinceMs) : statSync(path).mtimeMs > sinceMs ? path : undefined;
    if (found != null) return found;
  }
  return undefined;
}

const changed = changedSince(join(root, 'src'), statSync(bundle).mtimeMs);
if (changed != null) {
  process.stderr.write(
    `cliprelay: warning: the CLI bundle is older than ${relative(root, changed)}; running the old build. Rebuild with: ${buildCommand}\n`,
  );
}
require(bundle);
