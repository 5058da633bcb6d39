import { effectiveModelStatus, isoDay, type CatalogModel } from '../providers/catalog';
import { nodeFetch } from '../platform/node/node-fetch';
import { assertProviderFlag } from './assert-provider-flag';
import { checkCatalogModels, isStaleEntry, type ModelCheck } from './check-catalog-models';
import { EXIT_FAILED, EXIT_OK, type CliIo } from './cli-io';
import { loadCliCatalog } from './load-cli-catalog';
import { parseCommandArgs } from './parse-cli-args';
import { reportUnverifiedModels } from './unverified-model-report';

/**
 * `cliprelay models`: the catalog as a table, or as JSON with --json. Retired models are left out
 * unless --all (they are not offered anywhere). --check asks each configured provider's own model
 * listing and reports entries it no longer serves; exits 1 when an offered entry is not served.
 * The table's VERIFIED column is the catalog's own certainty (lifecycle.verified); --check says which
 * unverified entries a listing confirmed and which remain unconfirmed, and why.
 */
export async function runModelsCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const flags = parseCommandArgs('models', argv, {
    json: { type: 'boolean' },
    all: { type: 'boolean' },
    check: { type: 'boolean' },
    provider: { type: 'string' },
    catalog: { type: 'string' },
  });
  const catalog = await loadCliCatalog(flags.catalog, io);
  const today = isoDay(Date.now());
  if (flags.provider != null) {
    // An unknown id would filter everything out: an empty table and exit 0 would read as "no models".
    assertProviderFlag('models', flags.provider, catalog, today, {
      allowRetired: flags.all === true,
      retiredHint: `\`cliprelay models --all --provider ${flags.provider}\` lists its retired models.`,
    });
  }
  if (flags.check === true) {
    const checks = await checkCatalogModels({
      catalog,
      env: io.env,
      fetch: io.fetch ?? nodeFetch,
      today,
      providerIds: flags.provider == null ? undefined : [flags.provider],
      signal: io.signal,
    });
    writeChecks(checks, flags.json === true, io);
    return checks.some(isStaleEntry) ? EXIT_FAILED : EXIT_OK;
  }

  const models = catalog.models.filter(
    (model) =>
      (flags.provider == null || model.provider === flags.provider) &&
      (flags.all === true || effectiveModelStatus(model, today) !== 'retired'),
  );
  if (flags.json === true) {
    io.stdout.write(`${JSON.stringify({ models })}\n`);
    return EXIT_OK;
  }
  writeTable(
    [
      ['PROVIDER', 'MODEL', 'NAME', 'STATUS', 'SECONDS', 'ASPECT', 'AUDIO', 'USD/S', 'VERIFIED'],
      ...models.map((model) => row(model, today)),
    ],
    io,
  );
  const unverified = models.filter((model) => model.lifecycle?.verified !== true).length;
  if (unverified > 0) {
    io.stdout.write(
      `${unverified} model(s) are unverified: only third parties or our inference vouch for their id or options. \`cliprelay models --check\` confirms them where the provider lists its models.\n`,
    );
  }
  return EXIT_OK;
}

function row(model: CatalogModel, today: string): string[] {
  const seconds = model.durationsSeconds;
  const isRun = seconds.length > 2 && seconds.every((value, index) => value === seconds[0]! + index);
  return [
    model.provider,
    model.id,
    model.displayName,
    describeStatus(model, today),
    isRun ? `${seconds[0]}-${seconds[seconds.length - 1]}` : seconds.join(','),
    model.aspectRatios.join(','),
    model.audio,
    model.pricePerSecondUsd.toFixed(3),
    model.lifecycle?.verified === true ? 'yes' : 'no',
  ];
}

/** "live", "preview", "deprecated→veo3.1", "retired 2026-09-24→kling-v3". */
function describeStatus(model: CatalogModel, today: string): string {
  const status = effectiveModelStatus(model, today);
  const lifecycle = model.lifecycle;
  const date = status === 'retired' && lifecycle?.retiredOn != null ? ` ${lifecycle.retiredOn}` : '';
  const replacement = lifecycle?.replacement == null || status === 'live' || status === 'preview' ? '' : `→${lifecycle.replacement.model}`;
  return `${status}${date}${replacement}`;
}

const CHECK_WORDS: Record<ModelCheck['result'], string> = {
  served: 'served',
  'not-served': 'NOT SERVED',
  'not-checkable': 'not checkable',
  'not-configured': 'not checked',
  'listing-failed': 'listing failed',
};

function writeChecks(checks: readonly ModelCheck[], json: boolean, io: CliIo): void {
  const unverified = reportUnverifiedModels(checks);
  if (json) {
    io.stdout.write(`${JSON.stringify({ checks, unverified })}\n`);
    return;
  }
  const verdict = (check: ModelCheck) => {
    if (check.result === 'not-served' && check.catalogStatus === 'retired') return 'not served (retired, as the catalog says)';
    if (check.result === 'served' && check.catalogStatus === 'retired') return 'served, though the catalog says retired';
    if (check.result === 'served' && !check.catalogVerified) return 'served (confirmed by listing)';
    return CHECK_WORDS[check.result];
  };
  writeTable(
    [
      ['PROVIDER', 'MODEL', 'CATALOG', 'VERIFIED', 'CHECK', 'DETAIL'],
      ...checks.map((check) => [
        check.provider,
        check.model,
        check.catalogStatus,
        check.catalogVerified ? 'yes' : 'no',
        verdict(check),
        check.detail ?? '',
      ]),
    ],
    io,
  );
  if (unverified.confirmed.length > 0) {
    io.stdout.write(
      `Confirmed by listing (${unverified.confirmed.length}): ${unverified.confirmed.map((entry) => `${entry.provider} ${entry.model}`).join(', ')}.\n`,
    );
  }
  if (unverified.unconfirmed.length > 0) {
    io.stdout.write(`Still unconfirmed (${unverified.unconfirmed.length}):\n`);
    for (const entry of unverified.unconfirmed)
      io.stdout.write(`  ${entry.provider} ${entry.model}: ${entry.outcome} \u2014 ${entry.reason}\n`);
  }
  const stale = checks.filter(isStaleEntry);
  if (stale.length > 0) {
    io.stderr.write(
      `${stale.length} offered model(s) are no longer served by their provider: ${stale.map((check) => `${check.provider} ${check.model}`).join(', ')}. A newer catalog (--catalog) or another model is needed.\n`,
    );
  }
}

function writeTable(rows: readonly (readonly string[])[], io: CliIo): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((cells) => cells[column]!.length)));
  for (const cells of rows)
    io.stdout.write(
      `${cells
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd()}\n`,
    );
}
