import type { ClipAutomation } from './premiere-clip-automation';
import type { VolumeAutomation } from '../spec';
import { premiereLevelToDb } from './premiere-level';
import { mediaToSequenceSeconds } from '../../domain/time/media-time';
import { clipTimingOf } from './premiere-time';

/** The clip's Volume › Level in sequence seconds and absolute dB, ClipRelay's keyframes marked. */
export function volumeAutomationOf(automation: ClipAutomation): VolumeAutomation {
  const timing = clipTimingOf(automation.clip);
  return {
    staticLevelDb: premiereLevelToDb(automation.startLevel),
    keyframes: automation.keys.map((key) => ({
      timeSeconds: mediaToSequenceSeconds(timing, key.time.seconds),
      levelDb: premiereLevelToDb(key.level),
      writtenByClipRelay: key.recorded != null,
    })),
  };
}
