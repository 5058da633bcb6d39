import type { ModelCatalog } from '../../providers/catalog';
import { useMessages } from '../i18n/use-messages';
import type { ModelChoice, ProviderChoice } from '../panel-services';
import { SpectrumPicker } from '../spectrum/spectrum-picker';
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
  const messages = useMessages();
  const { t } = messages;
  return (
    <>
      <div className="row wrap">
        <SpectrumPicker
          label={t('generate.provider')}
          name="provider"
          value={provider?.id ?? ''}
          options={providers.map((choice) => ({ value: choice.id, label: choice.displayName }))}
          onChange={onProviderChange}
        />
        <SpectrumPicker
          label={t('generate.model')}
          name="model"
          value={model?.id ?? ''}
          options={(provider?.models ?? []).map((choice) => ({
            value: choice.id,
            label: modelOptionLabel(choice.displayName, modelCertainty(catalog, choice.id), messages),
          }))}
          onChange={onModelChange}
        />
      </div>
      {model == null ? null : <UnverifiedModelNote modelName={model.displayName} certainty={modelCertainty(catalog, model.id)} />}
    </>
  );
}
