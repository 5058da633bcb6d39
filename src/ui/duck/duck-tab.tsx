import type { DuckPreset } from '../../domain/ducking';
import type { PanelServices } from '../panel-services';
import { useSequence } from '../use-sequence';
import { DuckOutcome } from './duck-outcome';
import { DuckPreview } from './duck-preview';
import { DuckProgressLine } from './duck-progress-line';
import { PresetButtons } from './preset-buttons';
import { PreviewControls } from './preview-controls';
import { useDucking } from './use-ducking';
import { useVoiceTrackChoice } from './use-voice-track-choice';
import { VoiceSourceField } from './voice-source-field';
import { VoiceTrackPicker } from './voice-track-picker';

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
  const { sequence, problem: readError, refresh } = useSequence(services.host, refreshKey);
  const tracks = sequence?.audioTracks ?? [];
  const [voiceIndex, setVoiceIndex] = useVoiceTrackChoice(sequence?.audioTracks);
  const ducking = useDucking(services, presets, voiceIndex);
  const { applyState, previewState, progress } = ducking;
  const clipNames = new Map(tracks.flatMap((track) => track.clips.map((clip) => [clip.id, `A${track.index + 1} ${clip.name}`] as const)));

  return (
    <section className="section" id="panel-duck" role="tabpanel" aria-labelledby="tab-duck">
      <VoiceTrackPicker tracks={tracks} voiceIndex={voiceIndex} onChange={setVoiceIndex} onRefresh={refresh} />
      {services.readMedia != null ? <VoiceSourceField voiceSource={ducking.voiceSource} onChange={ducking.setVoiceSource} /> : null}
      <PresetButtons
        presets={presets}
        disabled={applyState.status === 'running' || tracks.length === 0}
        onApply={(presetId) => void ducking.runApply(presetId)}
      />
      <PreviewControls
        presets={presets}
        presetId={ducking.previewPresetId}
        disabled={tracks.length === 0}
        onPresetChange={ducking.setPreviewPresetId}
        onPreview={() => void ducking.runPreview()}
      />
      {previewState.status === 'done' ? (
        <DuckPreview plan={previewState.result} clipLabel={(clipId) => clipNames.get(clipId) ?? clipId} />
      ) : null}
      {previewState.status === 'failed' ? (
        <p className="error" role="alert">
          {previewState.message}
        </p>
      ) : null}
      {progress != null ? <DuckProgressLine progress={progress} /> : null}
      {readError != null ? (
        <p className="error" role="alert">
          {readError}
        </p>
      ) : null}
      <DuckOutcome state={applyState} />
    </section>
  );
}
