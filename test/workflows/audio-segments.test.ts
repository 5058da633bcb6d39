import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audioSegments, type AudioSegment } from '../../src/workflows/audio-segments';
import { chunked, encodeWav } from '../support/encode-test-audio';

const RATE = 1000;

/** Sample i is i / 2^15 on the left and its negative on the right: any sample names its frame. */
function rampWav(frames: number): Uint8Array {
  const left = Float32Array.from({ length: frames }, (_, i) => i / 32768);
  const right = left.map((value) => -value);
  return encodeWav([left, right], RATE, { kind: 'int', bits: 16 });
}

async function* asAsync(chunks: Iterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield* chunks;
}

async function segmentsOf(bytes: Uint8Array, chunkSizes: readonly number[], range: { from: number; to: number; segment: number }) {
  const segments: AudioSegment[] = [];
  for await (const segment of audioSegments(asAsync(chunked(bytes, chunkSizes)), {
    fileName: 'ramp.wav',
    fromMediaSeconds: range.from,
    toMediaSeconds: range.to,
    segmentSeconds: range.segment,
  })) {
    segments.push(segment);
  }
  return segments;
}

const frameOf = (sample: number) => Math.round(sample * 32768);

describe('audioSegments', () => {
  it('cuts the media range into segments of the asked length, each starting where the one before ended', async () => {
    const segments = await segmentsOf(rampWav(10_000), [4096], { from: 1.5, to: 8, segment: 2 });
    expect(segments.map((segment) => segment.mediaStartSeconds)).toEqual([1.5, 3.5, 5.5, 7.5]);
    expect(segments.map((segment) => segment.channels[0]!.length)).toEqual([2000, 2000, 2000, 500]);
    expect(segments.every((segment) => segment.sampleRateHz === RATE && segment.channels.length === 2)).toBe(true);
    expect(frameOf(segments[0]!.channels[0]![0]!)).toBe(1500);
    expect(frameOf(segments[3]!.channels[1]![499]!)).toBe(-7999);
  });

  it('ends with what there is when the file ends inside the range', async () => {
    const segments = await segmentsOf(rampWav(3_000), [777], { from: 0, to: 10, segment: 2 });
    expect(segments.map((segment) => [segment.mediaStartSeconds, segment.channels[0]!.length])).toEqual([
      [0, 2000],
      [2, 1000],
    ]);
  });

  it('gives exactly the frames of the range, in order, for any chunking and range (property)', async () => {
    const bytes = rampWav(4_000);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: 0, max: 4500 }),
        fc.integer({ min: 1, max: 1500 }),
        async (chunkSizes, fromFrame, lengthFrames, segmentFrames) => {
          const segments = await segmentsOf(bytes, chunkSizes, {
            from: fromFrame / RATE,
            to: (fromFrame + lengthFrames) / RATE,
            segment: segmentFrames / RATE,
          });
          const frames = segments.flatMap((segment) => [...segment.channels[0]!].map(frameOf));
          const expected = Array.from(
            { length: Math.max(0, Math.min(4000, fromFrame + lengthFrames) - fromFrame) },
            (_, i) => fromFrame + i,
          );
          expect(frames).toEqual(expected);
          expect(segments.every((segment) => segment.channels[0]!.length <= segmentFrames)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('stops reading the file once the range is done, and closes it', async () => {
    let chunksRead = 0;
    let closed = false;
    const bytes = rampWav(10_000);
    async function* source() {
      try {
        for (const chunk of chunked(bytes, [1000])) {
          chunksRead += 1;
          yield chunk;
        }
      } finally {
        closed = true;
      }
    }
    const segments: AudioSegment[] = [];
    for await (const segment of audioSegments(source(), {
      fileName: 'ramp.wav',
      fromMediaSeconds: 0,
      toMediaSeconds: 1,
      segmentSeconds: 1,
    })) {
      segments.push(segment);
    }
    expect(segments).toHaveLength(1);
    // One second of 16-bit stereo at 1 kHz is 4000 bytes after a 44-byte header: five chunks of 1000.
    expect(chunksRead).toBe(5);
    expect(closed).toBe(true);
  });

  it('stops between blocks once its signal aborts', async () => {
    const abort = new AbortController();
    const segments: AudioSegment[] = [];
    for await (const segment of audioSegments(asAsync(chunked(rampWav(10_000), [1000])), {
      fileName: 'ramp.wav',
      fromMediaSeconds: 0,
      toMediaSeconds: 10,
      segmentSeconds: 0.5,
      signal: abort.signal,
    })) {
      segments.push(segment);
      abort.abort();
    }
    expect(segments).toHaveLength(1);
  });
});
