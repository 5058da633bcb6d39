import { effectiveModelStatus, findCatalogModel, isoDay, type EffectiveModelStatus, type ModelCatalog } from '../providers/catalog';

/** How the panel may offer a model on a given day. */
export interface ModelOffer {
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
