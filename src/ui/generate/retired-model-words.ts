import { findCatalogModel, type CatalogModel, type ModelCatalog } from '../../providers/catalog';
import { nothingOfferedMessage, retiredModelNotice } from '../../workflows/model-offer';
import type { FormMessages } from './source-messages';

/**
 * The Generate tab's retirement notices in the editor's language. Whether a notice is due stays the workflow's
 * decision (`nothingOfferedMessage`, `retiredModelNotice`, which word it in English for the CLI); these only word
 * it from the catalog: when the model ended, the catalog's note (English catalog data), and what to use instead.
 */
export function nothingOfferedWords(
  catalog: ModelCatalog,
  providerIds: readonly string[],
  nowMs: number,
  messages: Pick<FormMessages, 't'>,
): string | undefined {
  if (nothingOfferedMessage(catalog, providerIds, nowMs) == null) return undefined;
  // The model the workflow names: the first of these providers' models (all retired).
  const retired = catalog.models.find((model) => providerIds.includes(model.provider));
  return retired == null ? undefined : messages.t('generate.nothingOffered', { reason: retiredModelWords(retired, catalog, messages) });
}

/** Why a draft's model (a job reused from history) was replaced: its retirement; undefined for an offered model. */
export function replacedModelWords(
  catalog: ModelCatalog,
  modelId: string,
  nowMs: number,
  messages: Pick<FormMessages, 't'>,
): string | undefined {
  const model = findCatalogModel(catalog, modelId);
  if (model == null || retiredModelNotice(catalog, modelId, nowMs) == null) return undefined;
  return retiredModelWords(model, catalog, messages);
}

/** "Sora 2 (openai sora-2) was retired on 2026-09-24 (…). Use Kling 3.0 (kling kling-v3) instead." */
function retiredModelWords(model: CatalogModel, catalog: ModelCatalog, { t }: Pick<FormMessages, 't'>): string {
  const lifecycle = model.lifecycle;
  const named = { model: model.displayName, provider: model.provider, id: model.id };
  const note = lifecycle?.note?.replace(/\.$/, '');
  const date = lifecycle?.retiredOn;
  const ended =
    date == null
      ? note == null
        ? t('generate.modelRetired', named)
        : t('generate.modelRetiredWithNote', { ...named, note })
      : note == null
        ? t('generate.modelRetiredOn', { ...named, date })
        : t('generate.modelRetiredOnWithNote', { ...named, date, note });
  const replacement = lifecycle?.replacement;
  const known =
    replacement == null
      ? undefined
      : catalog.models.find((candidate) => candidate.id === replacement.model && candidate.provider === replacement.provider);
  const advice =
    replacement == null
      ? t('generate.pickAnotherModel')
      : t('generate.useReplacement', {
          model: known?.displayName ?? replacement.model,
          provider: replacement.provider,
          id: replacement.model,
        });
  return t('generate.twoSentences', { first: ended, second: advice });
}
