import { useCallback, useEffect, useRef, useState } from 'react';
import { estimateClipCostUsd } from '../../domain/cost/estimate-cost';
import { closestAspectRatio } from '../../domain/format/closest-aspect-ratio';
import type { PanelPreferences } from '../../domain/preferences/panel-preferences';
import type { SequenceSnapshot } from '../../hosts/spec';
import { describeError } from '../../shared/app-error';
import { spendFromLedger, submitGeneration } from '../../workflows/jobs/submit-generation';
import type { PanelServices } from '../panel-services';
import { useAsyncAction } from '../use-async-action';
import { requestFromDraft, type GenerateDraft } from './generate-draft';
import { describeImport } from './import-preview';
import { offeredProviderChoices } from './offered-provider-choices';
import { nothingOfferedMessage, retiredModelNotice } from '../../workflows/model-offer';
import { PromptTemplatePicker } from './prompt-template-picker';
import { ShotListEditor } from './shot-list-editor';
import { modelCertainty, modelOptionLabel } from './model-certainty';
import { UnverifiedModelNote } from './unverified-model-note';

const usd = (value: number) => `$${value.toFixed(2)}`;

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
}: {
  services: PanelServices;
  preferences: PanelPreferences;
  draft: GenerateDraft;
  onDraftChange: (draft: GenerateDraft) => void;
  onSubmitted: (jobIds: readonly string[]) => void;
}) {
  const set = (patch: Partial<GenerateDraft>) => onDraftChange({ ...draft, ...patch });
  // Retired models are never offered; a job reused from history that names one falls back here.
  const providers = offeredProviderChoices(services.providers, services.catalog, services.now());
  const provider = providers.find((choice) => choice.id === draft.providerId) ?? providers[0];
  const model = provider?.models.find((choice) => choice.id === draft.modelId) ?? provider?.models[0];
  const offerNotice =
    providers.length === 0
      ? nothingOfferedMessage(
          services.catalog,
          services.providers.map((choice) => choice.id),
          services.now(),
        )
      : model?.id === draft.modelId
        ? undefined
        : retiredModelNotice(services.catalog, draft.modelId, services.now());
  const [sequence, setSequence] = useState<SequenceSnapshot | null>(null);
  const [sequenceProblem, setSequenceProblem] = useState<string | null>(null);

  // The aspect follows the sequence frame (vertical sequence → 9:16) until the editor picks one.
  const [aspectChosen, setAspectChosen] = useState(false);
  useEffect(() => {
    if (aspectChosen || sequence == null || model == null) return;
    const fitting = closestAspectRatio(sequence.frameWidth, sequence.frameHeight, model.aspectRatios);
    if (fitting != null && fitting !== draft.aspectRatio) onDraftChange({ ...draft, aspectRatio: fitting });
  }, [aspectChosen, sequence, model, draft, onDraftChange]);

  const readSequence = useCallback(() => {
    services.host.readActiveSequence().then(
      (snapshot) => (setSequence(snapshot), setSequenceProblem(null)),
      (error: unknown) => setSequenceProblem(describeError(error)),
    );
  }, [services.host]);
  useEffect(readSequence, [readSequence]);

  const costEachUsd =
    model == null
      ? 0
      : estimateClipCostUsd(model, {
          durationSeconds: draft.durationSeconds,
          resolution: draft.resolution === '' ? undefined : draft.resolution,
        });
  const projectName = sequence?.name ?? 'Untitled';
  const spent = spendFromLedger(services.jobs.ledger.list(), projectName, services.now());
  const { dailyUsd, perProjectUsd } = preferences.budget;

  const generate = useCallback(async () => {
    if (provider == null || model == null) throw new Error('Pick a provider and a model first.');
    const request = requestFromDraft(draft, model);
    const jobs = await submitGeneration({
      runner: services.jobs,
      catalog: services.catalog,
      caps: preferences.budget,
      newJobId: services.newJobId,
      nowMs: services.now(),
      draft: {
        providerId: provider.id,
        providerName: provider.displayName,
        projectName,
        variations: draft.variations,
        request,
      },
    });
    onSubmitted(jobs.map((job) => job.id));
    return jobs;
  }, [provider, model, draft, services, preferences.budget, projectName, onSubmitted]);
  const [state, run] = useAsyncAction(generate);

  const { pickImage } = services;
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const [pickProblem, setPickProblem] = useState<string | null>(null);
  const chooseImage = useCallback(() => {
    if (pickImage == null) return;
    pickImage().then(
      // The latest draft is read at resolve time: the picker is modal, but typing may go on in the sandbox.
      (image) => (setPickProblem(null), image == null ? undefined : onDraftChange({ ...draftRef.current, referenceImage: image })),
      (error: unknown) => setPickProblem(describeError(error)),
    );
  }, [pickImage, onDraftChange]);
  const resolutionValue = model?.resolutions?.includes(draft.resolution) === true ? draft.resolution : '';
  // Shot lists are a catalog capability (Kling 3.0: up to 6); ModelChoice does not carry it.
  const maxShots = services.catalog.models.find((entry) => entry.id === model?.id)?.multiShot?.maxShots;

  return (
    <section className="section" id="panel-generate" role="tabpanel" aria-labelledby="tab-generate">
      {draft.continueFrom == null ? null : (
        <p className="hint continues" title={draft.continueFrom.earlierPrompt}>
          Continues: {draft.continueFrom.earlierPrompt} — {draft.continueFrom.mode} ·{' '}
          <button type="button" className="quiet" onClick={() => set({ continueFrom: undefined })}>
            Clear
          </button>
        </p>
      )}
      <PromptTemplatePicker templates={preferences.promptTemplates} onUse={(prompt) => set({ prompt })} />
      <label className="field">
        <span>Prompt</span>
        <textarea
          name="prompt"
          rows={3}
          value={draft.prompt}
          placeholder="A slow dolly shot over a foggy harbour at dawn, gulls and distant bells"
          onChange={(event) => set({ prompt: event.target.value })}
        />
      </label>
      <label className="field">
        <span>Negative prompt</span>
        <input
          type="text"
          name="negative-prompt"
          value={draft.negativePrompt}
          placeholder="What to avoid"
          onChange={(event) => set({ negativePrompt: event.target.value })}
        />
      </label>
      <div className="row wrap">
        <label className="field grow">
          <span>Provider</span>
          <select
            name="provider"
            value={provider?.id ?? ''}
            onChange={(event) => {
              const next = providers.find((choice) => choice.id === event.target.value);
              const nextModel = next?.models[0];
              set({
                providerId: event.target.value,
                modelId: nextModel?.id ?? '',
                durationSeconds:
                  nextModel?.durationsSeconds.includes(draft.durationSeconds) === true
                    ? draft.durationSeconds
                    : (nextModel?.durationsSeconds[0] ?? 5),
              });
            }}
          >
            {providers.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.displayName}
              </option>
            ))}
          </select>
        </label>
        <label className="field grow">
          <span>Model</span>
          <select
            name="model"
            value={model?.id ?? ''}
            onChange={(event) => {
              const next = provider?.models.find((choice) => choice.id === event.target.value);
              set({
                modelId: event.target.value,
                durationSeconds:
                  next?.durationsSeconds.includes(draft.durationSeconds) === true
                    ? draft.durationSeconds
                    : (next?.durationsSeconds[0] ?? 5),
              });
            }}
          >
            {provider?.models.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {modelOptionLabel(choice.displayName, modelCertainty(services.catalog, choice.id))}
              </option>
            ))}
          </select>
        </label>
      </div>
      {model == null ? null : <UnverifiedModelNote modelName={model.displayName} certainty={modelCertainty(services.catalog, model.id)} />}
      <div className="row wrap">
        <label className="field">
          <span>Duration</span>
          <select
            name="duration"
            value={String(draft.durationSeconds)}
            onChange={(event) => set({ durationSeconds: Number(event.target.value) })}
          >
            {model?.durationsSeconds.map((seconds) => (
              <option key={seconds} value={String(seconds)}>
                {seconds} s
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Aspect</span>
          <select
            name="aspect"
            value={draft.aspectRatio}
            onChange={(event) => (setAspectChosen(true), set({ aspectRatio: event.target.value }))}
          >
            {model?.aspectRatios.map((ratio) => (
              <option key={ratio} value={ratio}>
                {ratio}
              </option>
            ))}
          </select>
        </label>
        {model?.resolutions == null ? null : (
          <label className="field">
            <span>Resolution</span>
            <select name="resolution" value={resolutionValue} onChange={(event) => set({ resolution: event.target.value })}>
              <option value="">Default</option>
              {model.resolutions.map((resolution) => (
                <option key={resolution} value={resolution}>
                  {resolution}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field">
          <span>Seed</span>
          <input
            type="text"
            name="seed"
            inputMode="numeric"
            size={8}
            value={draft.seed}
            placeholder="any"
            onChange={(event) => set({ seed: event.target.value })}
          />
        </label>
        <label className="field">
          <span>Variations</span>
          <select name="variations" value={String(draft.variations)} onChange={(event) => set({ variations: Number(event.target.value) })}>
            {[1, 2, 3, 4].map((count) => (
              <option key={count} value={String(count)}>
                {count}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          name="audio"
          checked={model?.audio === 'always' || (model?.audio === 'toggle' && draft.audio)}
          disabled={model?.audio !== 'toggle'}
          onChange={(event) => set({ audio: event.target.checked })}
        />
        <span>
          Native audio{model?.audio === 'none' ? ' (this model is silent)' : model?.audio === 'always' ? ' (always on for this model)' : ''}
        </span>
      </label>
      {(pickImage != null && model?.imageInput !== 'none') || draft.referenceImage != null ? (
        <div className="row wrap" data-testid="reference-image">
          {pickImage != null && model?.imageInput !== 'none' ? (
            <button type="button" className="quiet" onClick={chooseImage}>
              Reference image…
            </button>
          ) : null}
          {draft.referenceImage == null ? (
            <span className="hint">{model?.imageInput === 'required' ? 'This model needs a first frame.' : 'None: text to video.'}</span>
          ) : (
            <>
              <span className="hint" data-testid="reference-image-name">
                {draft.referenceImage.fileName}
                {model?.imageInput === 'none' ? ' (this model takes no image)' : ''}
              </span>
              <button type="button" className="quiet" onClick={() => set({ referenceImage: null })}>
                Clear
              </button>
            </>
          )}
        </div>
      ) : null}
      <ShotListEditor
        shots={draft.shots}
        clipSeconds={draft.durationSeconds}
        maxShots={maxShots}
        modelName={model?.displayName ?? ''}
        onChange={(shots) => set({ shots })}
      />
      {pickProblem == null ? null : (
        <p className="error" role="alert">
          {pickProblem}
        </p>
      )}
      {offerNotice == null ? null : (
        <p className="error" role="alert" data-testid="offer-notice">
          {offerNotice}
        </p>
      )}
      <p className="hint" data-testid="import-preview">
        {sequence == null
          ? (sequenceProblem ?? 'Reading the sequence…')
          : describeImport(sequence, draft.durationSeconds, preferences.binTemplate, {
              project: projectName,
              provider: provider?.displayName ?? '',
              model: model?.id ?? '',
            })}
      </p>
      <p className="hint" data-testid="cost-preview">
        Estimated {usd(costEachUsd * draft.variations)}
        {draft.variations > 1 ? ` (${draft.variations} × ${usd(costEachUsd)})` : ''} · today {usd(spent.todayUsd)}
        {dailyUsd == null ? '' : ` of ${usd(dailyUsd)}`} · this project {usd(spent.projectUsd)}
        {perProjectUsd == null ? '' : ` of ${usd(perProjectUsd)}`}
      </p>
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={state.status === 'running' || draft.prompt.trim() === ''}
          onClick={() => void run()}
        >
          {draft.variations > 1 ? `Generate ${draft.variations}` : 'Generate'}
        </button>
        <button type="button" className="quiet" onClick={readSequence} aria-label="Read the sequence again">
          Refresh
        </button>
      </div>
      {state.status === 'done' ? (
        <p className="result" role="status">
          Started {state.result.length === 1 ? 'a job' : `${state.result.length} jobs`}; follow {state.result.length === 1 ? 'it' : 'them'}{' '}
          under Jobs.
        </p>
      ) : null}
      {state.status === 'failed' ? (
        <p className="error" role="alert">
          {state.message}
        </p>
      ) : null}
    </section>
  );
}
