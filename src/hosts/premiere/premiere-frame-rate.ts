import type { FrameRate, Sequence, premierepro } from '@adobe/premierepro';
import { premiereRefusal } from './premiere-refusals';
import { TICKS_PER_SECOND } from './premiere-time';

/**
 * The sequence's video frame rate on every Premiere ClipRelay supports.
 *
 * `SequenceSettings.getVideoFrameRate()` exists only since 26.2 (Adobe reference `sequencesettings.md`,
 * "Since: 26.2"; reported "not a function" on 25.6.2), and the `.d.ts` carries no version tags, so the
 * type checker cannot catch it. `Sequence.getTimebase()` (since 25.6) answers ticks per frame as a
 * string; Adobe's sample divides 254016000000 by it (10594584000 → 23.976, 10160640000 → 25). The
 * FrameRate made from it gets that exact tick count (`ticksPerFrame` is writable since 25.0,
 * `framerate.md`), so NTSC rates stay tick-exact instead of rounding through a float.
 */
export async function readSequenceFrameRate(ppro: premierepro, sequence: Sequence): Promise<FrameRate> {
  const settings = await sequence.getSettings();
  if (typeof (settings as Partial<typeof settings>).getVideoFrameRate === 'function') return settings.getVideoFrameRate();
  const ticksPerFrame = Number(await sequence.getTimebase());
  if (!Number.isFinite(ticksPerFrame) || ticksPerFrame <= 0) {
    throw premiereRefusal.timebaseUnreadable({ kind: 'readSequence', name: 'Read the sequence' }, String(ticksPerFrame));
  }
  const frameRate = ppro.FrameRate.createWithValue(TICKS_PER_SECOND / ticksPerFrame);
  frameRate.ticksPerFrame = ticksPerFrame;
  return frameRate;
}
