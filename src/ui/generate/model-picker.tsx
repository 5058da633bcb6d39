import type { ModelCatalog } from '../../providers/catalog';
import type { ModelChoice, ProviderChoice } from '../panel-services';
import { modelCertainty, modelOptionLabel } from './model-certainty';
import { UnverifiedModelNote } from './unverified-model-note';

/** Provider and model pickers side by side, with a note under them when the model is unverified. */
export function ModelPicker({
  providers,
  provider,
  model,
  catalog,
  onProviderChange,
  onModelChange,
}: {
  providers: readonly ProviderChoice[];
  provider: ProviderChoice | undefined;
  model: ModelChoice | undefined;
  /** Says which models are verified (the "(unverified)" mark and note). */
  catalog: ModelCatalog;
  onProviderChange: (providerId: string) => void;
  onModelChange: (modelId: string) => void;
}) {
  return (
    <>
      <div className="row wrap">
        <label className="field grow">
          <span>Provider</span>
          <select name="provider" value={provider?.id ?? ''} onChange={(event) => onProviderChange(event.target.value)}>
            {providers.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.displayName}
              </option>
            ))}
          </select>
        </label>
        <label className="field grow">
          <span>Model</span>
          <select name="model" value={model?.id ?? ''} onChange={(event) => onModelChange(event.target.value)}>
            {provider?.models.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {modelOptionLabel(choice.displayName, modelCertainty(catalog, choice.id))}
              </option>
            ))}
          </select>
        </label>
      </div>
      {model == null ? null : <UnverifiedModelNote modelName={model.displayName} certainty={modelCertainty(catalog, model.id)} />}
    </>
  );
}
