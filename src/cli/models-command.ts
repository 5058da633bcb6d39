import type { CatalogModel } from '../providers/catalog';
import { EXIT_OK, type CliIo } from './cli-io';
import { loadCliCatalog } from './load-cli-catalog';
import { parseCommandArgs } from './parse-cli-args';

/** `cliprelay models`: the catalog as a table, or as JSON with --json. */
export async function runModelsCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const flags = parseCommandArgs('models', argv, {
    json: { type: 'boolean' },
    provider: { type: 'string' },
    catalog: { type: 'string' },
  });
  const catalog = await loadCliCatalog(flags.catalog, io);
  const models = catalog.models.filter((model) => flags.provider == null || model.provider === flags.provider);
  if (flags.json === true) {
    io.stdout.write(`${JSON.stringify({ models })}\n`);
    return EXIT_OK;
  }
  const rows = [['PROVIDER', 'MODEL', 'NAME', 'SECONDS', 'ASPECT', 'AUDIO', 'USD/S'], ...models.map(row)];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((cells) => cells[column]!.length)));
  for (const cells of rows) io.stdout.write(`${cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()}\n`);
  return EXIT_OK;
}

function row(model: CatalogModel): string[] {
  const seconds = model.durationsSeconds;
  const isRun = seconds.length > 2 && seconds.every((value, index) => value === seconds[0]! + index);
  return [
    model.provider,
    model.id,
    model.displayName,
    isRun ? `${seconds[0]}-${seconds[seconds.length - 1]}` : seconds.join(','),
    model.aspectRatios.join(','),
    model.audio,
    model.pricePerSecondUsd.toFixed(3),
  ];
}
