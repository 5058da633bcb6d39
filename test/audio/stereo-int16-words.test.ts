import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeAudioStream, createAudioDecoder, createLoudnessMeter, createSpeechDetector } from '../../src/audio';
import type { TimeRange } from '../../src/domain/ducking';
import { chunked, encodeWav } from '../support/encode-test-audio';
import { addBursts, whiteNoise } from '../support/synth-signals';

const RATE = 48_000;
/** 48 and 44.1 kHz: one integer quarter-band stage; 96 kHz: a float halving after it; 16 kHz: no decimation (mixed to floats). */
const RATES = [48_000, 44_100, 96_000, 16_000] as const;

function stereo(rateHz: number): [Float32Array, Float32Array] {
  const left = addBursts(whiteNoise(rateHz * 2, -50, 7), rateHz, [
    { startSeconds: 0.3, endSeconds: 0.9, peakDb: -14 },
    { startSeconds: 1.2, endSeconds: 1.7, peakDb: -20 },
  ]);
  const right = addBursts(whiteNoise(rateHz * 2, -45, 8), rateHz, [{ startSeconds: 0.35, endSeconds: 0.85, peakDb: -16, f0Hz: 210 }]);
  // Full scale both ways, where integer overflow would show.
  left[100] = 1;
  left[101] = -1;
  right[100] = 1;
  right[101] = -1;
  return [left, right];
}
const signals = new Map(RATES.map((rate) => [rate, stereo(rate)]));

/** The odd-sized chunk before the data shifts the samples off 4-byte alignment in every chunk (as ffmpeg's LIST does). */
function wav(listBytes: number, rateHz: number = RATE): Uint8Array {
  return encodeWav(signals.get(rateHz as (typeof RATES)[number])!, rateHz, {
    kind: 'int',
    bits: 16,
    chunksBeforeData: listBytes === 0 ? [] : [{ id: 'LIST', body: new Uint8Array(listBytes) }],
  });
}

/** Decoded channels into the meter and the detector, chunk by chunk: the path every other format takes. */
function reference(bytes: Uint8Array, chunkSizes: readonly number[], rateHz: number) {
  const decoder = createAudioDecoder({ fileName: 'voice.wav' });
  const meter = createLoudnessMeter({ sampleRateHz: rateHz, channelCount: 2 });
  const detector = createSpeechDetector({ sampleRateHz: rateHz });
  const speech: TimeRange[] = [];
  for (const chunk of chunked(bytes, chunkSizes)) {
    const block = decoder.push(chunk);
    if (block == null) continue;
    meter.push(block.channels);
    speech.push(...detector.push(block.channels));
  }
  speech.push(...detector.finish());
  return { loudness: meter.finish(), speech };
}

describe('16-bit stereo analysed from the undecoded words (loudness and the mono mix in one pass)', () => {
  it('gives the decoded path’s loudness and speech to the bit, whatever the chunking and alignment', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(0, 1, 2, 3, 6),
        fc.array(fc.integer({ min: 1, max: 70_000 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(...RATES),
        fc.boolean(),
        async (listBytes, chunkSizes, rateHz, measureLoudness) => {
          const bytes = wav(listBytes, rateHz);
          const expected = reference(bytes, chunkSizes, rateHz);
          const analysis = await analyzeAudioStream(chunked(bytes, chunkSizes), { fileName: 'voice.wav', measureLoudness });
          expect(analysis.speech).toEqual(expected.speech);
          if (!measureLoudness) return;
          expect(analysis.loudness!.blockPowers).toEqual(expected.loudness.blockPowers);
          expect(analysis.loudness!.integratedLufs).toBe(expected.loudness.integratedLufs);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('finds the bursts (the comparison is not between two empty results)', async () => {
    const analysis = await analyzeAudioStream([wav(3)], { fileName: 'voice.wav' });
    expect(analysis.speech.length).toBeGreaterThan(0);
    expect(analysis.loudness!.integratedLufs).toBeGreaterThan(-40);
  });

  it('hands out words whose halves are the frames’ samples, carried across chunks of any size', () => {
    const decoded = createAudioDecoder({ fileName: 'voice.wav' }).push(wav(1))!.channels;
    const expectedLeft = Array.from(decoded[0]!.subarray(0, 20_000));
    const expectedRight = Array.from(decoded[1]!.subarray(0, 20_000));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 30_000 }), { minLength: 1, maxLength: 6 }), (chunkSizes) => {
        const decoder = createAudioDecoder({ fileName: 'voice.wav', stereoInt16Words: true });
        const lefts: number[] = [];
        const rights: number[] = [];
        for (const chunk of chunked(wav(1).subarray(0, 44 + 10 + 4 * 20_000), chunkSizes)) {
          const words = decoder.push(chunk)?.stereoInt16;
          if (words == null) continue;
          for (const word of words) {
            lefts.push(((word << 16) >> 16) / 32768);
            rights.push((word >> 16) / 32768);
          }
        }
        expect(lefts).toEqual(expectedLeft);
        expect(rights).toEqual(expectedRight);
      }),
      { numRuns: 30 },
    );
  });
});
