import { findCatalogModel, type ModelCatalog } from '../../providers/catalog';
import { SOURCE_MESSAGES, type FormMessages } from './source-messages';

/** How sure the catalog is of one model: what the Generate tab needs to mark it. */
export interface ModelCertainty {
  /** The vendor itself (docs, changelog, SDK) or a live call confirms the id and options. */
  readonly verified: boolean;
  /** The catalog's one sentence on the model, if any (e.g. what is guessed). */
  readonly note?: string;
}

/**
 * Reads `lifecycle.verified` for a model. A model the catalog does not know, or an entry without a
 * lifecycle (a newer `--catalog` may leave it out), claims nothing and reads as unverified.
 */
export function modelCertainty(catalog: ModelCatalog, modelId: string): ModelCertainty {
  const lifecycle = findCatalogModel(catalog, modelId)?.lifecycle;
  return { verified: lifecycle?.verified === true, note: lifecycle?.note };
}

/** The model picker's label: the name, and "(unverified)" where only third parties vouch for it. */
export function modelOptionLabel(
  displayName: string,
  certainty: ModelCertainty,
  messages: Pick<FormMessages, 't'> = SOURCE_MESSAGES,
): string {
  return certainty.verified ? displayName : messages.t('generate.modelUnverified', { model: displayName });
}
