import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AudioFormatError, createAudioDecoder, decodeAudioStream, readExtendedFloat80 } from '../../src/audio';
import { writeExtendedFloat80 } from '../support/write-extended-float';
import { AppError } from '../../src/shared/app-error';
import { averageChannels } from '../../src/audio/average-channels';
import { decodeAll } from '../support/decode-all';
import { chunked, concat, encodeAiff, encodeWav, quantise, writeAscii, type TestSampleFormat } from '../support/encode-test-audio';

/** A few hundred frames of a two-tone signal with distinct channels, covering ±full scale. */
function testSignal(channelCount: number, frameCount = 333): Float32Array[] {
  return Array.from({ length: channelCount }, (_, channel) =>
    Float32Array.from({ length: frameCount }, (_, frame) => {
      if (frame === 0) return 0.999;
      if (frame === 1) return -1;
      return 0.7 * Math.sin((2 * Math.PI * (frame + 17 * channel)) / (29 + channel)) + 0.2 * Math.sin(frame / 3);
    }),
  );
}

function expectSamples(actual: readonly Float32Array[], expected: readonly Float32Array[], format: TestSampleFormat) {
  expect(actual).toHaveLength(expected.length);
  const tolerance = format.kind === 'float' ? 0 : 1e-7;
  expected.forEach((channel, index) => {
    expect(actual[index]!.length).toBe(channel.length);
    let worst = 0;
    for (let frame = 0; frame < channel.length; frame++) {
      worst = Math.max(worst, Math.abs(actual[index]![frame]! - Math.fround(quantise(channel[frame]!, format))));
    }
    expect(worst).toBeLessThanOrEqual(tolerance);
  });
}

const CHUNK_PATTERNS = [[1], [7, 3, 11], [4096], [1_000_000]];

