import { findCatalogModel } from '../../providers/catalog';
import { useEffect, useState } from 'react';
import { clampDuration } from '../../domain/format/clamp-duration';
import { closestAspectRatio } from '../../domain/format/closest-aspect-ratio';
import type { SequenceSnapshot } from '../../hosts/spec';
import { useMessages } from '../i18n/use-messages';
import type { PanelServices } from '../panel-services';
import type { GenerateDraft } from './generate-draft';
import { selectedModel, type SelectedModel } from './selected-model';

interface ModelOptions extends SelectedModel {
  /** The resolution field's value: the draft's when the model offers it, else "" (the model's default). */
  readonly resolutionValue: string;
  /** How many shots the model takes in one clip (a catalog capability); undefined when it takes no shot list. */
  readonly maxShots: number | undefined;
  /** The model's prompt limit in characters (a catalog field); undefined when the catalog sets none. */
  readonly maxPromptChars: number | undefined;
  readonly pickProvider: (providerId: string) => void;
  readonly pickModel: (modelId: string) => void;
  readonly pickAspect: (aspectRatio: string) => void;
}

/**
 * The Generate form's model and its options: which provider and model are shown, and how the
 * draft follows a change of either (the duration stays when the new model offers it). The aspect
 * follows the sequence frame (vertical sequence → 9:16) until the editor picks one.
 */
export function useModelOptions(
  services: Pick<PanelServices, 'providers' | 'catalog' | 'now'>,
  draft: GenerateDraft,
  onDraftChange: (draft: GenerateDraft) => void,
  sequence: SequenceSnapshot | null,
): ModelOptions {
  const messages = useMessages();
  const selection = selectedModel(services, draft, messages);
  const { providers, provider, model } = selection;

  const catalogEntry = model == null ? undefined : findCatalogModel(services.catalog, model.id);

  const [aspectChosen, setAspectChosen] = useState(false);
  useEffect(() => {
    if (aspectChosen || sequence == null || model == null) return;
    const fitting = closestAspectRatio(sequence.frameWidth, sequence.frameHeight, model.aspectRatios);
    if (fitting != null && fitting !== draft.aspectRatio) onDraftChange({ ...draft, aspectRatio: fitting });
  }, [aspectChosen, sequence, model, draft, onDraftChange]);

  return {
    ...selection,
    resolutionValue: model?.resolutions?.includes(draft.resolution) === true ? draft.resolution : '',
    // Shot lists and prompt limits are catalog capabilities (Kling 3.0: up to 6 shots); ModelChoice does not carry them.
    maxShots: catalogEntry?.multiShot?.maxShots,
    maxPromptChars: catalogEntry?.maxPromptChars,
    pickProvider: (providerId) => {
      const nextModel = providers.find((choice) => choice.id === providerId)?.models[0];
      onDraftChange({
        ...draft,
        providerId,
        modelId: nextModel?.id ?? '',
        durationSeconds: clampDuration(nextModel, draft.durationSeconds),
      });
    },
    pickModel: (modelId) => {
      const nextModel = provider?.models.find((choice) => choice.id === modelId);
      onDraftChange({ ...draft, modelId, durationSeconds: clampDuration(nextModel, draft.durationSeconds) });
    },
    pickAspect: (aspectRatio) => {
      setAspectChosen(true);
      onDraftChange({ ...draft, aspectRatio });
    },
  };
}
