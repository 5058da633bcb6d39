import { estimateClipCostUsd } from '../../domain/cost/estimate-cost';
import type { PresetPack } from '../../domain/presets';
import type { PanelPreferences } from '../../domain/preferences/panel-preferences';
import { trackRoleChoicesFor } from '../../domain/preferences/sequence-track-roles';
import { spendFromLedger } from '../../workflows/jobs/submit-generation';
import { useMessages } from '../i18n/use-messages';
import type { PanelServices } from '../panel-services';
import { SpectrumButton } from '../spectrum/spectrum-button';
import { ClientTagField } from './client-tag-field';
import { ContinuationNotice } from './continuation-notice';
import { CostPreview } from './cost-preview';
import { FormatFields } from './format-fields';
import type { GenerateDraft } from './generate-draft';
import { GenerateOutcome } from './generate-outcome';
import { describeImport } from './import-preview';
import { ModelPicker } from './model-picker';
import { NativeAudioField } from './native-audio-field';
import { PlacementField } from './placement-field';
import { PromptFields } from './prompt-fields';
import { rememberPrompt } from './prompt-history';
import { PromptHistoryPicker } from './prompt-history-picker';
import { PromptLibrarySearch } from './prompt-library-search';
import { promptLength } from './prompt-length';
import { PromptTemplatePicker } from './prompt-template-picker';
import { ReferenceImageField } from './reference-image-field';
import { ReferenceSourceButtons } from './reference-source-buttons';
import { SeedField } from './seed-field';
import { ShotListEditor } from './shot-list-editor';
import { useClientTag, type ClientTagging } from './use-client-tag';
import { useGenerateAction } from './use-generate-action';
import { useLiveSequence } from './use-live-sequence';
import { useModelOptions } from './use-model-options';
import { useReferenceImagePicker } from './use-reference-image-picker';
import { VariationsField } from './variations-field';

/**
 * Prompt → provider/model → Generate. Each press becomes one job per variation in the ledger; the
 * Jobs tab shows its progress. Before anything is sent the form shows where the clip will land
 * and what it will cost against today's spend and the caps.
 */
