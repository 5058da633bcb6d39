import { writeExtendedFloat80 } from './write-extended-float';

/** How to store samples in a synthetic test file. */
export interface TestSampleFormat {
  readonly kind: 'int' | 'float';
  /** 8, 16, 24, 32 for int; 32 or 64 for float. */
  readonly bits: number;
}

interface TestWavOptions extends TestSampleFormat {
  /** Write WAVE_FORMAT_EXTENSIBLE with this channel mask. */
  readonly extensibleMask?: number;
  /** Write an RF64 header whose ds64 chunk carries the sizes. */
  readonly rf64?: boolean;
  /** Chunks to put between fmt and data, e.g. an odd-sized LIST. */
  readonly chunksBeforeData?: readonly { id: string; body: Uint8Array }[];
  /** Chunks after data (decoders must ignore them). */
  readonly chunksAfterData?: readonly { id: string; body: Uint8Array }[];
}

/** A WAV file as bytes, written independently of the decoder under test. */
export function encodeWav(channels: readonly Float32Array[], sampleRateHz: number, options: TestWavOptions): Uint8Array {
  const bytesPerSample = options.bits / 8;
  const frameCount = channels[0]?.length ?? 0;
  const data = interleave(channels, { ...options, littleEndian: true, unsigned8: true });
  const fmt = new Uint8Array(options.extensibleMask == null ? 16 : 40);
  const fv = new DataView(fmt.buffer);
  const tag = options.kind === 'float' ? 3 : 1;
  fv.setUint16(0, options.extensibleMask == null ? tag : 0xfffe, true);
  fv.setUint16(2, channels.length, true);
  fv.setUint32(4, sampleRateHz, true);
  fv.setUint32(8, sampleRateHz * channels.length * bytesPerSample, true);
  fv.setUint16(12, channels.length * bytesPerSample, true);
  fv.setUint16(14, options.bits, true);
  if (options.extensibleMask != null) {
    fv.setUint16(16, 22, true);
    fv.setUint16(18, options.bits, true);
    fv.setUint32(20, options.extensibleMask, true);
    fv.setUint16(24, tag, true);
    fmt.set([0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71], 26);
  }
  const chunks: Uint8Array[] = [];
  if (options.rf64 === true) {
    const ds64 = new Uint8Array(28);
    const dv = new DataView(ds64.buffer);
    setUint64(dv, 0, 0); // riff size: not needed by readers
    setUint64(dv, 8, data.length);
    setUint64(dv, 16, frameCount);
    chunks.push(riffChunk('ds64', ds64));
  }
  chunks.push(riffChunk('fmt ', fmt));
  for (const chunk of options.chunksBeforeData ?? []) chunks.push(riffChunk(chunk.id, chunk.body));
  chunks.push(options.rf64 === true ? riffChunk('data', data, 0xffffffff) : riffChunk('data', data));
  for (const chunk of options.chunksAfterData ?? []) chunks.push(riffChunk(chunk.id, chunk.body));
  const body = concat(chunks);
  const header = new Uint8Array(12);
  const hv = new DataView(header.buffer);
  writeAscii(header, 0, options.rf64 === true ? 'RF64' : 'RIFF');
  hv.setUint32(4, options.rf64 === true ? 0xffffffff : body.length + 4, true);
  writeAscii(header, 8, 'WAVE');
  return concat([header, body]);
}

interface TestAiffOptions extends TestSampleFormat {
  /** AIFF-C compression type: 'NONE', 'sowt', 'fl32', 'fl64'. @default plain AIFF */
  readonly compression?: 'NONE' | 'sowt' | 'fl32' | 'fl64';
  /** Bytes of SSND offset padding before the samples. @default 0 */
  readonly ssndOffset?: number;
}

export function encodeAiff(channels: readonly Float32Array[], sampleRateHz: number, options: TestAiffOptions): Uint8Array {
  const aifc = options.compression != null;
  const frameCount = channels[0]?.length ?? 0;
  const data = interleave(channels, { ...options, littleEndian: options.compression === 'sowt', unsigned8: false });
  const comm = new Uint8Array(aifc ? 24 : 18);
  const cv = new DataView(comm.buffer);
  cv.setInt16(0, channels.length);
  cv.setUint32(2, frameCount);
  cv.setInt16(6, options.bits);
  writeExtendedFloat80(sampleRateHz, comm, 8);
  if (aifc) {
    writeAscii(comm, 18, options.compression);
    comm[22] = 0; // empty Pascal-string name, padded
  }
  const offset = options.ssndOffset ?? 0;
  const ssnd = new Uint8Array(8 + offset + data.length);
  new DataView(ssnd.buffer).setUint32(0, offset);
  ssnd.set(data, 8 + offset);
  const chunks = [formChunk('COMM', comm), formChunk('SSND', ssnd)];
  if (aifc) {
    const fver = new Uint8Array(4);
    new DataView(fver.buffer).setUint32(0, 0xa2805140);
    chunks.unshift(formChunk('FVER', fver));
  }
  const body = concat(chunks);
  const header = new Uint8Array(12);
  writeAscii(header, 0, 'FORM');
  new DataView(header.buffer).setUint32(4, body.length + 4);
  writeAscii(header, 8, aifc ? 'AIFC' : 'AIFF');
  return concat([header, body]);
}

