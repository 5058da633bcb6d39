import { useCallback, useState } from 'react';
import type { GenerationProgress } from '../workflows/generation-progress';
import { generateClip, type GeneratedClip } from '../workflows/generate-clip';
import type { PanelServices } from './panel-services';
import { ProgressLine } from './progress-line';
import { useAsyncAction } from './use-async-action';

/** Prompt → provider → Generate, with live progress and a one-line result. */
export function GenerateSection({ services, onGenerated }: { services: PanelServices; onGenerated?: (clip: GeneratedClip) => void }) {
  const [prompt, setPrompt] = useState('');
  const [providerId, setProviderId] = useState(services.providers[0]?.id ?? '');
  const provider = services.providers.find((choice) => choice.id === providerId);
  const [modelId, setModelId] = useState(provider?.models[0]?.id ?? '');
  const model = provider?.models.find((choice) => choice.id === modelId) ?? provider?.models[0];
  const [durationSeconds, setDurationSeconds] = useState(model?.durationsSeconds[0] ?? 5);
  const [audio, setAudio] = useState(true);
  const [progress, setProgress] = useState<GenerationProgress | null>(null);

  const generate = useCallback(async () => {
    if (provider == null || model == null) throw new Error('Pick a provider and a model first.');
    const clip = await generateClip({
      provider: await provider.create(),
      host: services.host,
      mediaFolder: services.mediaFolder,
      request: {
        model: model.id,
        prompt: prompt.trim(),
        durationSeconds,
        aspectRatio: '16:9',
        audio: model.audio !== 'none' && audio,
        clientJobId: services.newJobId(),
      },
      poll: services.poll,
      onProgress: setProgress,
    });
    onGenerated?.(clip);
    return clip;
  }, [provider, model, prompt, durationSeconds, audio, services, onGenerated]);
  const [state, run] = useAsyncAction(generate);
  const running = state.status === 'running';

  return (
    <section className="section" aria-labelledby="generate-heading">
      <h2 id="generate-heading">Generate</h2>
      <label className="field">
        <span>Prompt</span>
        <textarea
          name="prompt"
          rows={3}
          value={prompt}
          placeholder="A slow dolly shot over a foggy harbour at dawn, gulls and distant bells"
          onChange={(event) => setPrompt(event.target.value)}
        />
      </label>
      <div className="row">
        <label className="field grow">
          <span>Provider</span>
          <select
            name="provider"
            value={providerId}
            onChange={(event) => {
              const next = services.providers.find((choice) => choice.id === event.target.value);
              setProviderId(event.target.value);
              setModelId(next?.models[0]?.id ?? '');
            }}
          >
            {services.providers.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.displayName}
              </option>
            ))}
          </select>
        </label>
        <label className="field grow">
          <span>Model</span>
          <select name="model" value={model?.id ?? ''} onChange={(event) => setModelId(event.target.value)}>
            {provider?.models.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.displayName}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="row">
        <label className="field">
          <span>Duration</span>
          <select name="duration" value={String(durationSeconds)} onChange={(event) => setDurationSeconds(Number(event.target.value))}>
            {model?.durationsSeconds.map((seconds) => (
              <option key={seconds} value={String(seconds)}>
                {seconds} s
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            name="audio"
            checked={model?.audio === 'always' || (model?.audio === 'toggle' && audio)}
            disabled={model?.audio !== 'toggle'}
            onChange={(event) => setAudio(event.target.checked)}
          />
          <span>Native audio</span>
        </label>
      </div>
      <button type="button" className="primary" disabled={running || prompt.trim() === ''} onClick={() => void run()}>
        {running ? 'Generating…' : 'Generate'}
      </button>
      {running && progress != null ? <ProgressLine progress={progress} /> : null}
      {state.status === 'done' ? (
        <p className="result" role="status">
          Placed “{state.result.mediaPath.split(/[\\/]/).pop()}” ({state.result.media.durationSeconds.toFixed(1)} s,
          {state.result.media.audio == null ? ' no audio' : ' with audio'}) at {state.result.placed.startSeconds.toFixed(2)} s.
          {state.result.warnings.map((warning) => (
            <span key={warning} className="warning">
              {' '}
              {warning}
            </span>
          ))}
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
