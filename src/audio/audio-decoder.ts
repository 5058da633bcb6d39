import { AudioFormatError } from './audio-format-error';
import type { AudioContainer, AudioDecodeSummary, AudioStreamInfo, DecodedAudioBlock, PcmSampleFormat } from './audio-stream-info';
import { parseAiffCommChunk, type AiffFormat } from './aiff-format';
import { decodeInterleavedPcm, decodeInterleavedPcmToMono, LITTLE_ENDIAN_HOST } from './pcm-sample-decoder';
import { readAlignerOf, type ReadAligner } from './read-aligner';
import { sniffAudioContainer, type SniffedContainer } from './sniff-audio-container';
import { isStreamingPlaceholderSize, isUnfilledSize, UNKNOWN_SIZE_32 } from './unfilled-size';
import { parseDs64Chunk, parseWavFmtChunk, type Ds64Sizes, type WavFormat } from './wav-format';

interface AudioDecoderOptions {
  /** Named in every error message, e.g. "voice.wav". */
  readonly fileName: string;
  /**
   * Deliver one channel, the average of the file's channels, instead of every channel: for a
   * consumer that only wants the mix (speech detection alone), at about half the work.
   * `info.channelCount` still describes the file. A function decides from the stream's format,
   * once the header is read. @default false
   */
  readonly mixToMono?: boolean | ((info: AudioStreamInfo) => boolean);
  /**
   * Decode every block into the same arrays, reused: a block is only valid until the next push.
   * For a consumer that is done with each block before asking for the next (analysis): a long file
   * then costs no fresh memory per block, which is most of the decoder's time when it does.
   * @default false
   */
  readonly reuseBlocks?: boolean;
  /**
   * Hand 16-bit stereo blocks over undecoded as `stereoInt16` words where the chunk allows (whole,
   * 4-byte-aligned frames), for a consumer that reads the integers in its own pass (analysis fuses
   * loudness and the mono mix into one). Other formats and blocks decode as usual. @default false
   */
  readonly stereoInt16Words?: boolean;
  /**
   * Told where the samples begin, so that it can start later chunks on whole frames (which lets
   * `stereoInt16Words` view them in place). `decodeAudioStream` uses its chunks' own when they have one.
   */
  readonly readAligner?: ReadAligner;
}

/**
 * A push decoder for WAV (PCM 8–32-bit, float 32/64, WAVE_FORMAT_EXTENSIBLE, RF64/BW64) and
 * AIFF/AIFF-C (big-endian PCM, 'sowt', fl32/fl64). Bytes go in as they arrive, in chunks of any
 * size; samples come out as soon as whole frames are available, so a one-hour file never sits in
 * memory. Chunks after the sample data (LIST, id3 …) are ignored.
 */
interface AudioDecoder {
  /** The stream's format once the header has been read; null before. */
  readonly info: AudioStreamInfo | null;
  readonly framesDecoded: number;
  /** True once the sample data announced by the header has been decoded; later bytes are ignored. */
  readonly complete: boolean;
  /**
   * Feeds the next bytes of the file; returns the frames they completed, or null. The chunk is not
   * kept after the call returns. Throws AudioFormatError.
   */
  push(chunk: Uint8Array): DecodedAudioBlock | null;
  /** Declares the end of the file. Throws AudioFormatError when it ended before the samples began. */
  end(): AudioDecodeSummary;
}

export function createAudioDecoder(options: AudioDecoderOptions): AudioDecoder {
  return new StreamingAudioDecoder(
    options.fileName,
    options.mixToMono ?? false,
    options.reuseBlocks === true,
    options.stereoInt16Words === true,
    options.readAligner ?? null,
  );
}

/** Decodes a byte stream (a file read in chunks) into blocks of frames; returns the summary at the end. */
export async function* decodeAudioStream(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: AudioDecoderOptions,
): AsyncGenerator<DecodedAudioBlock, AudioDecodeSummary, undefined> {
  const decoder = createAudioDecoder({ ...options, readAligner: options.readAligner ?? readAlignerOf(chunks) });
  for await (const chunk of chunks) {
    const block = decoder.push(chunk);
    if (block != null) yield block;
    // Stop reading: what follows the samples is metadata we do not need (and may be large).
    if (decoder.complete) break;
  }
  return decoder.end();
}

