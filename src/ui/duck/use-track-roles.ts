import { useCallback, useEffect, useRef, useState } from 'react';
import { describeErrorIn } from '../../shared/i18n/describe-error-in';
import type { PanelPreferences } from '../../domain/preferences/panel-preferences';
import { migrateTrackRoleKey, sequenceRoleKey, trackRoleChoicesFor } from '../../domain/preferences/sequence-track-roles';
import { automaticTrackRole, trackRoleOf, type TrackRole, type TrackRoleChoices } from '../../domain/tracks/track-role';
import type { SequenceSnapshot } from '../../hosts/spec';
import { useMessages } from '../i18n/use-messages';

/**
 * The editor's track roles for the open sequence, remembered in the preferences under the sequence's
 * key (its stable id where the host has one; choices kept under its names before are moved there once).
 * A choice equal to what ClipRelay would pick by itself is forgotten rather than stored, so a renamed
 * track follows its new name.
 */
export function useTrackRoles(
  sequence: SequenceSnapshot | null | undefined,
  preferences: PanelPreferences,
  onSavePreferences: (next: PanelPreferences) => Promise<void>,
) {
  const key = sequence == null ? null : sequenceRoleKey(sequence);
  const choices: TrackRoleChoices = sequence == null ? {} : trackRoleChoicesFor(preferences.trackRolesBySequence, sequence);
  const tracks = sequence?.audioTracks ?? [];
  const roleOf = (trackIndex: number): TrackRole => {
    const track = tracks.find((candidate) => candidate.index === trackIndex);
    return track == null ? (choices[trackIndex] ?? 'unknown') : trackRoleOf(track, choices);
  };
  const messages = useMessages();
  const { t } = messages;
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const save = useCallback(
    async (trackRolesBySequence: PanelPreferences['trackRolesBySequence']) =>
      onSavePreferences({ ...preferences, trackRolesBySequence }).catch((error: unknown) =>
        setSaveProblem(t('duck.couldNotRememberRole', { reason: describeErrorIn(messages, error) })),
      ),
    [preferences, onSavePreferences, t, messages],
  );

  // Choices remembered under the sequence's names move to its stable id once, so renaming it later keeps them.
  const migrated = sequence == null ? preferences.trackRolesBySequence : migrateTrackRoleKey(preferences.trackRolesBySequence, sequence);
  const needsMigration = migrated !== preferences.trackRolesBySequence;
  // Tried once per sequence: a save that fails is shown, not retried on every render.
  const migratedKey = useRef<string | null>(null);
  useEffect(() => {
    if (!needsMigration || key == null || migratedKey.current === key) return;
    migratedKey.current = key;
    void save(migrated);
  }, [needsMigration, migrated, key, save]);

  const setRole = useCallback(
    async (trackIndex: number, role: TrackRole) => {
      if (key == null || sequence == null) return;
      setSaveProblem(null);
      const track = sequence.audioTracks.find((candidate) => candidate.index === trackIndex);
      const automatic = track == null ? 'unknown' : automaticTrackRole(track);
      const stored = migrateTrackRoleKey(preferences.trackRolesBySequence, sequence);
      const { [String(trackIndex)]: _previous, ...others } = stored[key] ?? {};
      const forSequence = role === automatic ? others : { ...others, [String(trackIndex)]: role };
      await save({ ...stored, [key]: forSequence });
    },
    [key, sequence, preferences, save],
  );
  return { choices, roleOf, setRole, saveProblem };
}
