import { effectiveModelStatus, retiredModelMessage, type CatalogModel, type ModelCatalog } from '../providers/catalog';
import { PROVIDER_REGISTRATIONS } from '../providers/registry';
import { CliUsageError } from './cli-usage-error';

/**
 * Refuses a --provider value that names no provider, or one whose every model is retired, with the
 * ids that do exist — so a typo or a shut-down API (`--provider sora`, `--provider openai`) is an
 * error that says what to type, never an empty table and exit 0. Known ids are the registered
 * providers plus any a newer `--catalog` brings. `allowRetired` is for listings that show retired
 * models on purpose (`models --all`).
 */
export function assertProviderFlag(
  command: string,
  providerId: string,
  catalog: ModelCatalog,
  today: string,
  options: {
    readonly allowRetired?: boolean;
    /** Appended to the retired-provider message, e.g. how to list them anyway. */ readonly retiredHint?: string;
  } = {},
): void {
  const known = [
    ...new Set([...PROVIDER_REGISTRATIONS.map((registration) => registration.id), ...catalog.models.map((model) => model.provider)]),
  ];
  const models = catalog.models.filter((model) => model.provider === providerId);
  const isRetired = (id: string) => {
    const ofProvider = catalog.models.filter((model) => model.provider === id);
    return ofProvider.length > 0 && ofProvider.every((model) => effectiveModelStatus(model, today) === 'retired');
  };
  const retired = known.filter(isRetired);
  const offered = known.filter((id) => !retired.includes(id));
  const knownList = `Known providers: ${offered.join(', ')}${retired.length === 0 ? '' : `; retired: ${retired.join(', ')}`}.`;

  if (!known.includes(providerId)) throw new CliUsageError(`${command}: unknown provider "${providerId}". ${knownList}`);
  if (models.length === 0) throw new CliUsageError(`${command}: the catalog has no model of provider "${providerId}". ${knownList}`);
  if (options.allowRetired !== true && isRetired(providerId)) {
    const hint = options.retiredHint == null ? '' : ` ${options.retiredHint}`;
    throw new CliUsageError(
      `${command}: provider "${providerId}" is retired: ${retiredModelMessage(lastRetired(models), catalog)}${hint} ${knownList}`,
    );
  }
}

/** The model that ended last: its replacement is the catalog's latest advice for the whole provider. */
function lastRetired(models: readonly CatalogModel[]): CatalogModel {
  return models.reduce((latest, model) => ((model.lifecycle?.retiredOn ?? '') > (latest.lifecycle?.retiredOn ?? '') ? model : latest));
}