const EMPTY = new Uint8Array(0);
/** fmt, ds64 and COMM are tens of bytes; a megabyte means the size field is garbage. */
const MAX_HEADER_CHUNK_BYTES = 1 << 20;

type Phase = 'signature' | 'chunk-header' | 'chunk-body' | 'skip' | 'ssnd-header' | 'samples' | 'trailing';

class StreamingAudioDecoder implements AudioDecoder {
  info: AudioStreamInfo | null = null;
  framesDecoded = 0;

  private phase: Phase = 'signature';
  /** Header bytes received but not yet parsed. */
  private pending: Uint8Array = EMPTY;
  private container: SniffedContainer | null = null;
  private bytesSeen = 0;
  private skipBytes = 0;
  private phaseAfterSkip: Phase = 'chunk-header';
  private bodyId = '';
  private bodyBytes = 0;
  private ssndBytes = 0;
  private wavFormat: WavFormat | null = null;
  private ds64: Ds64Sizes | null = null;
  private aiffFormat: AiffFormat | null = null;
  private dataBytesRemaining = 0;
  /** False when the header's data size is absent or a placeholder: then ending early is not truncation. */
  private lengthRecorded = true;
  /** The chunk being skipped, for saying where a file that ends inside one ended. */
  private skippedChunkId = '';
  private nonFiniteSamples = 0;
  private frameBytes = 0;
  /** A frame split across two pushes. */
  private carry: Uint8Array = EMPTY;
  private carryLength = 0;

  /** Per-channel scratch for mixing formats without a direct path. */
  private readonly mixScratch: Float32Array[] = [];

  /** Where `stereoInt16` words are gathered when the chunk does not hold them aligned. */
  private alignedScratch = new Uint8Array(0);

  /** The arrays blocks are decoded into, with `reuseBlocks`. */
  private reused: Float32Array[] = [];

  constructor(
    private readonly fileName: string,
    private mixToMono: boolean | ((info: AudioStreamInfo) => boolean),
    private readonly reuseBlocks: boolean,
    private readonly stereoInt16Words: boolean,
    private readonly readAligner: ReadAligner | null,
  ) {}

  get complete(): boolean {
    return this.phase === 'trailing';
  }

  push(chunk: Uint8Array): DecodedAudioBlock | null {
    this.bytesSeen += chunk.length;
    if (this.phase === 'samples') return this.decodeSamples(chunk);
    if (this.phase === 'trailing') return null;
    this.pending = this.pending.length === 0 ? chunk : concat(this.pending, chunk);
    this.parseHeader();
    if (!this.inSamples()) {
      // Keep a copy of the unparsed rest, never the caller's buffer: readers may reuse theirs.
      this.pending = this.pending.slice();
      return null;
    }
    const rest = this.pending;
    this.pending = EMPTY;
    this.readAligner?.alignReads(this.bytesSeen - rest.length, this.frameBytes);
    return this.decodeSamples(rest);
  }

  end(): AudioDecodeSummary {
    if (this.info == null) {
      if (this.bytesSeen === 0) throw this.fail('the file is empty');
      if (this.phase === 'skip') {
        // A chunk that reaches past the end: a cut-off file, or a size (or a missing pad byte) that hides the data chunk.
        const id = this.skippedChunkId;
        const chunk = /^[\x20-\x7e]{4}$/.test(id) ? `its '${id.trim()}' chunk` : 'a chunk whose name is not readable';
        throw this.fail(
          `the file ends after ${this.bytesSeen} bytes inside ${chunk}, and no sample data was found before it; the file is truncated or a chunk size in its header is wrong`,
        );
      }
      throw this.fail(`the file ends inside its header after ${this.bytesSeen} bytes, before any samples; it is truncated or not audio`);
    }
    const truncated = this.phase === 'samples' && this.lengthRecorded && this.dataBytesRemaining > 0;
    return { info: this.info, framesDecoded: this.framesDecoded, truncated, nonFiniteSamples: this.nonFiniteSamples };
  }

