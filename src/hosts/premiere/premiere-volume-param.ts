import type { AudioClipTrackItem, ComponentParam, Sequence, TickTime, premierepro } from '@adobe/premierepro';
import type { HostOperation } from '../spec';
import { premiereRefusal } from './premiere-refusals';
import { findAudioTrackItem } from './premiere-track-items';

/**
 * Level is param 1 of the clip Volume effect (0 is Bypass). Chosen by index because display names are
 * localized ("Level", "Nivel", "레벨" …).
 */
export const VOLUME_LEVEL_PARAM_INDEX = 1;

/**
 * True for the clip Volume effect — `Internal Volume Stereo`, `Internal Volume Mono` — and false for
 * `Internal Channel Volume …`, whose params are per-channel levels, not the clip's Level.
 */
export function isClipVolumeMatchName(matchName: string): boolean {
  return matchName.startsWith('Internal Volume');
}

/** The audio clip's Volume › Level param, or null when its chain has no Volume effect. */
export async function findVolumeLevelParam(item: AudioClipTrackItem): Promise<ComponentParam | null> {
  const chain = await item.getComponentChain();
  for (let index = 0; index < chain.getComponentCount(); index += 1) {
    const component = chain.getComponentAtIndex(index);
    if (!isClipVolumeMatchName(await component.getMatchName())) continue;
    if (component.getParamCount() <= VOLUME_LEVEL_PARAM_INDEX) continue;
    return component.getParam(VOLUME_LEVEL_PARAM_INDEX);
  }
  return null;
}

/**
 * A Level as Premiere hands it back, or null if it is not a number. The docs say `getValueAtTime`
 * answers a number; a plugin that ran on 26.3 also accepts `{ value }` and `{ value: { value } }`
 * (research Update 2026-12-06 item 6), the shape `keyframe.value` has.
 */
export function levelFromParamValue(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'object' && value != null && 'value' in value) return levelFromParamValue(value.value);
  return null;
}

/** An audio clip and its Volume › Level param. */
interface VolumeTarget {
  readonly item: AudioClipTrackItem;
  readonly levelParam: ComponentParam;
}

/** The clip a clip id names and its Level param; HostOperationError when either is missing. */
export async function requireVolumeTarget(
  ppro: premierepro,
  sequence: Sequence,
  clipId: string,
  operation: HostOperation,
): Promise<VolumeTarget> {
  const item = await findAudioTrackItem(ppro, sequence, clipId);
  if (item == null) throw premiereRefusal.clipLeftTimeline(operation, clipId);
  const levelParam = await findVolumeLevelParam(item);
  if (levelParam == null) throw premiereRefusal.noVolumeEffect(operation, clipId);
  return { item, levelParam };
}

/** The Level at a media time; HostOperationError when Premiere returns something other than a number. */
export async function readLevelAt(levelParam: ComponentParam, time: TickTime, clipId: string, operation: HostOperation): Promise<number> {
  const level = levelFromParamValue(await levelParam.getValueAtTime(time));
  if (level == null) throw premiereRefusal.levelNotANumber(operation, clipId);
  return level;
}
