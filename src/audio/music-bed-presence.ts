/**
 * Whether a music bed (or any other loud sound that is not speech) plays around each frame: the
 * share of the frames within ±`halfWindowFrames` that are loud enough to be speech by their level
 * but that the speech/music model confidently rejects. Under a bed that share is high (its notes
 * and hits between the words are loud and unlike speech); over silence, room noise or hum it is
 * near zero, because nearly every loud frame there is speech.
 *
 * The detector lets the model veto a loud frame only where a bed is present: over plain noise the
 * level alone decides, as it did before the model, and a soft word ending the model is unsure of
 * (a trailing "t", a breathy vowel) is kept.
 *
 * Frames go in in order; frame i's answer is known once frame i + halfWindowFrames is in (or at
 * `finish`, where the window is cut at the stream's end).
 */
export class MusicBedPresence {
  private readonly rejected: Uint8Array;
  private readonly mask: number;
  /** Rejected frames in the window of the next frame to report (frames pushed so far, from its left edge). */
  private rejectedInWindow = 0;
  private pushed = 0;
  private next = 0;

  /**
   * @param halfWindowFrames context either side of a frame
   * @param presentFraction share of the window's frames that must be confidently rejected for a bed to count as present
   */
  constructor(
    private readonly halfWindowFrames: number,
    private readonly presentFraction: number,
  ) {
    let size = 2;
    while (size < 2 * halfWindowFrames + 2) size *= 2;
    this.rejected = new Uint8Array(size);
    this.mask = size - 1;
  }

  /** Frames between pushing a frame and hearing about it. */
  get delayFrames(): number {
    return this.halfWindowFrames;
  }

  /** The next frame: `rejected` when it is loud but the model is confident it is not speech. */
  push(rejected: boolean, onFrame: (frame: number, bedPresent: boolean) => void): void {
    const flag = rejected ? 1 : 0;
    this.rejected[this.pushed & this.mask] = flag;
    this.rejectedInWindow += flag;
    this.pushed++;
    while (this.next + this.halfWindowFrames < this.pushed) this.report(this.next++, this.pushed, onFrame);
  }

  /** The stream ended: reports the remaining frames. */
  finish(onFrame: (frame: number, bedPresent: boolean) => void): void {
    while (this.next < this.pushed) this.report(this.next++, this.pushed, onFrame);
  }

  private report(frame: number, pushed: number, onFrame: (frame: number, bedPresent: boolean) => void): void {
    // The window is [frame − half, frame + half], cut at the stream's edges; frame − half − 1 leaves it.
    const leaving = frame - this.halfWindowFrames - 1;
    if (leaving >= 0) this.rejectedInWindow -= this.rejected[leaving & this.mask]!;
    const first = Math.max(0, frame - this.halfWindowFrames);
    const last = Math.min(pushed - 1, frame + this.halfWindowFrames);
    onFrame(frame, this.rejectedInWindow >= this.presentFraction * (last - first + 1));
  }
}