  private fail(problem: string): AudioFormatError {
    return new AudioFormatError(this.fileName, problem);
  }

  private consume(byteCount: number): void {
    this.pending = this.pending.subarray(byteCount);
  }

  /** Advances through the header as far as the buffered bytes allow. */
  private parseHeader(): void {
    for (;;) {
      switch (this.phase) {
        case 'signature': {
          if (this.pending.length < 12) return;
          this.container = sniffAudioContainer(this.pending.subarray(0, 12), this.fileName);
          this.consume(12);
          this.phase = 'chunk-header';
          break;
        }
        case 'chunk-header': {
          if (this.pending.length < 8) return;
          const id = String.fromCharCode(...this.pending.subarray(0, 4));
          const view = new DataView(this.pending.buffer, this.pending.byteOffset + 4, 4);
          const size = view.getUint32(0, this.container?.kind === 'riff');
          this.consume(8);
          this.onChunk(id, size);
          if (this.inSamples()) return;
          break;
        }
        case 'chunk-body': {
          if (this.pending.length < this.bodyBytes) return;
          this.onChunkBody(this.bodyId, this.pending.subarray(0, this.bodyBytes));
          this.consume(this.bodyBytes);
          this.skippedChunkId = this.bodyId;
          this.skipThen(this.bodyBytes & 1, 'chunk-header');
          break;
        }
        case 'skip': {
          const skipped = Math.min(this.skipBytes, this.pending.length);
          this.consume(skipped);
          this.skipBytes -= skipped;
          if (this.skipBytes > 0) return;
          this.phase = this.phaseAfterSkip;
          if (this.phase === 'samples') return;
          break;
        }
        case 'ssnd-header': {
          if (this.pending.length < 8) return;
          const offsetBytes = new DataView(this.pending.buffer, this.pending.byteOffset, 8).getUint32(0);
          this.consume(8);
          const ssndSizeKnown = !isUnfilledSize(this.ssndBytes);
          const ssndDataBytes = this.ssndBytes - 8 - offsetBytes;
          if (ssndSizeKnown && ssndDataBytes < 0)
            throw this.fail(`the SSND chunk's offset (${offsetBytes}) lies beyond its end; the file is corrupt`);
          const format = this.aiffFormat!;
          const frameBytes = format.channelCount * format.sampleFormat.bytesPerSample;
          // COMM's frame count is 0 in a file whose recorder never came back to fill it in: the SSND size (or the file's end) decides.
          const commDataBytes = format.totalFrames > 0 ? format.totalFrames * frameBytes : null;
          const sizes = [ssndSizeKnown ? ssndDataBytes : null, commDataBytes].filter((bytes) => bytes != null);
          const dataBytes = sizes.length === 0 ? null : Math.min(...sizes);
          if (sizes.some(isStreamingPlaceholderSize)) this.lengthRecorded = false;
          this.beginSamples(
            this.isAifc() ? 'aifc' : 'aiff',
            format,
            frameBytes,
            null,
            dataBytes,
            dataBytes == null ? null : Math.floor(dataBytes / frameBytes),
          );
          this.skipThen(offsetBytes, 'samples');
          if (this.inSamples()) return;
          break;
        }
        default:
          return;
      }
    }
  }

  /** A method, not an inline comparison: the phase changes inside calls TypeScript cannot see into. */
  private inSamples(): boolean {
    return this.phase === 'samples';
  }

  private skipThen(byteCount: number, next: Phase): void {
    if (byteCount === 0) {
      this.phase = next;
      return;
    }
    this.skipBytes = byteCount;
    this.phaseAfterSkip = next;
    this.phase = 'skip';
  }