export function GenerateTab({
  services,
  preferences,
  draft,
  onDraftChange,
  onSubmitted,
  onRemember,
  clients = null,
  packs = [],
}: {
  services: PanelServices;
  preferences: PanelPreferences;
  draft: GenerateDraft;
  onDraftChange: (draft: GenerateDraft) => void;
  onSubmitted: (jobIds: readonly string[]) => void;
  /** Saves what the form remembers across sessions: the prompt history and where new clips go. */
  onRemember: (patch: Partial<Pick<PanelPreferences, 'promptHistory' | 'newClipPlacement'>>) => void;
  /** How jobs get their client tag (effectivePolicy(...).clients). @default null (the project is the client) */
  clients?: ClientTagging;
  /** The packs in use, for their shared prompt library. @default [] */
  packs?: readonly PresetPack[];
}) {
  const messages = useMessages();
  const { t } = messages;
  const set = (patch: Partial<GenerateDraft>) => onDraftChange({ ...draft, ...patch });
  const { sequence, problem: sequenceProblem, refresh: readSequence } = useLiveSequence(services.host);
  const options = useModelOptions(services, draft, onDraftChange, sequence);
  const { provider, model } = options;
  const image = useReferenceImagePicker(services.pickImage, draft, onDraftChange);

  const costEachUsd =
    model == null
      ? 0
      : estimateClipCostUsd(model, {
          durationSeconds: draft.durationSeconds,
          resolution: draft.resolution === '' ? undefined : draft.resolution,
        });
  // A ledger key, not a label: spend is summed per project name, so it stays the same in every language.
  const projectName = sequence?.name ?? 'Untitled';
  const spent = spendFromLedger(
    services.jobs.ledger.list(),
    projectName,
    services.now(),
    services.jobs.ledger.archivedSpendUsd(projectName),
  );
  // Past the model's limit the form says so and sends nothing (the request check would refuse it too).
  const promptTooLong = promptLength(draft.prompt, options.maxPromptChars, model?.displayName ?? '', messages)?.over === true;
  const client = useClientTag(clients, projectName);
  const [state, run] = useGenerateAction({
    services,
    budget: preferences.budget,
    draft,
    provider,
    model,
    projectName,
    clientTag: client.result,
    onSubmitted: (jobIds) => {
      onRemember({ promptHistory: rememberPrompt(preferences.promptHistory, draft.prompt) });
      onSubmitted(jobIds);
    },
  });

  return (
    <section className="section" id="panel-generate" role="tabpanel" aria-labelledby="tab-generate">
      {draft.continueFrom == null ? null : (
        <ContinuationNotice continuation={draft.continueFrom} onClear={() => set({ continueFrom: undefined })} />
      )}
      <PromptTemplatePicker templates={preferences.promptTemplates} onUse={(prompt) => set({ prompt })} />
      <PromptHistoryPicker history={preferences.promptHistory} onUse={(prompt) => set({ prompt })} />
      <PromptLibrarySearch packs={packs} personal={preferences.promptTemplates} onUse={(prompt) => set({ prompt })} />
      <PromptFields
        prompt={draft.prompt}
        negativePrompt={draft.negativePrompt}
        maxPromptChars={options.maxPromptChars}
        modelName={model?.displayName ?? ''}
        onPromptChange={(prompt) => set({ prompt })}
        onNegativePromptChange={(negativePrompt) => set({ negativePrompt })}
      />
      <ModelPicker
        providers={options.providers}
        provider={provider}
        model={model}
        catalog={services.catalog}
        onProviderChange={options.pickProvider}
        onModelChange={options.pickModel}
      />
      <div className="row wrap">
        <FormatFields
          model={model}
          durationSeconds={draft.durationSeconds}
          aspectRatio={draft.aspectRatio}
          resolutionValue={options.resolutionValue}
          onDurationChange={(durationSeconds) => set({ durationSeconds })}
          onAspectChange={options.pickAspect}
          onResolutionChange={(resolution) => set({ resolution })}
        />
        <SeedField seed={draft.seed} onChange={(seed) => set({ seed })} />
        <VariationsField variations={draft.variations} onChange={(variations) => set({ variations })} />
      </div>
      <NativeAudioField modelAudio={model?.audio} wanted={draft.audio} onChange={(audio) => set({ audio })} />
      <ReferenceImageField
        image={draft.referenceImage}
        imageInput={model?.imageInput}
        onChoose={image.choose}
        onClear={() => set({ referenceImage: null })}
        sources={<ReferenceSourceButtons host={services.host} onImage={(referenceImage) => set({ referenceImage })} />}
      />
      <ShotListEditor
        shots={draft.shots}
        clipSeconds={draft.durationSeconds}
        maxShots={options.maxShots}
        modelName={model?.displayName ?? ''}
        onChange={(shots) => set({ shots })}
      />
      {image.problem == null ? null : (
        <p className="error" role="alert">
          {image.problem}
        </p>
      )}
      {options.offerNotice == null ? null : (
        <p className="error" role="alert" data-testid="offer-notice">
          {options.offerNotice}
        </p>
      )}
      <p className="hint" data-testid="import-preview">
        {sequence == null
          ? (sequenceProblem ?? t('panel.readingSequence'))
          : describeImport(
              sequence,
              draft.durationSeconds,
              preferences.binTemplate,
              {
                project: projectName,
                provider: provider?.displayName ?? '',
                model: model?.id ?? '',
              },
              {
                // The runner's own options: the roles the editor set for this sequence, and the placement choice.
                trackRoles: trackRoleChoicesFor(preferences.trackRolesBySequence, sequence),
                binOnly: preferences.newClipPlacement === 'bin',
              },
              messages,
            )}
      </p>
      <ClientTagField tagging={clients} chosen={client.chosen} result={client.result} onChoose={client.choose} />
      <PlacementField value={preferences.newClipPlacement} onChange={(newClipPlacement) => onRemember({ newClipPlacement })} />
      <CostPreview
        costEachUsd={costEachUsd}
        variations={draft.variations}
        todayUsd={spent.todayUsd}
        projectUsd={spent.projectUsd}
        dailyCapUsd={preferences.budget.dailyUsd}
        projectCapUsd={preferences.budget.perProjectUsd}
      />
      <div className="button-row">
        <SpectrumButton
          emphasis="accent"
          disabled={state.status === 'running' || draft.prompt.trim() === '' || promptTooLong}
          onPress={() => void run()}
        >
          {t('generate.submitCount', { count: draft.variations })}
        </SpectrumButton>
        <SpectrumButton emphasis="quiet" onPress={readSequence} label={t('panel.readSequenceAgain')}>
          {t('panel.refresh')}
        </SpectrumButton>
      </div>
      <GenerateOutcome state={state} />
    </section>
  );
}
