import { decodeAudioStream } from '../audio/audio-decoder';
import { inCooperativeSlices } from '../shared/cooperative-slices';

/** A stretch of decoded sound: `channels[c][i]` is the sample at media time `mediaStartSeconds + i / sampleRateHz`. */
export interface AudioSegment {
  readonly mediaStartSeconds: number;
  readonly sampleRateHz: number;
  readonly channels: readonly Float32Array[];
}

interface AudioSegmentsOptions {
  /** Named in decoding errors, e.g. "voice.wav". */
  readonly fileName: string;
  readonly fromMediaSeconds: number;
  /** Where to stop; the file's end when it comes first. */
  readonly toMediaSeconds: number;
  /** Length of every segment but the last. */
  readonly segmentSeconds: number;
  /** Checked between pieces; reading stops (and the source closes) once it aborts. */
  readonly signal?: AbortSignal;
}

/**
 * A WAV/AIFF file's media range as segments of a few seconds each, decoded from a byte stream in
 * cooperative slices. For playing a long voice-over: each segment becomes a small buffer of its
 * own, so no step copies the whole file at once (decoding a ten-minute file in one piece blocks a
 * page for more than half a second), and playback can start before the file is read to its end.
 */
export async function* audioSegments(chunks: AsyncIterable<Uint8Array>, options: AudioSegmentsOptions): AsyncGenerator<AudioSegment> {
  const aborted = () => options.signal?.aborted === true;
  let pending: { startFrame: number; channels: Float32Array[]; filled: number; rate: number } | null = null;
  // Leaving the loop early (range done, aborted) closes the decoder and, through it, the source.
  for await (const { info, startFrame, channels } of decodeAudioStream(inCooperativeSlices(chunks), { fileName: options.fileName })) {
    if (aborted()) return;
    const rate = info.sampleRateHz;
    const fromFrame = Math.max(0, Math.round(options.fromMediaSeconds * rate));
    const toFrame = Math.round(options.toMediaSeconds * rate);
    const segmentFrames = Math.max(1, Math.round(options.segmentSeconds * rate));
    const blockEnd = startFrame + (channels[0]?.length ?? 0);
    // Copy the part of this block inside the range into segments, emitting each as it fills.
    let frame = Math.max(startFrame, fromFrame);
    while (frame < Math.min(blockEnd, toFrame)) {
      pending ??= {
        startFrame: frame,
        channels: channels.map(() => new Float32Array(Math.min(segmentFrames, toFrame - frame))),
        filled: 0,
        rate,
      };
      const room = pending.channels[0]!.length - pending.filled;
      const count = Math.min(room, Math.min(blockEnd, toFrame) - frame);
      const from = frame - startFrame;
      for (let channel = 0; channel < channels.length; channel += 1) {
        pending.channels[channel]!.set(channels[channel]!.subarray(from, from + count), pending.filled);
      }
      pending.filled += count;
      frame += count;
      if (pending.filled === pending.channels[0]!.length) {
        yield { mediaStartSeconds: pending.startFrame / rate, sampleRateHz: rate, channels: pending.channels };
        pending = null;
      }
    }
    if (blockEnd >= toFrame) return;
  }
  // The file ended inside the range: what was there plays.
  if (pending != null && pending.filled > 0) {
    const { startFrame, filled, rate } = pending;
    yield {
      mediaStartSeconds: startFrame / rate,
      sampleRateHz: rate,
      channels: pending.channels.map((samples) => samples.slice(0, filled)),
    };
  }
}