describe('WAV decoding', () => {
  const formats: TestSampleFormat[] = [
    { kind: 'int', bits: 8 },
    { kind: 'int', bits: 16 },
    { kind: 'int', bits: 24 },
    { kind: 'int', bits: 32 },
    { kind: 'float', bits: 32 },
    { kind: 'float', bits: 64 },
  ];
  for (const format of formats) {
    it(`decodes ${format.bits}-bit ${format.kind} in mono and multichannel, split at any byte`, () => {
      for (const channelCount of [1, 2, 6]) {
        const signal = testSignal(channelCount);
        const bytes = encodeWav(signal, 48_000, format);
        for (const sizes of CHUNK_PATTERNS) {
          const { channels, summary } = decodeAll(chunked(bytes, sizes));
          expectSamples(channels, signal, format);
          expect(summary.info).toMatchObject({ container: 'wav', sampleRateHz: 48_000, channelCount, totalFrames: 333 });
          expect(summary.truncated).toBe(false);
        }
      }
    });
  }

  it('decodes WAVE_FORMAT_EXTENSIBLE and reports its channel mask', () => {
    const signal = testSignal(6);
    const bytes = encodeWav(signal, 44_100, { kind: 'int', bits: 24, extensibleMask: 0x60f });
    const { channels, summary } = decodeAll(chunked(bytes, [1000]));
    expectSamples(channels, signal, { kind: 'int', bits: 24 });
    expect(summary.info.channelMask).toBe(0x60f);
    expect(summary.info.sampleFormat).toEqual({ kind: 'int', bytesPerSample: 3, validBits: 24, littleEndian: true });
  });

  it('skips odd-sized chunks before the data (with their pad byte) and ignores chunks after it', () => {
    const signal = testSignal(2);
    const bytes = encodeWav(signal, 48_000, {
      kind: 'int',
      bits: 16,
      chunksBeforeData: [
        { id: 'LIST', body: new Uint8Array(13).fill(0x41) },
        { id: 'bext', body: new Uint8Array(602) },
      ],
      chunksAfterData: [{ id: 'id3 ', body: new Uint8Array(5000).fill(0xff) }],
    });
    const { channels, summary } = decodeAll(chunked(bytes, [5]));
    expectSamples(channels, signal, { kind: 'int', bits: 16 });
    expect(summary.framesDecoded).toBe(333);
  });

  it('reads RF64 sizes from ds64, beyond 4 GiB, and says when the file stops short of them', () => {
    const signal = testSignal(2, 100);
    const small = encodeWav(signal, 48_000, { kind: 'int', bits: 16, rf64: true });
    const decoded = decodeAll(chunked(small, [3]));
    expectSamples(decoded.channels, signal, { kind: 'int', bits: 16 });
    expect(decoded.summary.info.container).toBe('rf64');
    // BW64 (ITU-R BS.2088) is RF64 under another name.
    const bw64 = small.slice();
    writeAscii(bw64, 0, 'BW64');
    expectSamples(decodeAll([bw64]).channels, signal, { kind: 'int', bits: 16 });

    // A 4 GiB + 4 kB data chunk, of which only the header and 1 MiB arrive.
    const dataBytes = 2 ** 32 + 4096;
    const header = encodeWav([new Float32Array(0), new Float32Array(0)], 48_000, { kind: 'int', bits: 16, rf64: true });
    const view = new DataView(header.buffer);
    // ds64 body starts at 12 + 8; dataSize is its second 64-bit field.
    view.setUint32(20 + 8, dataBytes % 2 ** 32, true);
    view.setUint32(20 + 12, Math.floor(dataBytes / 2 ** 32), true);
    view.setUint32(20 + 16, (dataBytes / 4) % 2 ** 32, true);
    view.setUint32(20 + 20, Math.floor(dataBytes / 4 / 2 ** 32), true);
    const decoder = createAudioDecoder({ fileName: 'long.wav' });
    decoder.push(header);
    decoder.push(new Uint8Array(1 << 20));
    expect(decoder.info?.totalFrames).toBe(dataBytes / 4);
    expect(decoder.complete).toBe(false);
    expect(decoder.end()).toMatchObject({ framesDecoded: (1 << 20) / 4, truncated: true });
  });

  it('reads a WAV written to a pipe (unknown data size) to the end of the stream', () => {
    const signal = testSignal(1);
    const bytes = encodeWav(signal, 22_050, { kind: 'int', bits: 16 });
    const view = new DataView(bytes.buffer);
    view.setUint32(4, 0xffffffff, true);
    view.setUint32(40, 0xffffffff, true); // data size of a 16-byte fmt file
    const { channels, summary } = decodeAll([bytes]);
    expectSamples(channels, signal, { kind: 'int', bits: 16 });
    expect(summary.info.totalFrames).toBeNull();
    expect(summary.truncated).toBe(false);
  });

  it('keeps a trailing partial frame out and reports a truncated data chunk', () => {
    const bytes = encodeWav(testSignal(2), 48_000, { kind: 'int', bits: 24 });
    const { summary } = decodeAll([bytes.subarray(0, bytes.length - 10)]);
    expect(summary.framesDecoded).toBe(333 - 2); // 10 bytes short = one whole 6-byte frame + 4 bytes of another
    expect(summary.truncated).toBe(true);
  });
});

describe('AIFF decoding', () => {
  const cases: [string, Parameters<typeof encodeAiff>[2]][] = [
    ['AIFF 8-bit (signed)', { kind: 'int', bits: 8 }],
    ['AIFF 16-bit', { kind: 'int', bits: 16 }],
    ['AIFF 24-bit', { kind: 'int', bits: 24 }],
    ['AIFF 32-bit', { kind: 'int', bits: 32 }],
    ['AIFF-C NONE', { kind: 'int', bits: 16, compression: 'NONE' }],
    ["AIFF-C 'sowt' (little-endian)", { kind: 'int', bits: 16, compression: 'sowt' }],
    ['AIFF-C fl32', { kind: 'float', bits: 32, compression: 'fl32' }],
    ['AIFF-C fl64', { kind: 'float', bits: 64, compression: 'fl64' }],
    ['AIFF with an SSND offset', { kind: 'int', bits: 16, ssndOffset: 7 }],
  ];
  for (const [name, options] of cases) {
    it(`decodes ${name}, split at any byte`, () => {
      const signal = testSignal(2);
      const bytes = encodeAiff(signal, 44_100, options);
      for (const sizes of CHUNK_PATTERNS) {
        const { channels, summary } = decodeAll(chunked(bytes, sizes), 'voice.aif');
        expectSamples(channels, signal, options);
        expect(summary.info).toMatchObject({ sampleRateHz: 44_100, channelCount: 2, totalFrames: 333 });
        expect(summary.info.container).toBe(options.compression == null ? 'aiff' : 'aifc');
      }
    });
  }

  it('reads and writes 80-bit extended sample rates, including fractional ones', () => {
    const bytes = new Uint8Array(10);
    for (const rate of [8000, 11025, 22050, 44100, 48000, 88200, 96000, 192000, 44056.0439560439, 47952.047952]) {
      writeExtendedFloat80(rate, bytes, 0);
      expect(readExtendedFloat80(bytes, 0)).toBeCloseTo(rate, 9);
    }
    // 44 100 Hz as Apple's own files store it.
    expect(readExtendedFloat80(Uint8Array.from([0x40, 0x0e, 0xac, 0x44, 0, 0, 0, 0, 0, 0]), 0)).toBe(44100);
  });
});

