import { decodeAudioStream } from '../../audio';
import type { ReadMedia } from '../../platform/read-media';
import type { WebAudioMedia } from '../../platform/browser/web-audio-media';
import { inCooperativeSlices, yieldToPage } from '../../shared/cooperative-slices';
import { prepareWaveformLevels, type WaveformPeaks } from '../../ui/timeline/waveform-columns';

/** The same resolution the Web Audio path uses, so every clip's waveform looks alike. */
const BUCKETS_PER_SECOND = 400;
const STREAMED = /\.(wav|wave|aif|aiff|aifc)$/i;

/**
 * Waveforms by media path, computed once per file: WAV and AIFF (voice-overs, possibly an hour
 * long) are read as a stream and decoded by our own decoder chunk by chunk, so no task blocks the
 * page; other media (the generated MP4s, a few seconds of AAC) go through the browser's decoder.
 */
export function createWaveformSource(readMedia: ReadMedia, webAudio: WebAudioMedia) {
  const cache = new Map<string, Promise<WaveformPeaks>>();
  return {
    waveform: (mediaPath: string): Promise<WaveformPeaks> => {
      let peaks = cache.get(mediaPath);
      if (peaks == null) {
        const computed = STREAMED.test(mediaPath) ? streamedPeaks(readMedia, mediaPath) : webAudio.waveform(mediaPath);
        // The drawing's levels are built here, in a task of their own, not in the render that first shows the file.
        peaks = computed.then(async (done) => {
          await yieldToPage();
          return prepareWaveformLevels(done);
        });
        peaks.catch(() => cache.delete(mediaPath));
        cache.set(mediaPath, peaks);
      }
      return peaks;
    },
  };
}

export type WaveformSource = ReturnType<typeof createWaveformSource>;

async function streamedPeaks(readMedia: ReadMedia, mediaPath: string): Promise<WaveformPeaks> {
  let minimums = new Float32Array(BUCKETS_PER_SECOND * 60);
  let maximums = new Float32Array(BUCKETS_PER_SECOND * 60);
  let bucketsUsed = 0;
  // Network chunks can be megabytes: cut into small pieces, with a turn for the page between slices of work.
  const blocks = decodeAudioStream(inCooperativeSlices(readMedia(mediaPath)), { fileName: mediaPath.split('/').pop() ?? mediaPath });
  for (;;) {
    const next = await blocks.next();
    if (next.done === true) break;
    const { info, startFrame, channels } = next.value;
    const framesPerBucket = info.sampleRateHz / BUCKETS_PER_SECOND;
    const frameCount = channels[0]?.length ?? 0;
    const lastBucket = Math.floor((startFrame + frameCount - 1) / framesPerBucket);
    if (lastBucket >= minimums.length) {
      const capacity = Math.max(lastBucket + 1, minimums.length * 2);
      minimums = grown(minimums, capacity);
      maximums = grown(maximums, capacity);
    }
    for (const samples of channels) {
      for (let index = 0; index < samples.length; index += 1) {
        const bucket = Math.floor((startFrame + index) / framesPerBucket);
        const sample = samples[index]!;
        if (sample < minimums[bucket]!) minimums[bucket] = sample;
        if (sample > maximums[bucket]!) maximums[bucket] = sample;
      }
    }
    bucketsUsed = Math.max(bucketsUsed, lastBucket + 1);
  }
  return { bucketsPerSecond: BUCKETS_PER_SECOND, minimums: minimums.slice(0, bucketsUsed), maximums: maximums.slice(0, bucketsUsed) };
}

function grown(array: Float32Array, capacity: number): Float32Array<ArrayBuffer> {
  const larger = new Float32Array(capacity);
  larger.set(array);
  return larger;
}
