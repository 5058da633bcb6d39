import { gainAt } from '../domain/ducking';
import { secondsToFrames, type FrameRate } from './frame-rate';
import type { ClipVolume, VolumeKey } from './timeline-model';
import { levelAt, restoreEditorKeys } from './volume-curve';

/** A planned duck point: sequence time and gain relative to the clip's own level (≤ 0 dB). */
export interface PlannedGain {
  readonly timeSeconds: number;
  readonly gainDb: number;
}

/** Below this a gain counts as "ducked": the editor's key there is lowered with the bed. */
const DUCKED_BELOW_DB = -1e-6;

/**
 * A clip's new volume keys: ClipRelay's earlier ducking taken back, then the planned envelope written on
 * top of the editor's own curve. Planned points land on sequence frames (two points on one frame keep
 * the deeper gain, so speech is never under-ducked); each is the editor's level there plus the gain.
 * Editor keys inside a duck are lowered with it and marked with their own level, so the editor gets
 * them back on a re-duck; editor keys outside every duck are kept as they are.
 */
export function duckClipVolume(volume: ClipVolume, planned: readonly PlannedGain[], frameRate: FrameRate): VolumeKey[] {
  const editorKeys = restoreEditorKeys(volume.keys);
  if (planned.length === 0) return editorKeys;
  const editorVolume: ClipVolume = { staticLevelDb: volume.staticLevelDb, keys: editorKeys };
  const frameOf = (seconds: number) => secondsToFrames(seconds, frameRate);

  const gainByFrame = new Map<number, number>();
  for (const point of planned) {
    const frame = frameOf(point.timeSeconds);
    gainByFrame.set(frame, Math.min(gainByFrame.get(frame) ?? 0, point.gainDb));
  }
  const points = [...gainByFrame].sort(([a], [b]) => a - b).map(([frame, gainDb]) => ({ frame, gainDb }));
  const firstPlanned = planned[0]!;
  const frameTime = (frame: number) => (frame * frameRate.denominator) / frameRate.numerator;
  const editorKeyAtFrame = new Map(editorKeys.map((key) => [frameOf(key.timeSeconds), key] as const));

  const result: VolumeKey[] = [];
  for (const key of editorKeys) {
    if (gainByFrame.has(frameOf(key.timeSeconds))) continue;
    const gainDb = gainAt(planned, key.timeSeconds);
    const inside = key.timeSeconds >= firstPlanned.timeSeconds && gainDb < DUCKED_BELOW_DB;
    result.push(inside ? duckedEditorKey(key, key.timeSeconds, key.levelDb + gainDb) : key);
  }
  for (const { frame, gainDb } of points) {
    const timeSeconds = frameTime(frame);
    const editorKey = editorKeyAtFrame.get(frame);
    const levelDb = levelAt(editorVolume, timeSeconds) + gainDb;
    result.push(
      editorKey == null ? { timeSeconds, levelDb, mark: { kind: 'added' } } : duckedEditorKey(editorKey, editorKey.timeSeconds, levelDb),
    );
  }
  return result.sort((a, b) => a.timeSeconds - b.timeSeconds);
}

function duckedEditorKey(key: VolumeKey, timeSeconds: number, levelDb: number): VolumeKey {
  return {
    timeSeconds,
    levelDb,
    timeToken: key.timeToken,
    mark: { kind: 'ducked', editorLevelDb: key.levelDb, editorValueToken: key.valueToken ?? String(key.levelDb) },
  };
}
