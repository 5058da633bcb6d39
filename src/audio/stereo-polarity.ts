/** A block's mean power per sample must reach this (−50 dBFS) before it decides: silence says nothing about polarity. */
const DECIDING_POWER = 10 ** (-50 / 10);
/** The channels oppose when their sum is this far (10 dB) below their difference. */
const OPPOSED_RATIO = 0.1;
/** Every this-many frames is enough to measure a block's correlation, at a fraction of the work. */
const STRIDE = 4;
const INT16_POWER_SCALE = 1 / (32768 * 32768);

/**
 * Speech is found in the average of a file's channels. A stereo recording with one channel's
 * polarity flipped (a miswired XLR cable, a "stereo" bounce of a mono mic with one side inverted)
 * cancels to silence in that average, though both channels are loud: no speech would be found and
 * nothing ducked. From the first block loud enough to tell, this decides once for the whole file
 * whether the channels oppose, and then hands the detector the right channel inverted (their
 * difference). Loudness is untouched: BS.1770 sums channel powers, which polarity does not change.
 * The blocks before the decision were near silence, where the choice changes nothing.
 */
export class StereoPolarity {
  /** null until a loud enough block has decided. */
  private opposedChannels: boolean | null = null;
  private wordScratch = new Int32Array(0);
  private channelScratch = new Float32Array(0);

  /** Whether the file's channels were found to oppose (the detector then heard left − right). */
  get opposed(): boolean {
    return this.opposedChannels === true;
  }

  /** 16-bit stereo words as the detector should hear them: as given, or a copy with the right channel inverted. */
  words(words: Int32Array): Int32Array {
    if (this.opposedChannels == null) this.decideFromWords(words);
    if (this.opposedChannels !== true) return words;
    if (this.wordScratch.length < words.length) this.wordScratch = new Int32Array(words.length);
    const flipped = this.wordScratch.subarray(0, words.length);
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!;
      const right = word >> 16;
      // −(−32768) does not fit in 16 bits: the nearest that does.
      flipped[index] = ((right === -32768 ? 32767 : -right) << 16) | (word & 0xffff);
    }
    return flipped;
  }

  /** Decoded channels as the detector should hear them: as given, or with a copy of the right channel inverted (stereo only). */
  channels(channels: readonly Float32Array[]): readonly Float32Array[] {
    if (channels.length !== 2) return channels;
    if (this.opposedChannels == null) this.decideFromChannels(channels[0]!, channels[1]!);
    if (this.opposedChannels !== true) return channels;
    const right = channels[1]!;
    if (this.channelScratch.length < right.length) this.channelScratch = new Float32Array(right.length);
    const inverted = this.channelScratch.subarray(0, right.length);
    for (let index = 0; index < right.length; index++) inverted[index] = -right[index]!;
    return [channels[0]!, inverted];
  }

  private decideFromWords(words: Int32Array): void {
    let sum = 0;
    let difference = 0;
    let frames = 0;
    for (let index = 0; index < words.length; index += STRIDE, frames++) {
      const word = words[index]!;
      const left = (word << 16) >> 16;
      const right = word >> 16;
      sum += (left + right) * (left + right);
      difference += (left - right) * (left - right);
    }
    this.decide(sum * INT16_POWER_SCALE, difference * INT16_POWER_SCALE, frames);
  }

  private decideFromChannels(left: Float32Array, right: Float32Array): void {
    let sum = 0;
    let difference = 0;
    let frames = 0;
    for (let index = 0; index < left.length; index += STRIDE, frames++) {
      sum += (left[index]! + right[index]!) ** 2;
      difference += (left[index]! - right[index]!) ** 2;
    }
    this.decide(sum, difference, frames);
  }

  /** Σ(L + R)² and Σ(L − R)² over `frames` frames: (L² + R²) is their mean over two. */
  private decide(sum: number, difference: number, frames: number): void {
    if (frames === 0 || (sum + difference) / 4 / frames < DECIDING_POWER) return;
    this.opposedChannels = sum < OPPOSED_RATIO * difference;
  }
}
