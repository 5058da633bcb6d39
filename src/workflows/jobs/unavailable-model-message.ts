import { familyAlternatives, findCatalogModel, isoDay, type ModelCatalog } from '../../providers/catalog';

/**
 * The sentence for a job whose model the provider's own listing no longer has: what happened,
 * that nothing was sent, and the same model on the providers the user has set up (e.g. for a
 * Gemini API Veo 3.1 id: Vertex `veo-3.1-generate-001`, Runway `veo3.1`, fal `fal-ai/veo3.1`).
 * Without configured alternatives it names where the model still runs, so the user knows whose
 * key to add.
 */
export function unavailableModelMessage(input: {
  readonly catalog: ModelCatalog;
  readonly providerName: string;
  readonly modelId: string;
  /** Providers with credentials in place. */
  readonly configuredProviderIds: readonly string[];
  /** @default today (UTC) */
  readonly today?: string;
}): string {
  const today = input.today ?? isoDay(Date.now());
  const lead = `${input.providerName} no longer serves model "${input.modelId}" (it is not in the provider's own model list), so nothing was sent.`;
  const model = findCatalogModel(input.catalog, input.modelId);
  if (model == null) return `${lead} Pick another model.`;
  const everywhere = familyAlternatives(model, input.catalog, today);
  const configured = everywhere.filter((candidate) => input.configuredProviderIds.includes(candidate.provider));
  const describe = (candidates: typeof everywhere) =>
    candidates.map((candidate) => `${candidate.displayName} (${candidate.provider} ${candidate.id})`).join(', ');
  if (configured.length > 0) return `${lead} The same model on providers you have set up: ${describe(configured)}.`;
  if (everywhere.length > 0) return `${lead} It is still offered by ${describe(everywhere)}; add that provider's key to use it.`;
  return `${lead} Pick another model.`;
}
