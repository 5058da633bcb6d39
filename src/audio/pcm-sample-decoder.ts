import { averageChannels } from './average-channels';
import type { PcmSampleFormat } from './audio-stream-info';

/**
 * Converts interleaved PCM bytes into one Float32Array per channel. Integers are scaled by
 * 2^(bits − 1) of their container (left-justified samples, as WAV and AIFF store them, need no
 * shift); 8-bit unsigned samples are centred on 128; floats pass through, except NaN and ±Infinity,
 * which become 0: one of them would stay in every recursive filter after it (the rest of the file
 * measured as nothing). Returns how many samples were replaced.
 */
export function decodeInterleavedPcm(
  bytes: Uint8Array,
  frameCount: number,
  channelCount: number,
  format: PcmSampleFormat,
  out: readonly Float32Array[],
  outOffset: number,
): number {
  if (format.kind === 'int' && format.bytesPerSample === 2 && format.littleEndian === LITTLE_ENDIAN_HOST && bytes.byteOffset % 2 === 0) {
    decodeAlignedInt16(new Int16Array(bytes.buffer, bytes.byteOffset, frameCount * channelCount), frameCount, channelCount, out, outOffset);
    return 0;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const step = format.bytesPerSample;
  const little = format.littleEndian;
  const frameBytes = step * channelCount;
  let nonFinite = 0;
  for (let channel = 0; channel < channelCount; channel++) {
    const target = out[channel]!;
    let position = channel * step;
    let index = outOffset;
    const end = outOffset + frameCount;
    // One loop per encoding keeps the hot path free of per-sample branching.
    if (format.kind === 'float') {
      for (; index < end; index++, position += frameBytes) {
        const value = step === 4 ? view.getFloat32(position, little) : view.getFloat64(position, little);
        // x − x is 0 for every finite x, NaN for NaN and ±Infinity.
        if (value - value === 0) {
          target[index] = value;
        } else {
          target[index] = 0;
          nonFinite++;
        }
      }
      continue;
    }
    switch (step) {
      case 1:
        if (format.kind === 'uint') {
          for (; index < end; index++, position += frameBytes) target[index] = (bytes[position]! - 128) / 128;
        } else {
          for (; index < end; index++, position += frameBytes) target[index] = view.getInt8(position) / 128;
        }
        break;
      case 2:
        for (; index < end; index++, position += frameBytes) target[index] = view.getInt16(position, little) / 32768;
        break;
      case 3:
        for (; index < end; index++, position += frameBytes) {
          const value = little
            ? bytes[position]! | (bytes[position + 1]! << 8) | (bytes[position + 2]! << 16)
            : (bytes[position]! << 16) | (bytes[position + 1]! << 8) | bytes[position + 2]!;
          target[index] = ((value << 8) >> 8) / 8388608;
        }
        break;
      case 4:
        for (; index < end; index++, position += frameBytes) target[index] = view.getInt32(position, little) / 2147483648;
        break;
      default:
        throw new RangeError(`unsupported sample size: ${step} bytes`);
    }
  }
  return nonFinite;
}

/** Whether typed arrays on this machine read little-endian (every platform UXP and Node run on does). */
export const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const INT16_SCALE = 1 / 32768;

/**
 * 16-bit samples in the host's byte order, read through an Int16Array instead of a DataView: the
 * common case (16-bit WAV) and the hot path of a long file. Stereo gets one pass over both channels.
 */
function decodeAlignedInt16(
  samples: Int16Array,
  frameCount: number,
  channelCount: number,
  out: readonly Float32Array[],
  outOffset: number,
): void {
  if (channelCount === 2) {
    const left = out[0]!;
    const right = out[1]!;
    for (let frame = 0, position = 0; frame < frameCount; frame++, position += 2) {
      left[outOffset + frame] = samples[position]! * INT16_SCALE;
      right[outOffset + frame] = samples[position + 1]! * INT16_SCALE;
    }
    return;
  }
  for (let channel = 0; channel < channelCount; channel++) {
    const target = out[channel]!;
    for (let frame = 0, position = channel; frame < frameCount; frame++, position += channelCount) {
      target[outOffset + frame] = samples[position]! * INT16_SCALE;
    }
  }
}

/**
 * Like decodeInterleavedPcm, but writes the average of the channels into `out` (rounded exactly as
 * averaging the decoded channels with averageChannels would). 16-bit stereo, the common case, is
 * averaged straight from the integers: their sum is exact, so one rounding gives the same value.
 * Returns how many float samples were NaN or infinite (read as 0).
 */
export function decodeInterleavedPcmToMono(
  bytes: Uint8Array,
  frameCount: number,
  channelCount: number,
  format: PcmSampleFormat,
  out: Float32Array,
  outOffset: number,
  scratch: Float32Array[],
): number {
  if (
    format.kind === 'int' &&
    format.bytesPerSample === 2 &&
    format.littleEndian === LITTLE_ENDIAN_HOST &&
    bytes.byteOffset % 2 === 0 &&
    channelCount <= 2
  ) {
    const samples = new Int16Array(bytes.buffer, bytes.byteOffset, frameCount * channelCount);
    if (channelCount === 1) {
      for (let frame = 0; frame < frameCount; frame++) out[outOffset + frame] = samples[frame]! * INT16_SCALE;
    } else if (LITTLE_ENDIAN_HOST) {
      decodeStereoInt16ToMono(bytes, frameCount, out, outOffset);
    } else {
      for (let frame = 0, position = 0; frame < frameCount; frame++, position += 2) {
        out[outOffset + frame] = (samples[position]! + samples[position + 1]!) * (INT16_SCALE / 2);
      }
    }
    return 0;
  }
  while (scratch.length < channelCount) scratch.push(new Float32Array(0));
  for (let channel = 0; channel < channelCount; channel++) {
    if (scratch[channel]!.length < frameCount) scratch[channel] = new Float32Array(frameCount);
  }
  const channels = scratch.slice(0, channelCount);
  const nonFinite = decodeInterleavedPcm(bytes, frameCount, channelCount, format, channels, 0);
  averageChannels(channels, frameCount, out.subarray(outOffset, outOffset + frameCount));
  return nonFinite;
}

/**
 * The average of little-endian 16-bit stereo frames (at an even byte offset) on a little-endian
 * host, one 32-bit load per frame: a word holds the two samples of a frame when the data is
 * 4-byte aligned, or the right sample of one frame and the left of the next when it is 2 off.
 */
function decodeStereoInt16ToMono(bytes: Uint8Array, frameCount: number, out: Float32Array, outOffset: number): void {
  const scale = INT16_SCALE / 2;
  const misaligned = bytes.byteOffset % 4 !== 0;
  const wordStart = bytes.byteOffset - (misaligned ? 2 : 0);
  // Whole words inside the bytes (the view must not reach past the end of the frames).
  const words = new Int32Array(bytes.buffer, wordStart, frameCount);
  if (!misaligned) {
    for (let frame = 0; frame < frameCount; frame++) {
      const word = words[frame]!;
      out[outOffset + frame] = (((word << 16) >> 16) + (word >> 16)) * scale;
    }
    return;
  }
  // Word k: high half = left sample of frame k, low half = right sample of frame k − 1.
  if (frameCount === 0) return;
  let left = words[0]! >> 16;
  for (let frame = 0; frame < frameCount - 1; frame++) {
    const word = words[frame + 1]!;
    out[outOffset + frame] = (left + ((word << 16) >> 16)) * scale;
    left = word >> 16;
  }
  const last = new DataView(bytes.buffer, bytes.byteOffset + 4 * (frameCount - 1), 4);
  out[outOffset + frameCount - 1] = (last.getInt16(0, true) + last.getInt16(2, true)) * scale;
}
