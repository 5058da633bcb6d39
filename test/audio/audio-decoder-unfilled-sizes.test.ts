import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { AudioFormatError, analyzeAudioStream } from '../../src/audio';
import { decodeAll } from '../support/decode-all';
import { chunked, encodeAiff, encodeWav, writeAscii } from '../support/encode-test-audio';

/** 0.5 s of a 440 Hz tone, so a decoder that stops early shows as missing frames. */
function tone(frameCount = 24_000): Float32Array {
  return Float32Array.from({ length: frameCount }, (_, frame) => 0.5 * Math.sin((2 * Math.PI * 440 * frame) / 48_000));
}

/** Byte offset of a chunk's size field (the 4 bytes after its id), searching from the RIFF/FORM header on. */
function sizeFieldOf(bytes: Uint8Array, id: string): number {
  const text = new TextDecoder('latin1').decode(bytes);
  const at = text.indexOf(id, 12);
  if (at < 0) throw new Error(`no ${id} chunk`);
  return at + 4;
}

/** An ffmpeg-written file, as bytes, from a lavfi source: what a user's pipe or render really contains. */
function ffmpegBytes(args: string[]): Uint8Array {
  return new Uint8Array(
    execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'sine=f=440:d=1:r=48000', ...args, 'pipe:1'], { maxBuffer: 1 << 24 }),
  );
}

describe('headers whose sizes were never filled in', () => {
  it('reads a WAV from a recorder that crashed (RIFF and data sizes still 0) to the end of the file', () => {
    const signal = tone();
    const bytes = encodeWav([signal], 48_000, { kind: 'int', bits: 16 });
    const view = new DataView(bytes.buffer);
    view.setUint32(4, 0, true);
    view.setUint32(sizeFieldOf(bytes, 'data'), 0, true);
    const { channels, summary } = decodeAll(chunked(bytes, [4093]));
    expect(channels[0]!.length).toBe(signal.length);
    expect(summary.info.totalFrames).toBeNull();
    expect(summary.truncated).toBe(false);
  });

  it('keeps a real empty data chunk empty when the RIFF size is filled in', () => {
    const bytes = encodeWav([new Float32Array(0)], 48_000, {
      kind: 'int',
      bits: 16,
      chunksAfterData: [{ id: 'LIST', body: new Uint8Array(64) }],
    });
    const { channels, summary } = decodeAll([bytes]);
    expect(channels[0]?.length ?? 0).toBe(0);
    expect(summary.framesDecoded).toBe(0);
  });

  it('reads an RF64 file ffmpeg wrote to a pipe (data 0xFFFFFFFF, ds64 sizes 0) to the end', () => {
    const bytes = ffmpegBytes(['-c:a', 'pcm_s16le', '-rf64', 'always', '-f', 'wav']);
    const { channels, summary } = decodeAll(chunked(bytes, [4093]), 'pipe.wav');
    expect(summary.info.container).toBe('rf64');
    expect(channels[0]!.length).toBe(48_000);
    expect(summary.truncated).toBe(false);
  });

  it('names BW64 as such', () => {
    const bytes = encodeWav([tone(100)], 48_000, { kind: 'int', bits: 16, rf64: true });
    writeAscii(bytes, 0, 'BW64');
    expect(decodeAll([bytes]).summary.info.container).toBe('bw64');
  });

  it('takes the SSND size when an AIFF says 0 frames in COMM, and reads to the end when SSND says 0 bytes', () => {
    const signal = tone();
    const bytes = encodeAiff([signal], 48_000, { kind: 'int', bits: 16 });
    const framesField = sizeFieldOf(bytes, 'COMM') + 4 + 2;
    new DataView(bytes.buffer).setUint32(framesField, 0);
    const fromSsnd = decodeAll(chunked(bytes, [777]));
    expect(fromSsnd.channels[0]!.length).toBe(signal.length);
    expect(fromSsnd.summary.info.totalFrames).toBe(signal.length);

    new DataView(bytes.buffer).setUint32(4, 0);
    new DataView(bytes.buffer).setUint32(sizeFieldOf(bytes, 'SSND'), 0);
    const toEnd = decodeAll(chunked(bytes, [777]));
    expect(toEnd.channels[0]!.length).toBe(signal.length);
    expect(toEnd.summary.info.totalFrames).toBeNull();
    expect(toEnd.summary.truncated).toBe(false);
  });

  it("does not call sox's streaming placeholder sizes truncation, and still does for a real size", () => {
    // sox to a pipe cannot seek back: it leaves a guess just under 2³¹ bytes in the WAV and AIFF it writes.
    const sox = (type: string) =>
      new Uint8Array(execFileSync('sox', ['-n', '-r', '48000', '-c', '1', '-b', '16', '-t', type, '-', 'synth', '0.5', 'sine', '440']));
    for (const [type, dataId, littleEndian] of [
      ['wav', 'data', true],
      ['aiff', 'SSND', false],
    ] as const) {
      const bytes = sox(type);
      const view = new DataView(bytes.buffer);
      expect(view.getUint32(sizeFieldOf(bytes, dataId), littleEndian)).toBeGreaterThanOrEqual(0x7f000000);
      const decoded = decodeAll([bytes], `sox.${type}`);
      expect(decoded.summary.framesDecoded).toBe(24_000);
      expect(decoded.summary.truncated).toBe(false);
      // The same file with its real sizes written in, then cut short: truncated.
      view.setUint32(sizeFieldOf(bytes, dataId), type === 'wav' ? 48_000 : 8 + 48_000, littleEndian);
      if (type === 'aiff') view.setUint32(sizeFieldOf(bytes, 'COMM') + 6, 24_000);
      expect(decodeAll([bytes], `sox.${type}`).summary.truncated).toBe(false);
      expect(decodeAll([bytes.subarray(0, bytes.length - 1000)], `sox.${type}`).summary.truncated).toBe(true);
    }
  });
});

