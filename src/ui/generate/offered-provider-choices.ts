import type { ModelCatalog } from '../../providers/catalog';
import { modelOffer } from '../../workflows/model-offer';
import type { ModelChoice, ProviderChoice } from '../panel-services';
import { SOURCE_MESSAGES, type FormMessages } from './source-messages';

/**
 * The providers and models the Generate tab offers: retired models left out, and a provider left
 * out when none of its models remains (OpenAI since the Sora API shut down). A deprecated model
 * stays, its name saying so.
 */
export function offeredProviderChoices(
  providers: readonly ProviderChoice[],
  catalog: ModelCatalog,
  nowMs: number,
  messages: Pick<FormMessages, 't'> = SOURCE_MESSAGES,
): ProviderChoice[] {
  return providers.flatMap((provider) => {
    const models = provider.models.flatMap((model): ModelChoice[] => {
      const offer = modelOffer(catalog, model.id, nowMs);
      if (!offer.offered) return [];
      if (offer.status !== 'deprecated') return [model];
      // The end date stays ISO (2026-12-31): the catalog's own form, read the same in every language.
      const displayName =
        offer.endsOn == null
          ? messages.t('generate.modelDeprecated', { model: model.displayName })
          : messages.t('generate.modelDeprecatedEnds', { model: model.displayName, date: offer.endsOn });
      return [{ ...model, displayName }];
    });
    return models.length === 0 ? [] : [{ ...provider, models }];
  });
}