describe('decoding files written by ffmpeg and sox', () => {
  let directory: string;
  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'cliprelay-decode-'));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  /** ffmpeg's own decode of the file as 32-bit float, per channel. */
  function reference(path: string, channelCount: number): Float32Array[] {
    const raw = execFileSync('ffmpeg', ['-v', 'error', '-i', path, '-f', 'f32le', '-c:a', 'pcm_f32le', '-'], { maxBuffer: 1 << 26 });
    const interleaved = new Float32Array(raw.buffer, raw.byteOffset, raw.byteLength / 4);
    return Array.from({ length: channelCount }, (_, channel) => interleaved.filter((_, index) => index % channelCount === channel));
  }

  const cases: { name: string; file: string; args: string[]; channels: number; container: string }[] = [
    { name: 'WAV u8', file: 'u8.wav', args: ['-c:a', 'pcm_u8'], channels: 1, container: 'wav' },
    { name: 'WAV s16le stereo', file: 's16.wav', args: ['-c:a', 'pcm_s16le', '-ac', '2'], channels: 2, container: 'wav' },
    { name: 'WAV s24le 5.1 (extensible)', file: 's24.wav', args: ['-c:a', 'pcm_s24le', '-ac', '6'], channels: 6, container: 'wav' },
    { name: 'WAV s32le', file: 's32.wav', args: ['-c:a', 'pcm_s32le'], channels: 1, container: 'wav' },
    { name: 'WAV f32le', file: 'f32.wav', args: ['-c:a', 'pcm_f32le', '-ac', '2'], channels: 2, container: 'wav' },
    { name: 'WAV f64le', file: 'f64.wav', args: ['-c:a', 'pcm_f64le'], channels: 1, container: 'wav' },
    { name: 'RF64', file: 'rf64.wav', args: ['-c:a', 'pcm_s16le', '-ac', '2', '-rf64', 'always'], channels: 2, container: 'rf64' },
    { name: 'AIFF s16be', file: 's16.aiff', args: ['-c:a', 'pcm_s16be', '-ac', '2'], channels: 2, container: 'aiff' },
    { name: 'AIFF s24be', file: 's24.aiff', args: ['-c:a', 'pcm_s24be'], channels: 1, container: 'aiff' },
    { name: 'AIFF-C fl32', file: 'f32.aifc', args: ['-c:a', 'pcm_f32be', '-f', 'aiff'], channels: 1, container: 'aifc' },
    { name: 'AIFF-C fl64', file: 'f64.aifc', args: ['-c:a', 'pcm_f64be', '-f', 'aiff'], channels: 1, container: 'aifc' },
    { name: "AIFF-C 'sowt'", file: 'sowt.aifc', args: ['-c:a', 'pcm_s16le', '-f', 'aiff'], channels: 2, container: 'aifc' },
  ];
  for (const testCase of cases) {
    it(`matches ffmpeg sample for sample: ${testCase.name}`, () => {
      const path = join(directory, testCase.file);
      execFileSync('ffmpeg', [
        '-v',
        'error',
        '-y',
        '-f',
        'lavfi',
        '-i',
        'sine=f=997:d=0.5:r=44100,volume=0.9',
        '-ac',
        String(testCase.channels),
        ...testCase.args,
        path,
      ]);
      const { channels, summary } = decodeAll(chunked(new Uint8Array(readFileSync(path)), [4093]), testCase.file);
      const expected = reference(path, testCase.channels);
      expect(summary.info.container).toBe(testCase.container);
      expect(summary.info.sampleRateHz).toBe(44_100);
      expect(channels.map((channel) => channel.length)).toEqual(expected.map((channel) => channel.length));
      channels.forEach((channel, index) => {
        // ffmpeg scales 8-bit by 1/128 and 24-bit by 1/8388608, exactly as we do.
        for (let frame = 0; frame < channel.length; frame += 97) expect(channel[frame]).toBeCloseTo(expected[index]![frame]!, 6);
      });
    });
  }

  it("decodes sox's AIFF-C float and 8-bit WAV", () => {
    const aifc = join(directory, 'sox.aifc');
    execFileSync('sox', [
      '-n',
      '-r',
      '48000',
      '-c',
      '2',
      '-e',
      'floating-point',
      '-b',
      '32',
      aifc,
      'synth',
      '0.2',
      'sine',
      '440',
      'gain',
      '-6',
    ]);
    const { summary } = decodeAll([new Uint8Array(readFileSync(aifc))], 'sox.aifc');
    expect(summary.info).toMatchObject({ container: 'aifc', sampleRateHz: 48_000, channelCount: 2, totalFrames: 9600 });
    expect(summary.info.sampleFormat.kind).toBe('float');
  });

  it('streams through decodeAudioStream and stops reading once the samples are done', async () => {
    const bytes = encodeWav(testSignal(1), 48_000, {
      kind: 'int',
      bits: 16,
      chunksAfterData: [{ id: 'LIST', body: new Uint8Array(100_000) }],
    });
    let chunksRead = 0;
    async function* source() {
      for (const chunk of chunked(bytes, [512])) {
        chunksRead++;
        yield chunk;
      }
    }
    let frames = 0;
    for await (const block of decodeAudioStream(source(), { fileName: 'a.wav' })) frames += block.channels[0]!.length;
    expect(frames).toBe(333);
    expect(chunksRead).toBeLessThan(10); // 1 kB of header and samples, not the 100 kB LIST chunk
  });
});

