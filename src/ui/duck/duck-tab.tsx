import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DuckPreset } from '../../domain/ducking';
import type { TimelineTrack } from '../../hosts/spec';
import { describeError } from '../../shared/app-error';
import {
  applyDucking,
  planDucking,
  type ApplyDuckingInput,
  type DuckingProgress,
  type DuckingResult,
  type VoiceSource,
} from '../../workflows/apply-ducking';
import { MediaAnalysisCache } from '../../workflows/media-analysis-cache';
import type { PanelServices } from '../panel-services';
import { useAsyncAction } from '../use-async-action';
import { EnvelopePreview } from './envelope-preview';

const VOICE_TRACK_NAME = /voice|\bvo\b|dialog|narrat|interview/i;

/**
 * Pick the voice-over track, press a preset: the other audio is ducked as editable keyframes, in
 * one undo step. Preview shows the planned curves first without touching the timeline.
 */
export function DuckTab({
  services,
  presets,
  refreshKey,
}: {
  services: PanelServices;
  presets: readonly DuckPreset[];
  refreshKey?: unknown;
}) {
  const [tracks, setTracks] = useState<readonly TimelineTrack[]>([]);
  const [voiceIndex, setVoiceIndex] = useState<number | null>(null);
  const [readError, setReadError] = useState<string | null>(null);

  const readTracks = useCallback(async () => {
    try {
      const sequence = await services.host.readActiveSequence();
      setTracks(sequence.audioTracks);
      setReadError(null);
      setVoiceIndex((current) => current ?? sequence.audioTracks.find((track) => VOICE_TRACK_NAME.test(track.name))?.index ?? 0);
    } catch (error) {
      setReadError(describeError(error));
    }
  }, [services.host]);
  useEffect(() => {
    void readTracks();
  }, [readTracks, refreshKey]);

  const [voiceSource, setVoiceSource] = useState<VoiceSource>(services.readMedia == null ? 'clip-extents' : 'speech');
  const [progress, setProgress] = useState<DuckingProgress | null>(null);
  // One cache for preview and Apply: each voice file is read and analysed once.
  const analysisCache = useMemo(() => new MediaAnalysisCache(), []);
  const inputFor = useCallback(
    (presetId: string): ApplyDuckingInput => {
      const preset = presets.find((candidate) => candidate.id === presetId);
      if (preset == null || voiceIndex == null) throw new Error('Pick the voice-over track first.');
      const base = { host: services.host, voiceTrackIndices: [voiceIndex], preset, analysisCache, onProgress: setProgress };
      return voiceSource === 'speech' && services.readMedia != null
        ? { ...base, voiceSource: 'speech', readMedia: services.readMedia }
        : { ...base, voiceSource: 'clip-extents', readMedia: services.readMedia };
    },
    [services, presets, voiceIndex, voiceSource, analysisCache],
  );
  const duck = useCallback(
    async (presetId: string): Promise<DuckingResult> => applyDucking(inputFor(presetId)).finally(() => setProgress(null)),
    [inputFor],
  );
  const [state, run] = useAsyncAction(duck);
  const [previewPresetId, setPreviewPresetId] = useState(presets.find((preset) => preset.id === 'standard')?.id ?? presets[0]?.id ?? '');
  const preview = useCallback(
    async (): Promise<DuckingResult> => planDucking(inputFor(previewPresetId)).finally(() => setProgress(null)),
    [inputFor, previewPresetId],
  );
  const [previewState, runPreview] = useAsyncAction(preview);
  const clipNames = new Map(tracks.flatMap((track) => track.clips.map((clip) => [clip.id, `A${track.index + 1} ${clip.name}`] as const)));

  return (
    <section className="section" id="panel-duck" role="tabpanel" aria-labelledby="tab-duck">
      <div className="row">
        <label className="field grow">
          <span>Voice-over track</span>
          <select
            name="voice-track"
            value={voiceIndex == null ? '' : String(voiceIndex)}
            onChange={(event) => setVoiceIndex(Number(event.target.value))}
          >
            {tracks.map((track) => (
              <option key={track.index} value={String(track.index)}>
                A{track.index + 1} · {track.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="quiet" onClick={() => void readTracks()} aria-label="Read the sequence again">
          Refresh
        </button>
      </div>
      {services.readMedia != null ? (
        <label className="field">
          <span>Duck where</span>
          <select name="voice-source" value={voiceSource} onChange={(event) => setVoiceSource(event.target.value as VoiceSource)}>
            <option value="speech">the voice speaks (speech detected in its media)</option>
            <option value="clip-extents">voice clips sit (whole clips)</option>
          </select>
        </label>
      ) : null}
      <div className="preset-row" role="group" aria-label="Ducking presets">
        {presets.map((preset) => (
          <button
            key={preset.id}
            type="button"
            disabled={state.status === 'running' || tracks.length === 0}
            onClick={() => void run(preset.id)}
          >
            {preset.name}
          </button>
        ))}
      </div>
      <div className="row">
        <label className="field grow">
          <span>Preview with</span>
          <select name="preview-preset" value={previewPresetId} onChange={(event) => setPreviewPresetId(event.target.value)}>
            {presets.map((preset) => (
              <option key={preset.id} value={preset.id}>
                {preset.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="quiet" disabled={tracks.length === 0} onClick={() => void runPreview()}>
          Preview
        </button>
      </div>
      {previewState.status === 'done' ? (
        <div className="preview" data-testid="duck-preview">
          <p className="hint">
            {previewState.result.voiceRegions.length} voice region{previewState.result.voiceRegions.length === 1 ? '' : 's'}:{' '}
            {previewState.result.voiceRegions
              .map((region) => `${region.startSeconds.toFixed(1)}–${region.endSeconds.toFixed(1)} s`)
              .join(', ') || 'none'}
          </p>
          {previewState.result.warnings.map((warning) => (
            <p key={warning} className="warning">
              {warning}
            </p>
          ))}
          {previewState.result.envelopes.map((envelope) => (
            <EnvelopePreview key={envelope.clipId} envelope={envelope} label={clipNames.get(envelope.clipId) ?? envelope.clipId} />
          ))}
        </div>
      ) : null}
      {previewState.status === 'failed' ? (
        <p className="error" role="alert">
          {previewState.message}
        </p>
      ) : null}
      {progress != null ? (
        <p className="hint" role="status" data-testid="duck-progress">
          {progress.phase === 'voice' ? 'Finding speech in' : 'Measuring'} {progress.mediaPath.split(/[\\/]/).pop()} ({progress.mediaIndex}/
          {progress.mediaCount}){progress.fraction == null ? '' : ` ${Math.round(progress.fraction * 100)}%`}
        </p>
      ) : null}
      {readError != null ? (
        <p className="error" role="alert">
          {readError}
        </p>
      ) : null}
      {state.status === 'done' ? (
        <p className="result" role="status">
          {state.result.envelopes.length === 0
            ? 'Nothing to duck: no other audio overlaps the voice-over.'
            : `Ducked ${state.result.envelopes.length} clip${state.result.envelopes.length === 1 ? '' : 's'} under ${state.result.voiceRegions.length} voice region${state.result.voiceRegions.length === 1 ? '' : 's'} (${state.result.envelopes.reduce((sum, envelope) => sum + envelope.points.length, 0)} keyframes, one undo step).`}
        </p>
      ) : null}
      {state.status === 'done'
        ? state.result.warnings.map((warning) => (
            <p key={warning} className="warning">
              {warning}
            </p>
          ))
        : null}
      {state.status === 'failed' ? (
        <p className="error" role="alert">
          {state.message}
        </p>
      ) : null}
    </section>
  );
}
