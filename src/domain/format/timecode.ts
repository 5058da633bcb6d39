/**
 * SMPTE timecode for a sequence's frame rate, as Premiere shows it: `HH:MM:SS:FF`, and drop-frame
 * `HH:MM:SS;FF` at 29.97 and 59.94. Drop-frame skips frame labels (2 at 29.97, 4 at 59.94) at the
 * start of every minute except each tenth, so the label keeps pace with the wall clock; no frame
 * itself is dropped.
 */
interface Timecode {
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
  readonly frames: number;
}

interface FrameCounting {
  readonly framesPerSecond: number;
  /** The labels' rate: 30 for 29.97, 24 for 23.976. */
  readonly nominalRate: number;
  /** Labels skipped per minute; 0 for non-drop timecode. */
  readonly droppedPerMinute: number;
}

/** 30000/1001 and 60000/1001 (however rounded, e.g. 29.97) count in drop-frame; every other rate does not. */
function frameCounting(frameRate: number): FrameCounting {
  const nominalRate = Math.round(frameRate);
  const isNtsc = Math.abs(frameRate - (nominalRate * 1000) / 1001) < 0.005;
  const droppedPerMinute = isNtsc && nominalRate % 30 === 0 ? nominalRate / 15 : 0;
  return { framesPerSecond: isNtsc ? (nominalRate * 1000) / 1001 : frameRate, nominalRate, droppedPerMinute };
}

/** The frame shown at a time: the one whose span contains it (a time a hair before a frame boundary counts as on it). */
function frameAt(seconds: number, counting: FrameCounting): number {
  return Math.max(0, Math.floor(seconds * counting.framesPerSecond + 1e-6));
}

/** A frame number's label, drop-frame labels skipped where they apply. */
function labelOf(frame: number, counting: FrameCounting): Timecode {
  const { nominalRate, droppedPerMinute } = counting;
  let labelFrame = frame;
  if (droppedPerMinute > 0) {
    const framesPerMinute = nominalRate * 60 - droppedPerMinute;
    const framesPerTenMinutes = framesPerMinute * 10 + droppedPerMinute;
    const tens = Math.floor(frame / framesPerTenMinutes);
    const rest = frame % framesPerTenMinutes;
    const minutesPastTen = rest < droppedPerMinute ? 0 : Math.floor((rest - droppedPerMinute) / framesPerMinute);
    labelFrame = frame + droppedPerMinute * (9 * tens + minutesPastTen);
  }
  const totalSeconds = Math.floor(labelFrame / nominalRate);
  return {
    hours: Math.floor(totalSeconds / 3600),
    minutes: Math.floor(totalSeconds / 60) % 60,
    seconds: totalSeconds % 60,
    frames: labelFrame % nominalRate,
  };
}

/** `01:02:03:04` (or `01:02:03;04` in drop-frame) for a time in seconds at the sequence's frame rate. */
export function formatTimecode(seconds: number, frameRate: number): string {
  const counting = frameCounting(frameRate);
  const label = labelOf(frameAt(seconds, counting), counting);
  const two = (value: number) => String(value).padStart(2, '0');
  const separator = counting.droppedPerMinute > 0 ? ';' : ':';
  return `${two(label.hours)}:${two(label.minutes)}:${two(label.seconds)}${separator}${two(label.frames)}`;
}

/**
 * The time (seconds) of the frame a timecode names. A drop-frame label that does not exist
 * (`00:01:00;00`) names the first frame of that minute (`00:01:00;02`).
 */
export function secondsOfTimecode(timecode: Timecode, frameRate: number): number {
  const counting = frameCounting(frameRate);
  const { nominalRate, droppedPerMinute } = counting;
  const totalMinutes = timecode.hours * 60 + timecode.minutes;
  const skipsThisMinute = droppedPerMinute > 0 && timecode.minutes % 10 !== 0 && timecode.seconds === 0;
  const frames = skipsThisMinute ? Math.max(timecode.frames, droppedPerMinute) : timecode.frames;
  const labelFrame = (totalMinutes * 60 + timecode.seconds) * nominalRate + frames;
  const frame = labelFrame - droppedPerMinute * (totalMinutes - Math.floor(totalMinutes / 10));
  return frame / counting.framesPerSecond;
}
