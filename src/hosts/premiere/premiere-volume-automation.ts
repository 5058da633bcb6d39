import type { Sequence, premierepro } from '@adobe/premierepro';
import type { VolumeAutomation, VolumeKeyframe } from '../spec';
import { HostOperationError } from '../spec';
import { premiereLevelToDb } from './premiere-level';
import { clipTimingOf, mediaToSequenceSeconds } from './premiere-time';
import { readClipTicks } from './premiere-track-items';
import { levelFromParamValue, readLevelAt, requireVolumeTarget } from './premiere-volume-param';

/** The clip's Volume › Level in sequence seconds and absolute dB. */
export async function readVolumeAutomationOf(ppro: premierepro, sequence: Sequence, clipId: string): Promise<VolumeAutomation> {
  const operation = 'Read volume';
  const { item, levelParam } = await requireVolumeTarget(ppro, sequence, clipId, operation);
  const timing = clipTimingOf(await readClipTicks(item));
  const startLevel = levelFromParamValue((await levelParam.getStartValue()).value.value);
  if (startLevel == null) throw new HostOperationError(operation, `the Volume level of audio clip ${clipId} is not a number`);
  const times = levelParam.isTimeVarying() ? levelParam.getKeyframeListAsTickTimes() : [];
  const keyframes: VolumeKeyframe[] = [];
  for (const time of times) {
    keyframes.push({
      timeSeconds: mediaToSequenceSeconds(timing, time.seconds),
      levelDb: premiereLevelToDb(await readLevelAt(levelParam, time, clipId, operation)),
    });
  }
  return {
    staticLevelDb: premiereLevelToDb(startLevel),
    keyframes: keyframes.sort((a, b) => a.timeSeconds - b.timeSeconds),
  };
}
