import type { Sequence, premierepro } from '@adobe/premierepro';
import { HostOperationError, type HostOperation } from '../spec';
import type { GainEnvelopePlan } from './premiere-gain-plan';
import { premiereLevelToDb } from './premiere-level';
import { findAudioTrackItem } from './premiere-track-items';
import { findVolumeLevelParam, levelFromParamValue } from './premiere-volume-param';

/** Premiere committed a gain write but the clip does not hold what was planned. */
export class GainReadBackError extends HostOperationError {
  constructor(
    operation: HostOperation,
    readonly clipId: string,
    /** What differs, in English: a read-back report for support, passed to every language as it is. */
    readonly differences: readonly string[],
  ) {
    const found = differences.join('; ');
    super(operation, {
      english: `Premiere did not keep every keyframe on audio clip ${clipId} (${found}); Edit › Undo "${operation.name}" reverts the whole duck — please send the Diagnostics report`,
      localized: { id: 'host.premiereGainNotKept', values: { clipId, differences: found, undoLabel: operation.name } },
    });
    this.name = 'GainReadBackError';
  }
}

/** A Level read back equals the one written (float32 storage rounds the 7th digit). */
const LEVEL_RELATIVE_TOLERANCE = 1e-5;

/**
 * Reads every planned clip back after the commit: each planned key at its tick with its Level, the
 * auto key at media 0 gone when it was to be removed. Premiere answers `true` for actions it ignored
 * (research Evidence 2026-12-06), so this read is the only proof a duck happened as shown.
 */
export async function verifyGainWrites(
  ppro: premierepro,
  sequence: Sequence,
  plans: readonly GainEnvelopePlan[],
  operation: HostOperation,
): Promise<void> {
  for (const plan of plans) {
    const item = await findAudioTrackItem(ppro, sequence, plan.clipId);
    const param = item == null ? null : await findVolumeLevelParam(item);
    if (param == null) throw new GainReadBackError(operation, plan.clipId, ['the clip or its Volume effect is gone']);
    const ticks = param.isTimeVarying() ? param.getKeyframeListAsTickTimes() : [];
    const held = new Map<number, number | null>();
    for (const time of ticks) held.set(time.ticksNumber, levelFromParamValue(await param.getValueAtTime(time)));
    const differences: string[] = [];
    for (const expected of plan.expected) {
      const level = held.get(expected.position.ticksNumber);
      const where = `${expected.position.seconds.toFixed(3)} s media time`;
      if (level === undefined) differences.push(`no keyframe at ${where}`);
      else if (level == null || Math.abs(level - expected.level) > Math.abs(expected.level) * LEVEL_RELATIVE_TOLERANCE + 1e-9) {
        differences.push(
          `${premiereLevelToDb(level ?? 0).toFixed(2)} dB instead of ${premiereLevelToDb(expected.level).toFixed(2)} dB at ${where}`,
        );
      }
    }
    if (plan.removeAutoKeyAt != null && held.has(plan.removeAutoKeyAt.ticksNumber))
      differences.push('the keyframe Premiere added at media 0 is still there');
    for (const removed of plan.removals)
      if (held.has(removed.ticks))
        differences.push(`an earlier ClipRelay keyframe at ${removed.time.seconds.toFixed(3)} s was not removed`);
    if (differences.length > 0) throw new GainReadBackError(operation, plan.clipId, differences);
  }
}
