import type { ModelCatalog } from '../../providers/catalog';
import { modelOffer } from '../../workflows/model-offer';
import type { ModelChoice, ProviderChoice } from '../panel-services';

/**
 * The providers and models the Generate tab offers: retired models left out, and a provider left
 * out when none of its models remains (OpenAI since the Sora API shut down). A deprecated model
 * stays, its name saying so.
 */
export function offeredProviderChoices(providers: readonly ProviderChoice[], catalog: ModelCatalog, nowMs: number): ProviderChoice[] {
  return providers.flatMap((provider) => {
    const models = provider.models.flatMap((model): ModelChoice[] => {
      const offer = modelOffer(catalog, model.id, nowMs);
      if (!offer.offered) return [];
      if (offer.status !== 'deprecated') return [model];
      return [{ ...model, displayName: `${model.displayName} (deprecated${offer.endsOn == null ? '' : `, ends ${offer.endsOn}`})` }];
    });
    return models.length === 0 ? [] : [{ ...provider, models }];
  });
}
