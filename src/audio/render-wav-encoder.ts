/** What the rendered file stores: 16/24/32-bit integer PCM or 32-bit float. */
export interface RenderSampleFormat {
  readonly kind: 'int' | 'float';
  readonly bits: 16 | 24 | 32;
}

/**
 * A WAV header (RIFF, PCM or IEEE float, little-endian) for `frames` frames. Written first with the
 * expected length and again at the end with the real one, so a long render streams to disk.
 */
export function wavHeader(format: RenderSampleFormat, channelCount: number, sampleRateHz: number, frames: number): Uint8Array {
  const bytesPerSample = format.bits / 8;
  const dataBytes = frames * channelCount * bytesPerSample;
  const header = new Uint8Array(44);
  const view = new DataView(header.buffer);
  const ascii = (offset: number, text: string) => [...text].forEach((char, i) => view.setUint8(offset + i, char.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, format.kind === 'float' ? 3 : 1, true);
  view.setUint16(22, channelCount, true);
  view.setUint32(24, sampleRateHz, true);
  view.setUint32(28, sampleRateHz * channelCount * bytesPerSample, true);
  view.setUint16(32, channelCount * bytesPerSample, true);
  view.setUint16(34, format.bits, true);
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  return header;
}

/** Interleaves and encodes one block. Integers are rounded and clipped to their range (ducking only lowers, so nothing clips that did not). */
export function encodeWavBlock(channels: readonly Float32Array[], format: RenderSampleFormat): Uint8Array {
  const frames = channels[0]?.length ?? 0;
  const bytesPerSample = format.bits / 8;
  const out = new Uint8Array(frames * channels.length * bytesPerSample);
  const view = new DataView(out.buffer);
  const max = 2 ** (format.bits - 1) - 1;
  let offset = 0;
  for (let i = 0; i < frames; i++) {
    for (const channel of channels) {
      const sample = channel[i]!;
      if (format.kind === 'float') view.setFloat32(offset, sample, true);
      else {
        const value = Math.max(-max - 1, Math.min(max, Math.round(sample * (max + 1))));
        if (format.bits === 16) view.setInt16(offset, value, true);
        else if (format.bits === 32) view.setInt32(offset, value, true);
        else {
          view.setUint8(offset, value & 0xff);
          view.setUint8(offset + 1, (value >> 8) & 0xff);
          view.setUint8(offset + 2, (value >> 16) & 0xff);
        }
      }
      offset += bytesPerSample;
    }
  }
  return out;
}
