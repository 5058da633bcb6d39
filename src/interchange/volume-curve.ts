import type { ClipVolume, VolumeKey } from './timeline-model';

/**
 * The clip's level at a time, as an editor hears it: the static level without keys; with keys,
 * straight lines in dB between them and the first/last key's level held outside (what Premiere,
 * Resolve and Final Cut draw).
 */
export function levelAt(volume: ClipVolume, timeSeconds: number): number {
  const { keys } = volume;
  if (keys.length === 0) return volume.staticLevelDb;
  const first = keys[0]!;
  if (timeSeconds <= first.timeSeconds) return first.levelDb;
  for (let i = 1; i < keys.length; i++) {
    const b = keys[i]!;
    if (timeSeconds > b.timeSeconds) continue;
    const a = keys[i - 1]!;
    const span = b.timeSeconds - a.timeSeconds;
    return span === 0 ? b.levelDb : a.levelDb + ((b.levelDb - a.levelDb) * (timeSeconds - a.timeSeconds)) / span;
  }
  return keys[keys.length - 1]!.levelDb;
}

/**
 * The editor's keys with ClipRelay's earlier ducking taken back: keys it added are dropped, editor keys
 * it lowered get their own level (and value as written) back. Re-ducking starts from here, which is why
 * ducking twice gives the same file as ducking once.
 */
export function restoreEditorKeys(keys: readonly VolumeKey[]): VolumeKey[] {
  const restored: VolumeKey[] = [];
  for (const key of keys) {
    if (key.mark == null) restored.push(key);
    else if (key.mark.kind === 'ducked')
      restored.push({ ...key, levelDb: key.mark.editorLevelDb, valueToken: key.mark.editorValueToken, mark: null });
  }
  return restored;
}