/** Quantises like the encoder so a test can predict decoded values exactly. */
export function quantise(value: number, format: TestSampleFormat): number {
  if (format.kind === 'float') return format.bits === 32 ? Math.fround(value) : value;
  const scale = 2 ** (format.bits - 1);
  return Math.max(-scale, Math.min(scale - 1, Math.round(value * scale))) / scale;
}

function interleave(
  channels: readonly Float32Array[],
  format: TestSampleFormat & { littleEndian: boolean; unsigned8: boolean },
): Uint8Array {
  const bytesPerSample = format.bits / 8;
  const frameCount = channels[0]?.length ?? 0;
  const out = new Uint8Array(frameCount * channels.length * bytesPerSample);
  const view = new DataView(out.buffer);
  const scale = 2 ** (format.bits - 1);
  if (format.kind === 'float' && format.bits === 32 && format.littleEndian) {
    // The common case in generated test sets: a typed-array copy instead of a DataView per sample.
    const floats = new Float32Array(out.buffer);
    for (let channelIndex = 0; channelIndex < channels.length; channelIndex++) {
      const channel = channels[channelIndex]!;
      for (let frame = 0; frame < frameCount; frame++) floats[frame * channels.length + channelIndex] = channel[frame]!;
    }
    return out;
  }
  let position = 0;
  for (let frame = 0; frame < frameCount; frame++) {
    for (let channelIndex = 0; channelIndex < channels.length; channelIndex++) {
      const value = channels[channelIndex]![frame]!;
      if (format.kind === 'float') {
        if (format.bits === 32) view.setFloat32(position, value, format.littleEndian);
        else view.setFloat64(position, value, format.littleEndian);
      } else {
        const integer = Math.max(-scale, Math.min(scale - 1, Math.round(value * scale)));
        if (format.bits === 8) view.setUint8(position, format.unsigned8 ? integer + 128 : integer & 0xff);
        else if (format.bits === 16) view.setInt16(position, integer, format.littleEndian);
        else if (format.bits === 24) {
          const bytes = [integer & 0xff, (integer >> 8) & 0xff, (integer >> 16) & 0xff];
          out.set(format.littleEndian ? bytes : bytes.reverse(), position);
        } else view.setInt32(position, integer, format.littleEndian);
      }
      position += bytesPerSample;
    }
  }
  return out;
}

function riffChunk(id: string, body: Uint8Array, sizeField = body.length): Uint8Array {
  const chunk = new Uint8Array(8 + body.length + (body.length & 1));
  writeAscii(chunk, 0, id);
  new DataView(chunk.buffer).setUint32(4, sizeField, true);
  chunk.set(body, 8);
  return chunk;
}

function formChunk(id: string, body: Uint8Array): Uint8Array {
  const chunk = new Uint8Array(8 + body.length + (body.length & 1));
  writeAscii(chunk, 0, id);
  new DataView(chunk.buffer).setUint32(4, body.length);
  chunk.set(body, 8);
  return chunk;
}

function setUint64(view: DataView, offset: number, value: number): void {
  view.setUint32(offset, value % 2 ** 32, true);
  view.setUint32(offset + 4, Math.floor(value / 2 ** 32), true);
}

export function writeAscii(target: Uint8Array, offset: number, text: string): void {
  for (let index = 0; index < text.length; index++) target[offset + index] = text.charCodeAt(index);
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Splits bytes into chunks of the given sizes, cycling, to exercise every split point. */
export function* chunked(bytes: Uint8Array, sizes: readonly number[]): Generator<Uint8Array> {
  let offset = 0;
  let index = 0;
  while (offset < bytes.length) {
    const size = sizes[index++ % sizes.length]!;
    yield bytes.subarray(offset, offset + size);
    offset += size;
  }
}
