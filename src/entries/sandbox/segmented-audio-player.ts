import type { ScheduledClip, WebAudioPlayer } from '../../platform/browser/web-audio-player';
import type { ReadMedia } from '../../platform/read-media';
import { abortableDelay } from '../../shared/abortable-delay';
import { audioSegments, type AudioSegment } from '../../workflows/audio-segments';
import { whenWarmOrAfter } from './audio-output-warm-up';

/** WAV and AIFF are decoded by our own streaming decoder, in segments; other media (short AAC clips) by the browser. */
const STREAMED = /\.(wav|wave|aif|aiff|aifc)$/i;
const SEGMENT_SECONDS = 4;
/** Segments are decoded this far ahead of the sound, no further: a ten-minute file never sits in memory whole. */
const LOOKAHEAD_SECONDS = 12;
const LOOKAHEAD_POLL_MS = 250;
/** Scheduling this far ahead lets every clip start together even when there are many. */
const START_LEAD_SECONDS = 0.06;
/** Play waits at most this long for the audio output's warm-up before creating its context anyway. */
const WARM_UP_CAP_MS = 5000;

interface Playing {
  readonly context: AudioContext;
  readonly startTime: number;
  readonly sources: Set<AudioBufferSourceNode>;
  readonly abort: AbortController;
}

/**
 * Plays the sandbox timeline through Web Audio without a long task: a long voice-over is streamed
 * and decoded in cooperative slices into buffers of a few seconds, each scheduled on the audio
 * clock right after the one before (so they join without a gap), while short compressed clips go
 * through the browser's own decoder as a whole (`loadBuffer`). Each clip's Volume envelope is
 * automation on its GainNode.
 */