describe('damaged float samples', () => {
  it('reads NaN and ±Infinity as silence and counts them, in every channel layout', () => {
    for (const channelCount of [1, 2, 6]) {
      for (const bits of [32, 64] as const) {
        const signal = Array.from({ length: channelCount }, () => tone(1000));
        const bytes = encodeWav(signal, 48_000, { kind: 'float', bits });
        const view = new DataView(bytes.buffer);
        const data = sizeFieldOf(bytes, 'data') + 4;
        const put = (sample: number, value: number) =>
          bits === 32 ? view.setFloat32(data + 4 * sample, value, true) : view.setFloat64(data + 8 * sample, value, true);
        put(10, Number.NaN);
        put(11, Number.POSITIVE_INFINITY);
        put(channelCount * 500, Number.NEGATIVE_INFINITY);
        const { channels, summary } = decodeAll(chunked(bytes, [333]));
        expect(summary.nonFiniteSamples).toBe(3);
        for (const channel of channels) expect(channel.every(Number.isFinite)).toBe(true);
        expect(channels[10 % channelCount]![Math.floor(10 / channelCount)]).toBe(0);
      }
    }
  });

  it('measures the rest of the file after a NaN (it used to silence every filter from there on)', async () => {
    const signal = Float32Array.from({ length: 48_000 * 4 }, (_, frame) => 0.3 * Math.sin((2 * Math.PI * 997 * frame) / 48_000));
    const clean = encodeWav([signal, signal], 48_000, { kind: 'float', bits: 32 });
    const damaged = clean.slice();
    new DataView(damaged.buffer).setFloat32(sizeFieldOf(damaged, 'data') + 4 + 8 * 48_000, Number.NaN, true);
    const analyse = (bytes: Uint8Array) => analyzeAudioStream(chunked(bytes, [65_536]), { fileName: 'render.wav' });
    const [expected, actual] = await Promise.all([analyse(clean), analyse(damaged)]);
    expect(actual.nonFiniteSamples).toBe(1);
    expect(actual.loudness!.integratedLufs).toBeCloseTo(expected.loudness!.integratedLufs, 2);
    expect(actual.loudness!.blockPowers.every(Number.isFinite)).toBe(true);
  });
});

describe('what a file that is not a readable WAV is called', () => {
  it('names Sony Wave64', () => {
    const bytes = ffmpegBytes(['-c:a', 'pcm_s16le', '-f', 'w64']);
    expect(() => decodeAll([bytes], 'x.w64')).toThrowError(/Sony Wave64 \(W64\) is not supported/);
  });

  it('says which chunk a file ends inside when a chunk size hides the data (a missing pad byte)', () => {
    const bytes = encodeWav([tone(1000)], 48_000, { kind: 'int', bits: 16, chunksBeforeData: [{ id: 'iXML', body: new Uint8Array(19) }] });
    // Drop the pad byte after the odd-sized iXML chunk: the next header is read one byte early.
    const pad = sizeFieldOf(bytes, 'iXML') + 4 + 19;
    const broken = new Uint8Array([...bytes.subarray(0, pad), ...bytes.subarray(pad + 1)]);
    let error: unknown;
    try {
      decodeAll([broken], 'field.wav');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AudioFormatError);
    expect((error as Error).message).toMatch(/inside a chunk whose name is not readable, and no sample data was found before it/);
  });
});
