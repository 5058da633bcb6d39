import type { PcmSampleFormat } from './audio-stream-info';

/**
 * Converts interleaved PCM bytes into one Float32Array per channel. Integers are scaled by
 * 2^(bits − 1) of their container (left-justified samples, as WAV and AIFF store them, need no
 * shift); 8-bit unsigned samples are centred on 128; floats pass through.
 */
export function decodeInterleavedPcm(
  bytes: Uint8Array,
  frameCount: number,
  channelCount: number,
  format: PcmSampleFormat,
  out: readonly Float32Array[],
  outOffset: number,
): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const step = format.bytesPerSample;
  const little = format.littleEndian;
  const frameBytes = step * channelCount;
  for (let channel = 0; channel < channelCount; channel++) {
    const target = out[channel]!;
    let position = channel * step;
    let index = outOffset;
    const end = outOffset + frameCount;
    // One loop per encoding keeps the hot path free of per-sample branching.
    if (format.kind === 'float') {
      if (step === 4) {
        for (; index < end; index++, position += frameBytes) target[index] = view.getFloat32(position, little);
      } else {
        for (; index < end; index++, position += frameBytes) target[index] = view.getFloat64(position, little);
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
}
