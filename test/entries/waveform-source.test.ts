import { describe, expect, it } from 'vitest';
import { createWaveformSource } from '../../src/entries/sandbox/waveform-source';
import type { WebAudioMedia } from '../../src/platform/browser/web-audio-media';
import { encodeWav } from '../support/encode-test-audio';

/** 3 s at 8 kHz (96 kB of float samples): silence, then a square wave of ±0.5 for two seconds. */
const sampleRate = 8000;
const samples = Float32Array.from({ length: sampleRate * 3 }, (_, i) => (i < sampleRate ? 0 : i % 2 === 0 ? 0.5 : -0.5));
const wav = encodeWav([samples], sampleRate, { kind: 'float', bits: 32 });

const webAudioNotUsed = {
  buffer: () => Promise.reject(new Error('not used')),
  waveform: () => Promise.reject(new Error('browser decoder used for a WAV')),
} as unknown as WebAudioMedia;

describe('waveforms of streamed WAV media', () => {
  it('reads the file in chunks (one of them larger than a piece) into 400 min/max buckets a second', async () => {
    const reads: string[] = [];
    const source = createWaveformSource(async function* (path) {
      reads.push(path);
      yield wav.subarray(0, 100);
      yield wav.subarray(100);
    }, webAudioNotUsed);
    const peaks = await source.waveform('/demo/voice.wav');
    expect(peaks.bucketsPerSecond).toBe(400);
    expect(peaks.minimums).toHaveLength(1200);
    expect(Math.max(...peaks.maximums.subarray(0, 400))).toBe(0);
    expect(Math.min(...peaks.maximums.subarray(400))).toBe(0.5);
    expect(Math.max(...peaks.minimums.subarray(400))).toBe(-0.5);
    // Cached by path: asked again, the file is not read again.
    await source.waveform('/demo/voice.wav');
    expect(reads).toEqual(['/demo/voice.wav']);
  });

  it('hands other media (MP4) to the browser decoder', async () => {
    const fromBrowser = { bucketsPerSecond: 400, minimums: new Float32Array(1), maximums: new Float32Array(1) };
    const source = createWaveformSource(
      () => {
        throw new Error('not streamed');
      },
      { buffer: () => Promise.reject(new Error('unused')), waveform: () => Promise.resolve(fromBrowser) },
    );
    await expect(source.waveform('/sandbox/media/clip.mp4')).resolves.toBe(fromBrowser);
  });
});