  private onChunk(id: string, size: number): void {
    const container = this.container!;
    const parsed = container.kind === 'riff' ? id === 'fmt ' || id === 'ds64' : id === 'COMM';
    if (parsed) {
      if (size > MAX_HEADER_CHUNK_BYTES) throw this.fail(`the '${id}' chunk claims ${size} bytes; the file is corrupt`);
      this.bodyId = id;
      this.bodyBytes = size;
      this.phase = 'chunk-body';
      return;
    }
    if (container.kind === 'riff' && id === 'data') {
      const format = this.wavFormat;
      // Streaming needs the format before the samples; every common writer puts it first.
      if (format == null) throw this.fail('the WAVE data chunk comes before the fmt chunk; re-export the file');
      const dataBytes = this.wavDataBytes(size);
      if (dataBytes != null && isStreamingPlaceholderSize(dataBytes)) this.lengthRecorded = false;
      const declaredFrames = dataBytes == null ? null : Math.floor(dataBytes / format.blockAlignBytes);
      const ds64Frames = container.wide != null && this.ds64 != null && this.ds64.sampleCount > 0 ? this.ds64.sampleCount : null;
      this.beginSamples(
        container.wide ?? 'wav',
        format,
        format.blockAlignBytes,
        format.channelMask,
        dataBytes,
        ds64Frames ?? declaredFrames,
      );
      this.phase = 'samples';
      return;
    }
    if (container.kind === 'form' && id === 'SSND') {
      if (this.aiffFormat == null) throw this.fail('the SSND chunk comes before the COMM chunk; re-export the file');
      if (size < 8 && !isUnfilledSize(size)) throw this.fail('the SSND chunk is shorter than its 8-byte header; the file is corrupt');
      this.ssndBytes = size;
      this.phase = 'ssnd-header';
      return;
    }
    // LIST, bext, iXML, JUNK, fact, PEAK, MARK, INST, ID3 …: not needed to find speech.
    this.skippedChunkId = id;
    this.skipThen(size + (size & 1), 'chunk-header');
  }

  /** The data chunk's size in bytes from its size field (and ds64's), or null: not recorded, read to the end of the file. */
  private wavDataBytes(size: number): number | null {
    const container = this.container as Extract<SniffedContainer, { kind: 'riff' }>;
    if (size === UNKNOWN_SIZE_32 && container.wide != null) {
      if (this.ds64 == null)
        throw this.fail(`the ${container.wide.toUpperCase()} file has no ds64 chunk before its data; the file is corrupt`);
      // ffmpeg to a pipe with -rf64 always leaves ds64's sizes at 0.
      return this.ds64.dataBytes === 0 ? null : this.ds64.dataBytes;
    }
    // ffmpeg to a pipe writes 0xFFFFFFFF; a recorder that crashed leaves 0 here and in the RIFF size.
    if (size === UNKNOWN_SIZE_32 || (size === 0 && isUnfilledSize(container.declaredBytes))) return null;
    return size;
  }

  private onChunkBody(id: string, body: Uint8Array): void {
    if (id === 'fmt ') this.wavFormat = parseWavFmtChunk(body, this.fileName);
    else if (id === 'ds64') this.ds64 = parseDs64Chunk(body, this.fileName);
    else if (id === 'COMM') this.aiffFormat = parseAiffCommChunk(body, this.isAifc(), this.fileName);
  }

  private isAifc(): boolean {
    return this.container?.kind === 'form' && this.container.aifc;
  }

  private beginSamples(
    container: AudioContainer,
    format: { sampleRateHz: number; channelCount: number; sampleFormat: PcmSampleFormat },
    frameBytes: number,
    channelMask: number | null,
    dataBytes: number | null,
    totalFrames: number | null,
  ): void {
    this.frameBytes = frameBytes;
    if (dataBytes == null) this.lengthRecorded = false;
    this.dataBytesRemaining = dataBytes ?? Infinity;
    this.carry = new Uint8Array(frameBytes);
    this.info = {
      container,
      sampleRateHz: format.sampleRateHz,
      channelCount: format.channelCount,
      sampleFormat: format.sampleFormat,
      channelMask,
      totalFrames,
    };
  }

