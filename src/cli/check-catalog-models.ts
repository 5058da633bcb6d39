import { missingCredentials, PROVIDER_REGISTRATIONS } from '../providers/registry';
import { effectiveModelStatus, type EffectiveModelStatus, type ModelCatalog } from '../providers/catalog';
import type { FetchFunction } from '../providers/http';
import { describeError } from '../shared/app-error';
import { baseUrlFromEnv, credentialsFromEnv } from './provider-base-url-env';

/** What a provider's own listing says about one catalog entry. */
type ModelCheckResult =
  /** Listed by the provider. */
  | 'served'
  /** Not listed: the provider no longer serves it (for a retired entry, the catalog is confirmed). */
  | 'not-served'
  /** The provider's API offers no listing (Kling, Runway, fal, Vertex AI, ComfyUI). */
  | 'not-checkable'
  /** No credentials for this provider in the environment. */
  | 'not-configured'
  /** The listing call failed; `detail` says why. */
  | 'listing-failed';

export interface ModelCheck {
  readonly provider: string;
  readonly model: string;
  readonly catalogStatus: EffectiveModelStatus;
  /** The catalog's own certainty (lifecycle.verified); false: only third parties or inference say so. */
  readonly catalogVerified: boolean;
  readonly result: ModelCheckResult;
  readonly detail?: string;
}

/**
 * Asks every provider configured in the environment (its required credentials set, as README's
 * CLI section lists them) for its own model list, where its API has one, and compares it with the
 * catalog. This is how a user's machine settles what the catalog could only grade as a
 * third-party report (e.g. the Gemini API's Veo preview shutdown).
 */
export async function checkCatalogModels(input: {
  readonly catalog: ModelCatalog;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly fetch?: FetchFunction;
  readonly today: string;
  readonly providerIds?: readonly string[];
  readonly signal?: AbortSignal;
}): Promise<ModelCheck[]> {
  const checks: ModelCheck[] = [];
  for (const registration of PROVIDER_REGISTRATIONS) {
    const entries = input.catalog.models.filter((model) => model.provider === registration.id);
    if (entries.length === 0 || (input.providerIds != null && !input.providerIds.includes(registration.id))) continue;
    const record = (result: ModelCheckResult, detail?: string, listed?: readonly string[]) => {
      for (const entry of entries) {
        // A listing names the provider's own ids (the catalog's wireModelId where it differs).
        const outcome = listed == null ? result : listed.includes(entry.wireModelId ?? entry.id) ? 'served' : 'not-served';
        checks.push({
          provider: entry.provider,
          model: entry.id,
          catalogStatus: effectiveModelStatus(entry, input.today),
          // An entry without a lifecycle (a newer catalog may leave it out) claims nothing: unverified.
          catalogVerified: entry.lifecycle?.verified === true,
          result: outcome,
          detail,
        });
      }
    };
    const missing = missingCredentials(registration, input.env);
    if (missing.length > 0) {
      record('not-configured', `set ${missing.join(' and ')}`);
      continue;
    }
    const credentials = credentialsFromEnv(registration, input.env);
    let provider;
    try {
      provider = registration.create({ credentials, baseUrl: baseUrlFromEnv(input.env, registration.id), fetch: input.fetch });
    } catch (error) {
      record('listing-failed', describeError(error));
      continue;
    }
    if (provider.listAvailableModels == null) {
      record('not-checkable', `${registration.displayName} offers no model listing`);
      continue;
    }
    try {
      record('served', undefined, await provider.listAvailableModels({ signal: input.signal }));
    } catch (error) {
      record('listing-failed', describeError(error));
    }
  }
  return checks;
}

/** An offered entry its provider does not list: the catalog is out of date on this machine. */
export function isStaleEntry(check: ModelCheck): boolean {
  return check.result === 'not-served' && check.catalogStatus !== 'retired';
}
