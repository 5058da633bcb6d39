/**
 * Writes the average of `channels` into `out`, rounded exactly as summing into a Float32Array and
 * scaling it would (for two channels the sum is exact in a double, so one rounding is the same).
 */
export function averageChannels(channels: readonly Float32Array[], length: number, out: Float32Array): void {
  if (channels.length === 1) {
    out.set(channels[0]!.subarray(0, length));
    return;
  }
  if (channels.length === 2) {
    const left = channels[0]!;
    const right = channels[1]!;
    for (let index = 0; index < length; index++) out[index] = (left[index]! + right[index]!) * 0.5;
    return;
  }
  out.set(channels[0]!.subarray(0, length));
  for (let channel = 1; channel < channels.length; channel++) {
    const source = channels[channel]!;
    for (let index = 0; index < length; index++) out[index]! += source[index]!;
  }
  const scale = 1 / channels.length;
  for (let index = 0; index < length; index++) out[index]! *= scale;
}
