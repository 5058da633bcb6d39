/** Keyframes live in clip media time, as in Premiere: media = inPoint + (sequence − start) × speed. */
export interface ClipTimeBase {
  readonly startSeconds: number;
  readonly inPointSeconds: number;
  readonly speed: number;
}

export function sequenceToMediaSeconds(clip: ClipTimeBase, sequenceSeconds: number): number {
  return clip.inPointSeconds + (sequenceSeconds - clip.startSeconds) * clip.speed;
}

export function mediaToSequenceSeconds(clip: ClipTimeBase, mediaSeconds: number): number {
  return clip.startSeconds + (mediaSeconds - clip.inPointSeconds) / clip.speed;
}

export function alignToNearestFrame(seconds: number, frameRate: number): number {
  return Math.round(seconds * frameRate) / frameRate;
}
