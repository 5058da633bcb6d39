import { yieldToPage } from '../../shared/cooperative-slices';
import { SandboxServerError } from './sandbox-server-error';

/** Min/max per bucket of media time, all channels together (the UI's `WaveformPeaks`). */
interface Peaks {
  readonly bucketsPerSecond: number;
  readonly minimums: Float32Array;
  readonly maximums: Float32Array;
}

/** Fine enough for a few hundred pixels a second; a 10-minute file is 240,000 buckets. */
const BUCKETS_PER_SECOND = 400;
/** Work between yields to the page, well under the 50 ms that makes a task "long"; checked every few thousand samples. */
const BUDGET_MS = 8;
const SAMPLES_PER_CHECK = 8192;
/** Decoding resamples to this rate; the playback context converts again if its own differs. */
const DECODE_SAMPLE_RATE = 48_000;

/**
 * The sandbox's media as Web Audio sees it: each file (WAV from /demo, the generated MP4s with
 * AAC sound from /sandbox/media) fetched and decoded once by the browser's own decoder, kept for
 * playback, and its waveform peaks computed once, in time-boxed slices. Both caches are keyed by
 * media path. decodeAudioData hands the whole decoded file to the page at once (a long task for a
 * long file), so long WAV/AIFF waveforms are better computed from a stream (the sandbox does).
 */
export function createWebAudioMedia(origin: string, fetchImpl: typeof fetch = fetch) {
  const buffers = new Map<string, Promise<AudioBuffer>>();
  const peaks = new Map<string, Promise<Peaks>>();
  // An offline context decodes without asking for the autoplay permission a live one needs.
  let decoder: OfflineAudioContext | null = null;

  async function decode(mediaPath: string): Promise<AudioBuffer> {
    const url = new URL(mediaPath.split('/').map(encodeURIComponent).join('/'), origin);
    const response = await fetchImpl(url);
    if (!response.ok) {
      throw new SandboxServerError({
        message: `Cannot read ${mediaPath} for its sound (HTTP ${response.status}).`,
        status: response.status,
      });
    }
    const bytes = await response.arrayBuffer();
    decoder ??= new OfflineAudioContext(1, 1, DECODE_SAMPLE_RATE);
    return decoder.decodeAudioData(bytes);
  }

  function buffer(mediaPath: string): Promise<AudioBuffer> {
    let decoded = buffers.get(mediaPath);
    if (decoded == null) {
      decoded = decode(mediaPath);
      // A failed read may succeed later (the clip was still being written): forget it.
      decoded.catch(() => buffers.delete(mediaPath));
      buffers.set(mediaPath, decoded);
    }
    return decoded;
  }

  function waveform(mediaPath: string): Promise<Peaks> {
    let computed = peaks.get(mediaPath);
    if (computed == null) {
      computed = buffer(mediaPath).then(peaksInSlices);
      computed.catch(() => peaks.delete(mediaPath));
      peaks.set(mediaPath, computed);
    }
    return computed;
  }

  return { buffer, waveform };
}

export type WebAudioMedia = ReturnType<typeof createWebAudioMedia>;

async function peaksInSlices(audio: AudioBuffer): Promise<Peaks> {
  const samplesPerBucket = audio.sampleRate / BUCKETS_PER_SECOND;
  const bucketCount = Math.max(1, Math.ceil(audio.length / samplesPerBucket));
  const minimums = new Float32Array(bucketCount);
  const maximums = new Float32Array(bucketCount);
  let sliceStart = performance.now();
  for (let channel = 0; channel < audio.numberOfChannels; channel += 1) {
    const samples = audio.getChannelData(channel);
    for (let chunkStart = 0; chunkStart < samples.length; chunkStart += SAMPLES_PER_CHECK) {
      const chunkEnd = Math.min(samples.length, chunkStart + SAMPLES_PER_CHECK);
      for (let index = chunkStart; index < chunkEnd; index += 1) {
        const bucket = Math.floor(index / samplesPerBucket);
        const sample = samples[index]!;
        if (sample < minimums[bucket]!) minimums[bucket] = sample;
        if (sample > maximums[bucket]!) maximums[bucket] = sample;
      }
      if (performance.now() - sliceStart > BUDGET_MS) {
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
  }
  return { bucketsPerSecond: BUCKETS_PER_SECOND, minimums, maximums };
}
