import type { AudioClipTrackItem, ComponentParam, ProjectItem, Sequence, TickTime, premierepro } from '@adobe/premierepro';
import type { HostOperation } from '../spec';
import { editorLevelAt } from './editor-level-at';
import { describeError } from '../../shared/app-error';
import { KEYFRAME_RECORD_COLUMN, findRecordedKeyframe, readKeyframeRecordText, type RecordedKeyframe } from './premiere-keyframe-record';
import type { PrivateMetadataEditor } from './premiere-project-metadata';
import { premiereRefusal } from './premiere-refusals';
import type { ClipTicks } from './premiere-time';
import { readClipTicks } from './premiere-track-items';
import { levelFromParamValue, readLevelAt, requireVolumeTarget } from './premiere-volume-param';

/** One Volume keyframe as read from Premiere. */
export interface ReadKeyframe {
  /** The TickTime Premiere listed; removal actions are given this exact object's time. */
  readonly time: TickTime;
  readonly ticks: number;
  readonly level: number;
  /** Its entry in ClipRelay's record, when ClipRelay wrote it. */
  readonly recorded: RecordedKeyframe | undefined;
}

/** Everything about a clip's Volume › Level an envelope write or a read needs, gathered before any lock. */
export interface ClipAutomation {
  readonly clipId: string;
  readonly item: AudioClipTrackItem;
  readonly levelParam: ComponentParam;
  readonly clip: ClipTicks;
  readonly projectItem: ProjectItem;
  readonly timeVarying: boolean;
  /** `getStartValue()`: the static Level, or the value before the first keyframe. */
  readonly startLevel: number;
  readonly keys: readonly ReadKeyframe[];
  /** The project item's whole record (all its clips). */
  readonly record: readonly RecordedKeyframe[];
  /** Why the record could not be read (in full), or null: earlier ClipRelay keyframes may then count as the editor's. */
  readonly recordProblem: string | null;
}

/**
 * The record on a project item. A project item whose metadata cannot be read (Premiere refuses some
 * kinds) has no record: its keyframes then all count as the editor's, which is the safe side for
 * keeping them, but a re-duck then adds to them: `problem` says why, so the host can warn.
 */
async function readKeyframeRecord(
  ppro: premierepro,
  projectItem: ProjectItem,
  editor: PrivateMetadataEditor,
): Promise<{ record: RecordedKeyframe[]; problem: string | null }> {
  let packet: string | null | undefined;
  try {
    packet = await ppro.Metadata.getProjectMetadata(projectItem);
  } catch (error) {
    return { record: [], problem: `Premiere did not give its metadata (${describeError(error)})` };
  }
  try {
    const { entries, problem } = readKeyframeRecordText(editor.read(packet ?? '', KEYFRAME_RECORD_COLUMN.property));
    return { record: entries, problem };
  } catch (error) {
    return { record: [], problem: `its metadata cannot be read (${describeError(error)})` };
  }
}

export async function readClipAutomation(
  ppro: premierepro,
  sequence: Sequence,
  clipId: string,
  editor: PrivateMetadataEditor,
  operation: HostOperation,
): Promise<ClipAutomation> {
  const { item, levelParam } = await requireVolumeTarget(ppro, sequence, clipId, operation);
  const [clip, projectItem, start] = await Promise.all([readClipTicks(item), item.getProjectItem(), levelParam.getStartValue()]);
  const startLevel = levelFromParamValue(start.value.value);
  if (startLevel == null) throw premiereRefusal.levelNotANumber(operation, clipId);
  const { record, problem: recordProblem } = await readKeyframeRecord(ppro, projectItem, editor);
  const timeVarying = levelParam.isTimeVarying();
  const keys: ReadKeyframe[] = [];
  for (const time of timeVarying ? levelParam.getKeyframeListAsTickTimes() : []) {
    const level = await readLevelAt(levelParam, time, clipId, operation);
    keys.push({ time, ticks: time.ticksNumber, level, recorded: findRecordedKeyframe(record, time.ticksNumber, level) });
  }
  keys.sort((a, b) => a.ticks - b.ticks);
  return { clipId, item, levelParam, clip, projectItem, timeVarying, startLevel, keys, record, recordProblem };
}

/**
 * The clip's own Level at a media time, with ClipRelay's keyframes left out: the editor's keyframes
 * interpolated; with none, the Level ClipRelay's keyframes were relative to; with no keyframes at
 * all, the static Level.
 */
export function ownLevelAt(automation: ClipAutomation, ticks: number): number {
  const editorKeys = automation.keys.filter((key) => key.recorded == null);
  if (editorKeys.length > 0) return editorLevelAt(editorKeys, ticks, automation.startLevel);
  const ours = automation.keys.flatMap((key) => (key.recorded == null ? [] : [key.recorded]));
  if (ours.length === 0) return automation.startLevel;
  const nearest = ours.reduce((best, entry) => (Math.abs(entry.ticks - ticks) < Math.abs(best.ticks - ticks) ? entry : best));
  return nearest.baseLevel;
}
