import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadBuiltinCatalog } from '../providers/catalog';
import { catalogVersion } from '../workflows/jobs/catalog-version';
import { escapeForTerminal, type CliIo } from './cli-io';

/**
 * The `cliprelay --version` line: the package version, and the built-in catalog's content hash —
 * the same value every job records as `catalogVersion`, so a bug report and a ledger entry can be
 * matched. A catalog named by $CLIPRELAY_CATALOG is mentioned, not read: --version stays offline.
 */
export function versionText(env: CliIo['env']): string {
  const override = env.CLIPRELAY_CATALOG;
  const catalog = `built-in catalog ${catalogVersion(loadBuiltinCatalog())}`;
  const overridden = override == null || override === '' ? '' : `; commands use $CLIPRELAY_CATALOG instead: ${escapeForTerminal(override)}`;
  return `cliprelay ${packageVersion()} (${catalog}${overridden})\n`;
}

/**
 * The version in ClipRelay's package.json, read at run time (src/ may not import files outside it):
 * two folders up from this module in the tests (src/cli/) and from the bundle (dist/node/).
 */
function packageVersion(): string {
  for (let directory = __dirname, depth = 0; depth < 4; depth++, directory = dirname(directory)) {
    try {
      const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (manifest.name === 'cliprelay' && typeof manifest.version === 'string') return manifest.version;
    } catch {
      // No package.json here (or not ours): look one folder up.
    }
  }
  return '(version unknown)';
}
