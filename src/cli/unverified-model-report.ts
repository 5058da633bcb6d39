import type { ModelCheck } from './check-catalog-models';

/** What `models --check` settled about one entry the catalog marks unverified. */
interface UnverifiedModelOutcome {
  readonly provider: string;
  readonly model: string;
  /**
   * `confirmed by listing`: the provider's own model list names it. Anything else leaves it
   * unconfirmed, and `reason` says why and what would settle it.
   */
  readonly outcome: 'confirmed by listing' | 'not listed' | 'not checkable' | 'not checked' | 'listing failed';
  readonly reason: string;
}

interface UnverifiedModelReport {
  readonly confirmed: readonly UnverifiedModelOutcome[];
  readonly unconfirmed: readonly UnverifiedModelOutcome[];
}

/**
 * The unverified entries among the checks (catalog `verified: false`, e.g. an id only third parties
 * report), split into those the provider's listing confirmed and those still unconfirmed, each with
 * its reason. Retired entries are left out: nothing offers them, so there is nothing to confirm.
 */
export function reportUnverifiedModels(checks: readonly ModelCheck[]): UnverifiedModelReport {
  const outcomes = checks.filter((check) => !check.catalogVerified && check.catalogStatus !== 'retired').map(outcomeOf);
  return {
    confirmed: outcomes.filter((entry) => entry.outcome === 'confirmed by listing'),
    unconfirmed: outcomes.filter((entry) => entry.outcome !== 'confirmed by listing'),
  };
}

function outcomeOf(check: ModelCheck): UnverifiedModelOutcome {
  const base = { provider: check.provider, model: check.model };
  switch (check.result) {
    case 'served':
      return { ...base, outcome: 'confirmed by listing', reason: 'the provider lists this id' };
    case 'not-served':
      return { ...base, outcome: 'not listed', reason: 'the provider does not list this id: the catalog\u2019s guess is likely wrong' };
    case 'not-checkable':
      return {
        ...base,
        outcome: 'not checkable',
        reason: `${check.detail ?? 'the provider offers no model listing'}; one generation with this model settles it`,
      };
    case 'not-configured':
      return {
        ...base,
        outcome: 'not checked',
        reason: `no credentials (${check.detail ?? 'set the provider\u2019s key'}) to ask its listing`,
      };
    case 'listing-failed':
      return { ...base, outcome: 'listing failed', reason: check.detail ?? 'the listing call failed' };
  }
}