describe('unsupported and corrupt files', () => {
  function fail(bytes: Uint8Array, fileName = 'voice.wav'): AudioFormatError {
    try {
      decodeAll(chunked(bytes, [64]), fileName);
    } catch (error) {
      expect(AppError.isInstance(error)).toBe(true);
      expect(error).toBeInstanceOf(AudioFormatError);
      return error as AudioFormatError;
    }
    throw new Error('expected an AudioFormatError');
  }

  function withFormatTag(tag: number): Uint8Array {
    const bytes = encodeWav(testSignal(1), 44_100, { kind: 'int', bits: 16 });
    new DataView(bytes.buffer).setUint16(20, tag, true);
    return bytes;
  }

  it('names the WAVE format and what to do instead', () => {
    const error = fail(withFormatTag(0x0055));
    expect(error.message).toBe('voice.wav: WAVE format 0x0055 (MP3) is not supported; export PCM WAV or AIFF');
    expect(error.fileName).toBe('voice.wav');
    expect(fail(withFormatTag(0x0002)).message).toContain('0x0002 (Microsoft ADPCM)');
    expect(fail(withFormatTag(0x1234)).message).toBe('voice.wav: WAVE format 0x1234 is not supported; export PCM WAV or AIFF');
  });

  it('recognises other containers by their signature', () => {
    const mp4 = new Uint8Array(64);
    writeAscii(mp4, 4, 'ftypisom');
    expect(fail(mp4, 'clip.mp4').message).toBe('clip.mp4: audio inside an MP4/MOV/M4A file is not supported; export PCM WAV or AIFF');
    // An older QuickTime movie that begins with its padding atom, as some cameras write them.
    const mov = new Uint8Array(64);
    writeAscii(mov, 4, 'wide');
    expect(fail(mov, 'A001.mov').message).toContain('MP4/MOV/M4A');
    const flac = new Uint8Array(64);
    writeAscii(flac, 0, 'fLaC');
    expect(fail(flac, 'voice.flac').message).toContain('FLAC is not supported');
    const mp3 = Uint8Array.from([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(fail(mp3, 'voice.mp3').message).toContain('MP3');
  });

  it('refuses AIFF-C compression it cannot decode, by name', () => {
    const bytes = encodeAiff(testSignal(1), 44_100, { kind: 'int', bits: 16, compression: 'NONE' });
    const commBody = 12 + 12 + 8; // FORM header, FVER chunk, COMM header
    writeAscii(bytes, commBody + 18, 'ulaw');
    expect(fail(bytes, 'voice.aifc').message).toBe(
      "voice.aifc: AIFF-C compression 'ulaw' (µ-law) is not supported; export PCM WAV or AIFF",
    );
  });

  it('reports a file that ends inside its header, and an empty file', () => {
    const bytes = encodeWav(testSignal(1), 44_100, { kind: 'int', bits: 16 });
    expect(fail(bytes.subarray(0, 30)).message).toBe(
      'voice.wav: the file ends inside its header after 30 bytes, before any samples; it is truncated or not audio',
    );
    expect(fail(new Uint8Array(0)).message).toBe('voice.wav: the file is empty');
  });

  it('reports corrupt headers instead of producing noise', () => {
    const zeroChannels = encodeWav(testSignal(1), 44_100, { kind: 'int', bits: 16 });
    new DataView(zeroChannels.buffer).setUint16(22, 0, true);
    expect(fail(zeroChannels).message).toContain('declares no channels');

    const badAlign = encodeWav(testSignal(2), 44_100, { kind: 'int', bits: 16 });
    new DataView(badAlign.buffer).setUint16(32, 3, true);
    expect(fail(badAlign).message).toContain('block align 3 does not fit 2 channels');

    const badRate = encodeWav(testSignal(1), 44_100, { kind: 'int', bits: 16 });
    new DataView(badRate.buffer).setUint32(24, 0, true);
    expect(fail(badRate).message).toContain('sample rate 0 Hz is out of range');

    // data before fmt: swap the order by building the file by hand.
    const header = new Uint8Array(12);
    writeAscii(header, 0, 'RIFF');
    writeAscii(header, 8, 'WAVE');
    const data = new Uint8Array(12);
    writeAscii(data, 0, 'data');
    new DataView(data.buffer).setUint32(4, 4, true);
    expect(fail(concat([header, data])).message).toContain('data chunk comes before the fmt chunk');

    const aiffHeader = new Uint8Array(12);
    writeAscii(aiffHeader, 0, 'FORM');
    writeAscii(aiffHeader, 8, 'AIFF');
    const ssnd = new Uint8Array(16);
    writeAscii(ssnd, 0, 'SSND');
    new DataView(ssnd.buffer).setUint32(4, 8);
    expect(fail(concat([aiffHeader, ssnd]), 'voice.aif').message).toBe(
      'voice.aif: the SSND chunk comes before the COMM chunk; re-export the file',
    );
  });
});

describe('decoding to mono (mixToMono)', () => {
  function decodeMono(chunks: Iterable<Uint8Array>): Float32Array {
    const decoder = createAudioDecoder({ fileName: 'test.wav', mixToMono: true });
    const parts: number[] = [];
    for (const chunk of chunks) {
      const block = decoder.push(chunk);
      if (block == null) continue;
      expect(block.channels).toHaveLength(1);
      expect(block.startFrame).toBe(parts.length);
      parts.push(...block.channels[0]!);
    }
    decoder.end();
    return Float32Array.from(parts);
  }

  const formats: TestSampleFormat[] = [
    { kind: 'int', bits: 16 },
    { kind: 'int', bits: 24 },
    { kind: 'float', bits: 32 },
  ];
  for (const format of formats) {
    it(`gives exactly the average of the decoded channels (${format.bits}-bit ${format.kind}), split at any byte`, () => {
      for (const channelCount of [1, 2, 6]) {
        // A 13-byte chunk (14 with its pad) before the data moves the samples 2 bytes off a 4-byte boundary.
        for (const chunksBeforeData of [[], [{ id: 'LIST', body: new Uint8Array(13) }]]) {
          const bytes = encodeWav(testSignal(channelCount), 48_000, { ...format, chunksBeforeData });
          const { channels } = decodeAll(chunked(bytes, [4096]));
          const expected = new Float32Array(channels[0]!.length);
          averageChannels(channels, expected.length, expected);
          for (const sizes of [...CHUNK_PATTERNS, [4096 + 2], [64, 66, 1]]) expect(decodeMono(chunked(bytes, sizes))).toEqual(expected);
        }
      }
    });
  }
});
