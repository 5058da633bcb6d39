import type { ModelChoice, PanelServices, ProviderChoice } from '../panel-services';
import { offeredProviderChoices } from './offered-provider-choices';
import { nothingOfferedWords, replacedModelWords } from './retired-model-words';
import { SOURCE_MESSAGES, type FormMessages } from './source-messages';

/** The provider and model the Generate form shows for a draft, among those offered today. */
export interface SelectedModel {
  /** Providers with at least one model still offered (retired models left out). */
  readonly providers: readonly ProviderChoice[];
  /** The draft's provider, or the first offered when the draft names none offered. */
  readonly provider: ProviderChoice | undefined;
  /** The draft's model, or the provider's first when the draft's is not offered (retired). */
  readonly model: ModelChoice | undefined;
  /** Why nothing is offered, or why the draft's model was replaced; undefined when neither. */
  readonly offerNotice: string | undefined;
}

/**
 * Retired models are never offered; a job reused from history that names one falls back to the
 * provider's first model here, and `offerNotice` says so.
 */
export function selectedModel(
  services: Pick<PanelServices, 'providers' | 'catalog' | 'now'>,
  draft: { readonly providerId: string; readonly modelId: string },
  messages: Pick<FormMessages, 't'> = SOURCE_MESSAGES,
): SelectedModel {
  const nowMs = services.now();
  const providers = offeredProviderChoices(services.providers, services.catalog, nowMs, messages);
  const provider = providers.find((choice) => choice.id === draft.providerId) ?? providers[0];
  const model = provider?.models.find((choice) => choice.id === draft.modelId) ?? provider?.models[0];
  const offerNotice =
    providers.length === 0
      ? nothingOfferedWords(
          services.catalog,
          services.providers.map((choice) => choice.id),
          nowMs,
          messages,
        )
      : model?.id === draft.modelId
        ? undefined
        : replacedModelWords(services.catalog, draft.modelId, nowMs, messages);
  return { providers, provider, model, offerNotice };
}
