import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli';
import { catalogVersion } from '../../src/workflows/jobs/catalog-version';
import { loadBuiltinCatalog } from '../../src/providers/catalog';
import { captureCliIo } from '../support/capture-cli-io';

const PACKAGE_VERSION = (JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string }).version;

describe('cliprelay --version', () => {
  it.each([['--version'], ['-V']])('%s prints the package version and the built-in catalog hash jobs record, exit 0', async (flag) => {
    const io = captureCliIo(__dirname);
    expect(await runCli([flag], io)).toBe(0);
    expect(io.out.join('')).toBe(`cliprelay ${PACKAGE_VERSION} (built-in catalog ${catalogVersion(loadBuiltinCatalog())})\n`);
    expect(io.err).toEqual([]);
  });

  it('names a catalog set by $CLIPRELAY_CATALOG without reading it (offline, even for a URL)', async () => {
    const io = captureCliIo(__dirname, { CLIPRELAY_CATALOG: 'https://catalog.invalid/models.json' });
    expect(await runCli(['--version'], io)).toBe(0);
    expect(io.out.join('')).toMatch(/; commands use \$CLIPRELAY_CATALOG instead: https:\/\/catalog\.invalid\/models\.json\)\n$/);
  });
});
