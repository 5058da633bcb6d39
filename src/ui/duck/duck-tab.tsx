import { useState } from 'react';
import type { PanelPreferences } from '../../domain/preferences/panel-preferences';
import type { TrackRole } from '../../domain/tracks/track-role';
import type { PanelServices } from '../panel-services';
import { useSequence } from '../use-sequence';
import { CancelPreviewButton } from './cancel-preview-button';
import { DuckControlsForm } from './duck-controls-form';
import { DuckOutcome } from './duck-outcome';
import { DuckPreview } from './duck-preview';
import { DuckProgressLine } from './duck-progress-line';
import { DuckRolesField } from './duck-roles-field';
import { ExportTimelineButton } from './export-timeline-button';
import type { DuckTabPreset } from './duck-tab-preset';
import { PresetButtons } from './preset-buttons';
import { SelectedClipsField } from './selected-clips-field';
import { PreviewControls } from './preview-controls';
import { TrackRoleList } from './track-role-list';
import { useDuckControls } from './use-duck-controls';
import { useDucking } from './use-ducking';
import { useTrackRoles } from './use-track-roles';
import { useVoiceTrackChoice } from './use-voice-track-choice';
import { VoiceSourceField } from './voice-source-field';
import { VoiceTrackPicker } from './voice-track-picker';

/** As Essential Sound ducks against by default: the music and the clips ClipRelay generated. */
const DEFAULT_DUCK_ROLES: readonly TrackRole[] = ['generated', 'music'];

/**
 * Pick the voice-over track, say what each track carries and which roles to duck, set the controls
 * (or press a preset): the other audio is ducked as editable keyframes, in one undo step. Preview
 * shows the speech regions and planned curves first without touching the timeline.
 */
export function DuckTab({
  services,
  presets,
  preferences,
  onSavePreferences,
  refreshKey,
}: {
  services: PanelServices;
  presets: readonly DuckTabPreset[];
  preferences: PanelPreferences;
  onSavePreferences: (next: PanelPreferences) => Promise<void>;
  refreshKey?: unknown;
}) {
  const { sequence, problem: readError, refresh } = useSequence(services.host, refreshKey);
  const tracks = sequence?.audioTracks ?? [];
  const roles = useTrackRoles(sequence, preferences, onSavePreferences);
  const [voiceIndex, setVoiceIndex] = useVoiceTrackChoice(sequence?.audioTracks, roles.choices);
  const [duckRoles, setDuckRoles] = useState<readonly TrackRole[]>(DEFAULT_DUCK_ROLES);
  const [onlySelectedClips, setOnlySelectedClips] = useState(false);
  const ducking = useDucking(services, voiceIndex, { duckRoles, trackRoles: roles.choices, onlySelectedClips });
  const settings = useDuckControls(presets);
  const { applyState, previewState, progress } = ducking;
  const clipNames = new Map(tracks.flatMap((track) => track.clips.map((clip) => [clip.id, `A${track.index + 1} ${clip.name}`] as const)));
  const plan = previewState.status === 'done' ? previewState.result : null;
  const busy = applyState.status === 'running' || tracks.length === 0;

  return (
    <section className="section" id="panel-duck" role="tabpanel" aria-labelledby="tab-duck">
      <VoiceTrackPicker tracks={tracks} voiceIndex={voiceIndex} onChange={setVoiceIndex} onRefresh={refresh} />
      {services.readMedia != null ? <VoiceSourceField voiceSource={ducking.voiceSource} onChange={ducking.setVoiceSource} /> : null}
      <TrackRoleList tracks={tracks} roleOf={roles.roleOf} onChange={(index, role) => void roles.setRole(index, role)} />
      {roles.saveProblem != null ? (
        <p className="error" role="alert">
          {roles.saveProblem}
        </p>
      ) : null}
      <DuckRolesField duckRoles={duckRoles} onChange={setDuckRoles} />
      <SelectedClipsField
        sequence={sequence}
        readsSelection={services.host.capabilities.readsSelection === true}
        checked={onlySelectedClips}
        onChange={setOnlySelectedClips}
      />
      <PresetButtons
        presets={presets}
        disabled={busy}
        onApply={(presetId) => {
          settings.chooseBase(presetId);
          void ducking.runApply(presets.find((preset) => preset.id === presetId) ?? null);
        }}
      />
      {settings.controls != null ? (
        <DuckControlsForm
          presets={presets}
          basePresetId={settings.basePresetId}
          customName={settings.customName}
          controls={settings.controls}
          lockedBy={settings.lockedBy}
          speechDetected={ducking.voiceSource === 'speech'}
          onBaseChange={settings.chooseBase}
          onControlChange={settings.setControl}
        />
      ) : null}
      <PreviewControls
        settingsName={settings.preset?.name ?? ''}
        disabled={busy}
        onPreview={() => void ducking.runPreview(settings.preset)}
        onApply={() => void ducking.runApply(settings.preset)}
      />
      {plan != null ? <DuckPreview plan={plan} clipLabel={(clipId) => clipNames.get(clipId) ?? clipId} /> : null}
      <ExportTimelineButton services={services} envelopes={plan?.envelopes ?? null} />
      {previewState.status === 'failed' ? (
        <p className="error" role="alert">
          {previewState.message}
        </p>
      ) : null}
      {progress != null ? <DuckProgressLine progress={progress} /> : null}
      {progress != null && previewState.status === 'running' ? <CancelPreviewButton onCancel={ducking.cancelPreview} /> : null}
      {readError != null ? (
        <p className="error" role="alert">
          {readError}
        </p>
      ) : null}
      <DuckOutcome state={applyState} writesGainSteps={services.host.capabilities.writesGainSteps === true} />
    </section>
  );
}
