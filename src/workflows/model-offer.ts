import {
  effectiveModelStatus,
  findCatalogModel,
  isoDay,
  retiredModelMessage,
  type EffectiveModelStatus,
  type ModelCatalog,
} from '../providers/catalog';

/** How the panel may offer a model on a given day. */
interface ModelOffer {
  readonly offered: boolean;
  readonly status: EffectiveModelStatus;
  /** For a deprecated model: the day it stops, when known. */
  readonly endsOn?: string;
}

/**
 * Whether the panel offers this model now: everything the catalog does not call retired (a
 * deprecated model whose end day has come counts as retired). A model the catalog does not know
 * is offered as live: the request check will name the problem.
 */
export function modelOffer(catalog: ModelCatalog, modelId: string, nowMs: number): ModelOffer {
  const model = findCatalogModel(catalog, modelId);
  if (model == null) return { offered: true, status: 'live' };
  const status = effectiveModelStatus(model, isoDay(nowMs));
  return { offered: status !== 'retired', status, endsOn: status === 'deprecated' ? model.lifecycle?.retiredOn : undefined };
}

/**
 * Why the panel offers nothing to generate with, when every provider it may use (e.g. the only
 * ones an agency pack allows) has only retired models: the first such model's retirement and
 * replacement. Undefined when some provider still offers a model.
 */
export function nothingOfferedMessage(catalog: ModelCatalog, providerIds: readonly string[], nowMs: number): string | undefined {
  const today = isoDay(nowMs);
  const models = catalog.models.filter((model) => providerIds.includes(model.provider));
  if (models.some((model) => effectiveModelStatus(model, today) !== 'retired')) return undefined;
  const retired = models[0];
  return retired == null ? undefined : `No model can be offered: ${retiredModelMessage(retired, catalog)}`;
}

/**
 * For a form that still names a retired model (a job reused from history): its retirement and
 * replacement, so the fallback to another model is not silent. Undefined for an offered model.
 */
export function retiredModelNotice(catalog: ModelCatalog, modelId: string, nowMs: number): string | undefined {
  const model = findCatalogModel(catalog, modelId);
  if (model == null || effectiveModelStatus(model, isoDay(nowMs)) !== 'retired') return undefined;
  return retiredModelMessage(model, catalog);
}
