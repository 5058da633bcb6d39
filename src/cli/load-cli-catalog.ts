import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadBuiltinCatalog, parseCatalog, type ModelCatalog } from '../providers/catalog';
import type { CliIo } from './cli-io';
import { CliUsageError } from './cli-usage-error';

/**
 * The catalog a command uses: `--catalog FILE|URL`, else $CLIPRELAY_CATALOG, else the built-in
 * one. A newer catalog follows model churn (new ids, retired ones, prices) without a release.
 */
export async function loadCliCatalog(flag: string | undefined, io: CliIo): Promise<ModelCatalog> {
  const source = flag ?? io.env.CLIPRELAY_CATALOG;
  if (source == null || source === '') return loadBuiltinCatalog();
  if (/^https?:\/\//.test(source)) {
    const response = await (io.fetch ?? fetch)(source).catch((error: unknown) => {
      throw new CliUsageError(`cannot fetch the catalog ${source}: ${(error as Error).message}`);
    });
    if (!response.ok) throw new CliUsageError(`cannot fetch the catalog ${source}: HTTP ${response.status}`);
    return parseCatalog(await response.text(), source);
  }
  const path = resolve(io.cwd, source);
  const text = await readFile(path, 'utf8').catch(() => {
    throw new CliUsageError(`cannot read the catalog file ${path}`);
  });
  return parseCatalog(text, path);
}
