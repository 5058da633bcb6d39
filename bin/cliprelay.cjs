#!/usr/bin/env node
// The `cliprelay` command: runs the bundled CLI that `npm run build` (also run by `npm install`) writes.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'node', 'cli.cjs');
if (!existsSync(bundle)) {
  process.stderr.write('cliprelay: not built yet. Run `npm run build` in the ClipRelay folder, then try again.\n');
  process.exit(2);
}
require(bundle);
