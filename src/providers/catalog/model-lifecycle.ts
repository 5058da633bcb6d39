import type { CatalogModel, ModelCatalog } from './model-catalog-schema';

export type EffectiveModelStatus = 'live' | 'preview' | 'deprecated' | 'retired';

/** Today as the catalog writes days ("2026-12-06"), in UTC: vendors announce shutdowns by UTC day. */
export function isoDay(nowMs: number): string {
  return new Date(nowMs).toISOString().slice(0, 10);
}

/**
 * The status that holds on `today`: the catalog's own, except that a model whose `retiredOn` day
 * has come is retired even if the catalog still calls it deprecated — a shipped catalog must not
 * keep offering a model after the vendor's announced end. A model without lifecycle data (a newer
 * catalog from `--catalog`) counts as live.
 */
export function effectiveModelStatus(model: CatalogModel, today: string): EffectiveModelStatus {
  const lifecycle = model.lifecycle;
  if (lifecycle == null) return 'live';
  if (lifecycle.status !== 'retired' && lifecycle.retiredOn != null && lifecycle.retiredOn <= today) return 'retired';
  return lifecycle.status;
}

/** Whether the panel and the CLI offer the model: everything not retired. */
export function isModelOffered(model: CatalogModel, today: string): boolean {
  return effectiveModelStatus(model, today) !== 'retired';
}

/** The catalog's models that are offered on `today`, in catalog order. */
export function offeredModels(catalog: ModelCatalog, today: string): CatalogModel[] {
  return catalog.models.filter((model) => isModelOffered(model, today));
}

/**
 * One sentence for a request naming a retired model: when it ended, why, and what to pick
 * instead (by name, id and provider, since the replacement may live on another provider).
 */
export function retiredModelMessage(model: CatalogModel, catalog: ModelCatalog): string {
  const lifecycle = model.lifecycle;
  const when = lifecycle?.retiredOn == null ? 'has been retired' : `was retired on ${lifecycle.retiredOn}`;
  const note = lifecycle?.note == null ? '' : ` (${lifecycle.note.replace(/\.$/, '')})`;
  return `${model.displayName} (${model.provider} ${model.id}) ${when}${note}. ${replacementAdvice(model, catalog)}`;
}

/** "Use Veo 3.1 (Vertex AI) — google-vertex veo-3.1-generate-001 — instead." or a plain "Pick another model." */
function replacementAdvice(model: CatalogModel, catalog: ModelCatalog): string {
  const replacement = model.lifecycle?.replacement;
  if (replacement == null) return 'Pick another model.';
  const known = catalog.models.find((candidate) => candidate.id === replacement.model && candidate.provider === replacement.provider);
  const name = known == null ? replacement.model : known.displayName;
  return `Use ${name} (${replacement.provider} ${replacement.model}) instead.`;
}

/**
 * Offered models of the same family on other providers, e.g. for a Gemini API Veo 3.1 id: Vertex
 * `veo-3.1-generate-001`, Runway `veo3.1`, fal `fal-ai/veo3.1`. `providerIds` narrows them to the
 * providers the user has configured.
 */
export function familyAlternatives(
  model: CatalogModel,
  catalog: ModelCatalog,
  today: string,
  providerIds?: readonly string[],
): CatalogModel[] {
  const family = model.family;
  if (family == null) return [];
  return offeredModels(catalog, today).filter(
    (candidate) =>
      candidate.family === family && candidate.id !== model.id && (providerIds == null || providerIds.includes(candidate.provider)),
  );
}
