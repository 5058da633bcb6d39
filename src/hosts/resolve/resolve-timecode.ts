import { resolveRefusal } from './resolve-refusals';

/**
 * A Resolve timeline's rate as its settings state it: `timelineFrameRate` ("23.976", "25", "29.97", …)
 * and `timelineDropFrameTimecode` ("1" or "0"). Timecode counts `nominalFps` frames a second; drop-frame
 * timecode skips frame numbers 0 and 1 (0–3 at 59.94) each minute except every tenth, so the label keeps
 * up with the real 30000/1001 rate (SMPTE 12M).
 */
export interface TimelineRate {
  /** Frames per second, exact: 30000/1001 for "29.97". */
  readonly fps: number;
  /** Frames per timecode second: 30 for "29.97". */
  readonly nominalFps: number;
  readonly dropFrame: boolean;
}

const NTSC_RATES: Readonly<Record<string, number>> = { '23.976': 24, '29.97': 30, '47.952': 48, '59.94': 60, '119.88': 120 };

export function timelineRateOf(frameRateSetting: string, dropFrameSetting: string): TimelineRate {
  // Resolve writes "29.97 DF" in some project settings dialogs; the flag is the separate setting.
  const text = frameRateSetting.replace(/\s*(DF|NDF)$/i, '').trim();
  const ntscNominal = NTSC_RATES[text];
  const value = Number(text);
  if (ntscNominal == null && !(Number.isFinite(value) && value > 0)) {
    throw resolveRefusal.unreadableFrameRate({ kind: 'readSequence', name: 'Read the timeline' }, frameRateSetting);
  }
  const nominalFps = ntscNominal ?? Math.round(value);
  const fps = ntscNominal != null ? (ntscNominal * 1000) / 1001 : value;
  // Drop-frame exists only for the NTSC multiples of 30 (29.97, 59.94, 119.88).
  const dropFrame = dropFrameSetting === '1' && ntscNominal != null && ntscNominal % 30 === 0;
  return { fps, nominalFps, dropFrame };
}

function droppedPerMinute(rate: TimelineRate): number {
  return rate.dropFrame ? (rate.nominalFps / 30) * 2 : 0;
}

/** "01:00:03:00" or "01:00:03;00" → frames counted from 00:00:00:00. */
export function timecodeToFrames(timecode: string, rate: TimelineRate): number {
  const match = /^(\d{1,2})[:;.](\d{2})[:;.](\d{2})[:;.,](\d{2,3})$/.exec(timecode.trim());
  if (match == null) throw resolveRefusal.unreadableTimecode({ kind: 'readPlayhead', name: 'Read the playhead' }, timecode);
  const [hours, minutes, seconds, frames] = match.slice(1).map(Number) as [number, number, number, number];
  const totalMinutes = hours * 60 + minutes;
  const labelled = (totalMinutes * 60 + seconds) * rate.nominalFps + frames;
  const dropped = droppedPerMinute(rate) * (totalMinutes - Math.floor(totalMinutes / 10));
  return labelled - dropped;
}

/** Frames counted from 00:00:00:00 → Resolve's timecode label (";" before the frames when drop-frame). */
export function framesToTimecode(frameCount: number, rate: TimelineRate): string {
  let labelled = Math.round(frameCount);
  const drop = droppedPerMinute(rate);
  if (drop > 0) {
    const perTenMinutes = rate.nominalFps * 600 - drop * 9;
    const perMinute = rate.nominalFps * 60 - drop;
    const tens = Math.floor(labelled / perTenMinutes);
    const rest = labelled % perTenMinutes;
    labelled += drop * 9 * tens + (rest > drop ? drop * Math.floor((rest - drop) / perMinute) : 0);
  }
  const frames = labelled % rate.nominalFps;
  const totalSeconds = Math.floor(labelled / rate.nominalFps);
  const pad = (value: number) => String(value).padStart(2, '0');
  const clock = `${pad(Math.floor(totalSeconds / 3600))}:${pad(Math.floor(totalSeconds / 60) % 60)}:${pad(totalSeconds % 60)}`;
  return `${clock}${drop > 0 ? ';' : ':'}${pad(frames)}`;
}