  private decodeSamples(chunk: Uint8Array): DecodedAudioBlock | null {
    const info = this.info!;
    const usable = Math.min(chunk.length, this.dataBytesRemaining);
    const bytes = usable === chunk.length ? chunk : chunk.subarray(0, usable);
    this.dataBytesRemaining -= usable;
    if (this.dataBytesRemaining === 0) this.phase = 'trailing';

    const frameBytes = this.frameBytes;
    const frameCount = Math.floor((this.carryLength + bytes.length) / frameBytes);
    if (frameCount === 0) {
      this.carry.set(bytes, this.carryLength);
      this.carryLength += bytes.length;
      return null;
    }
    if (this.wordsAllowed(info)) {
      const block: DecodedAudioBlock = {
        info,
        startFrame: this.framesDecoded,
        channels: [],
        stereoInt16: this.frameWords(bytes, frameCount),
      };
      this.framesDecoded += frameCount;
      return block;
    }
    if (typeof this.mixToMono === 'function') this.mixToMono = this.mixToMono(info);
    const channels = this.blockArrays(this.mixToMono ? 1 : info.channelCount, frameCount);
    const decode = (source: Uint8Array, count: number, at: number) => {
      this.nonFiniteSamples += this.mixToMono
        ? decodeInterleavedPcmToMono(source, count, info.channelCount, info.sampleFormat, channels[0]!, at, this.mixScratch)
        : decodeInterleavedPcm(source, count, info.channelCount, info.sampleFormat, channels, at);
    };
    let offset = 0;
    let written = 0;
    if (this.carryLength > 0) {
      offset = frameBytes - this.carryLength;
      this.carry.set(bytes.subarray(0, offset), this.carryLength);
      decode(this.carry, 1, 0);
      this.carryLength = 0;
      written = 1;
    }
    const whole = frameCount - written;
    decode(bytes.subarray(offset, offset + whole * frameBytes), whole, written);
    offset += whole * frameBytes;
    this.carry.set(bytes.subarray(offset), 0);
    this.carryLength = bytes.length - offset;

    const block: DecodedAudioBlock = { info, startFrame: this.framesDecoded, channels };
    this.framesDecoded += frameCount;
    return block;
  }

  private wordsAllowed(info: AudioStreamInfo): boolean {
    const format = info.sampleFormat;
    return (
      this.stereoInt16Words &&
      info.channelCount === 2 &&
      this.frameBytes === 4 &&
      format.kind === 'int' &&
      format.bytesPerSample === 2 &&
      format.littleEndian === LITTLE_ENDIAN_HOST
    );
  }

  /**
   * The carried partial frame and `bytes` as `frameCount` 32-bit words; the bytes after them carry
   * over. A view of the chunk when it starts a frame on a 4-byte boundary; else a copy into a reused
   * aligned buffer. A header of 2 mod 4 bytes (ffmpeg's LIST chunk, BWF's bext) leaves every chunk of
   * a plain reader 2 off; a source with a ReadAligner starts its chunks on frames once told where the
   * samples begin, so only the first few chunks are copied.
   */
  private frameWords(bytes: Uint8Array, frameCount: number): Int32Array {
    const carried = this.carryLength;
    const used = frameCount * 4 - carried;
    let words: Int32Array;
    if (carried === 0 && bytes.byteOffset % 4 === 0) {
      words = new Int32Array(bytes.buffer, bytes.byteOffset, frameCount);
    } else {
      if (this.alignedScratch.length < frameCount * 4) this.alignedScratch = new Uint8Array(frameCount * 4);
      const scratch = this.alignedScratch;
      scratch.set(this.carry.subarray(0, carried), 0);
      scratch.set(bytes.subarray(0, used), carried);
      words = new Int32Array(scratch.buffer, 0, frameCount);
    }
    this.carry.set(bytes.subarray(used), 0);
    this.carryLength = bytes.length - used;
    return words;
  }

  /** `count` arrays of `frameCount` samples: fresh ones, or views of the reused ones (grown when a block is longer). */
  private blockArrays(count: number, frameCount: number): Float32Array[] {
    if (!this.reuseBlocks) return Array.from({ length: count }, () => new Float32Array(frameCount));
    if (this.reused.length !== count || this.reused[0]!.length < frameCount) {
      this.reused = Array.from({ length: count }, () => new Float32Array(frameCount));
    }
    return this.reused.map((array) => array.subarray(0, frameCount));
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}
