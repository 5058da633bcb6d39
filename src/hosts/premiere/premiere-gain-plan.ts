import type { ComponentParam, FrameRate, Sequence, TickTime, premierepro } from '@adobe/premierepro';
import type { ClipGainEnvelope } from '../spec';
import { HostOperationError } from '../spec';
import { dbToPremiereLevel, premiereLevelToDb } from './premiere-level';
import { keyframePositionAt } from './premiere-time';
import { readClipTicks } from './premiere-track-items';
import { readLevelAt, requireVolumeTarget } from './premiere-volume-param';

/** One keyframe to write: media-time position and Premiere Level. */
export interface PlannedKeyframe {
  readonly position: TickTime;
  readonly level: number;
}

/**
 * Everything needed to write one clip's envelope, gathered by async reads before the transaction
 * (nothing may be awaited once the lock is held).
 */
export interface GainEnvelopePlan {
  readonly clipId: string;
  readonly levelParam: ComponentParam;
  /** Media-time range whose keyframes are replaced: ClipRelay's earlier envelope there, if any. */
  readonly replaceFrom: TickTime;
  readonly replaceTo: TickTime;
  readonly keyframes: readonly PlannedKeyframe[];
}

/**
 * Reads what writing `envelope` needs: the clip's Level param, each point's frame-aligned media-time
 * position, and the clip's current level at the first point (the gains are relative to it).
 * Null when the envelope has no points; throws HostOperationError when the clip cannot be resolved.
 */
export async function planGainEnvelope(
  ppro: premierepro,
  sequence: Sequence,
  frameRate: FrameRate,
  envelope: ClipGainEnvelope,
  operation: string,
): Promise<GainEnvelopePlan | null> {
  const { item, levelParam } = await requireVolumeTarget(ppro, sequence, envelope.clipId, operation);
  if (!(await levelParam.areKeyframesSupported())) {
    throw new HostOperationError(operation, `the Volume level of audio clip ${envelope.clipId} cannot be keyframed`);
  }
  const clip = await readClipTicks(item);
  const placed = envelope.points.map((point) => ({
    gainDb: point.gainDb,
    position: keyframePositionAt(ppro.TickTime, clip, point.timeSeconds, frameRate),
  }));
  const first = placed[0];
  const last = placed.at(-1);
  if (first == null || last == null) return null;
  const currentDb = premiereLevelToDb(await readLevelAt(levelParam, first.position, envelope.clipId, operation));
  return {
    clipId: envelope.clipId,
    levelParam,
    replaceFrom: first.position,
    replaceTo: last.position,
    keyframes: placed.map(({ gainDb, position }) => ({ position, level: dbToPremiereLevel(currentDb + gainDb) })),
  };
}