export function createSegmentedAudioPlayer(
  readMedia: ReadMedia,
  loadBuffer: (mediaPath: string) => Promise<AudioBuffer>,
  /** Resolves once the browser's audio output is up (`warmUpAudioOutput`), so creating the context does not block the page. */
  audioOutputWarm: Promise<void> = Promise.resolve(),
): WebAudioPlayer {
  let context: AudioContext | null = null;
  let current: Playing | null = null;
  /** A play() still waiting for the output or the first sound; Stop cancels it too. */
  let starting: AbortController | null = null;

  function stop(): void {
    starting?.abort();
    starting = null;
    if (current == null) return;
    current.abort.abort();
    for (const source of current.sources) {
      source.stop();
      source.disconnect();
    }
    current = null;
  }

  async function play(clips: readonly ScheduledClip[]): Promise<{ readonly silentPaths: readonly string[] }> {
    stop();
    const abort = new AbortController();
    starting = abort;
    if (context == null) await whenWarmOrAfter(audioOutputWarm, WARM_UP_CAP_MS);
    if (abort.signal.aborted) return { silentPaths: [] };
    context ??= new AudioContext();
    const live = context;
    const resumed = live.resume();
    // Every clip's first sound is ready before the common start time is fixed.
    const openings = await Promise.allSettled(clips.map((clip) => openClip(clip, abort.signal)));
    await resumed;
    if (abort.signal.aborted) {
      for (const opening of openings)
        if (opening.status === 'fulfilled' && opening.value.kind === 'segments') void opening.value.rest.return(undefined);
      return { silentPaths: [] };
    }
    const playing: Playing = { context: live, startTime: live.currentTime + START_LEAD_SECONDS, sources: new Set(), abort };
    current = playing;
    starting = null;
    const silentPaths: string[] = [];
    clips.forEach((clip, index) => {
      const opening = openings[index]!;
      if (opening.status === 'rejected') {
        silentPaths.push(clip.mediaPath);
        return;
      }
      const gain = live.createGain();
      for (const event of clip.gainEvents) {
        const when = playing.startTime + event.atSeconds;
        if (event.kind === 'set') gain.gain.setValueAtTime(event.gain, when);
        else gain.gain.linearRampToValueAtTime(event.gain, when);
      }
      gain.connect(live.destination);
      const opened = opening.value;
      if (opened.kind === 'buffer') {
        const source = sourceInto(playing, gain, opened.buffer, clip.playbackRate);
        source.start(playing.startTime + clip.delaySeconds, clip.mediaOffsetSeconds, clip.mediaDurationSeconds);
        return;
      }
      // The rest of the file follows in the background; a read that fails later leaves the clip shorter, not the page broken.
      scheduleSegments(playing, gain, clip, opened).catch(() => undefined);
    });
    return { silentPaths };
  }

  function elapsedSeconds(): number | null {
    if (current == null) return null;
    return Math.max(0, current.context.currentTime - current.startTime);
  }

  function contextState(): AudioContextState | 'not started' {
    return context?.state ?? 'not started';
  }

  type Opened =
    | { readonly kind: 'buffer'; readonly buffer: AudioBuffer }
    | { readonly kind: 'segments'; readonly first: AudioSegment | undefined; readonly rest: AsyncGenerator<AudioSegment> };

  async function openClip(clip: ScheduledClip, signal: AbortSignal): Promise<Opened> {
    if (!STREAMED.test(clip.mediaPath)) return { kind: 'buffer', buffer: await loadBuffer(clip.mediaPath) };
    const segments = audioSegments(readMedia(clip.mediaPath), {
      fileName: clip.mediaPath.split('/').pop() ?? clip.mediaPath,
      fromMediaSeconds: clip.mediaOffsetSeconds,
      toMediaSeconds: clip.mediaOffsetSeconds + clip.mediaDurationSeconds,
      segmentSeconds: SEGMENT_SECONDS,
      signal,
    });
    const first = await segments.next();
    return { kind: 'segments', first: first.done === true ? undefined : first.value, rest: segments };
  }

  async function scheduleSegments(playing: Playing, gain: GainNode, clip: ScheduledClip, opened: Extract<Opened, { kind: 'segments' }>) {
    const { context: live, abort } = playing;
    const startOf = (segment: AudioSegment) =>
      playing.startTime + clip.delaySeconds + (segment.mediaStartSeconds - clip.mediaOffsetSeconds) / clip.playbackRate;
    const schedule = (segment: AudioSegment) => {
      const buffer = live.createBuffer(segment.channels.length, segment.channels[0]!.length, segment.sampleRateHz);
      segment.channels.forEach((samples, channel) => buffer.copyToChannel(samples as Float32Array<ArrayBuffer>, channel));
      const when = startOf(segment);
      // A segment decoded late starts where the sound has got to, not from its beginning.
      const lateSeconds = Math.max(0, live.currentTime - when);
      if (lateSeconds * clip.playbackRate >= buffer.duration) return;
      sourceInto(playing, gain, buffer, clip.playbackRate).start(when + lateSeconds, lateSeconds * clip.playbackRate);
    };
    if (opened.first != null) schedule(opened.first);
    for await (const segment of opened.rest) {
      while (!abort.signal.aborted && startOf(segment) - live.currentTime > LOOKAHEAD_SECONDS) {
        await abortableDelay(LOOKAHEAD_POLL_MS, abort.signal);
      }
      if (abort.signal.aborted) return;
      schedule(segment);
    }
  }

  return { play, stop, elapsedSeconds, contextState };
}

/** A source node for `buffer` into the clip's gain, forgotten once it has played; the caller starts it at once. */
function sourceInto(playing: Playing, gain: GainNode, buffer: AudioBuffer, playbackRate: number): AudioBufferSourceNode {
  const source = playing.context.createBufferSource();
  source.buffer = buffer;
  source.playbackRate.value = playbackRate;
  source.connect(gain);
  playing.sources.add(source);
  source.addEventListener('ended', () => {
    playing.sources.delete(source);
    source.disconnect();
  });
  return source;
}
