import { useCallback, useEffect, useState } from 'react';
import type { TimelineTrack } from '../hosts/spec';
import { describeError } from '../shared/app-error';
import { applyDucking, type DuckingResult } from '../workflows/apply-ducking';
import type { PanelServices } from './panel-services';
import { useAsyncAction } from './use-async-action';

const VOICE_TRACK_NAME = /voice|\bvo\b|dialog|narrat|interview/i;

/** Pick the voice-over track, press a preset: the other audio is ducked as editable keyframes. */
export function DuckSection({ services, refreshKey }: { services: PanelServices; refreshKey?: unknown }) {
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

  const duck = useCallback(
    async (presetId: string): Promise<DuckingResult> => {
      const preset = services.presets.find((candidate) => candidate.id === presetId);
      if (preset == null || voiceIndex == null) throw new Error('Pick the voice-over track first.');
      return applyDucking({ host: services.host, voiceTrackIndices: [voiceIndex], preset });
    },
    [services, voiceIndex],
  );
  const [state, run] = useAsyncAction(duck);

  return (
    <section className="section" aria-labelledby="duck-heading">
      <h2 id="duck-heading">Duck</h2>
      <div className="row">
        <label className="field grow">
          <span>Voice-over track</span>
          <select name="voice-track" value={voiceIndex == null ? '' : String(voiceIndex)} onChange={(event) => setVoiceIndex(Number(event.target.value))}>
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
      <div className="preset-row" role="group" aria-label="Ducking presets">
        {services.presets.map((preset) => (
          <button key={preset.id} type="button" disabled={state.status === 'running' || tracks.length === 0} onClick={() => void run(preset.id)}>
            {preset.name}
          </button>
        ))}
      </div>
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
      {state.status === 'failed' ? (
        <p className="error" role="alert">
          {state.message}
        </p>
      ) : null}
    </section>
  );
}
