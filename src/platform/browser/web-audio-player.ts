/** One clip to sound, as the UI's `ClipPlayback` describes it (times in seconds after playback starts). */
interface ScheduledClip {
  readonly mediaPath: string;
  readonly delaySeconds: number;
  readonly mediaOffsetSeconds: number;
  readonly mediaDurationSeconds: number;
  readonly playbackRate: number;
  readonly gainEvents: readonly { readonly kind: 'set' | 'ramp'; readonly atSeconds: number; readonly gain: number }[];
}

/** Scheduling this far ahead lets every clip start together even when there are many. */
const START_LEAD_SECONDS = 0.06;

/**
 * Plays clips through Web Audio: per clip one `AudioBufferSourceNode` into a `GainNode` that
 * carries the clip's Volume envelope as `setValueAtTime` / `linearRampToValueAtTime` events.
 * The context is made on the first Play (a user gesture, which the browser's autoplay rule wants).
 */
export function createWebAudioPlayer(loadBuffer: (mediaPath: string) => Promise<AudioBuffer>) {
  let context: AudioContext | null = null;
  let current: { readonly sources: AudioBufferSourceNode[]; readonly startTime: number } | null = null;

  function stop(): void {
    for (const source of current?.sources ?? []) {
      source.stop();
      source.disconnect();
    }
    current = null;
  }

  /**
   * Starts the clips (stopping what played before). Resolves once they are scheduled, with the
   * paths whose sound could not be decoded (those stay silent).
   */
  async function play(clips: readonly ScheduledClip[]): Promise<{ readonly silentPaths: readonly string[] }> {
    stop();
    context ??= new AudioContext();
    const live = context;
    const resumed = live.resume();
    const loaded = await Promise.allSettled(clips.map((clip) => loadBuffer(clip.mediaPath)));
    await resumed;
    const startTime = live.currentTime + START_LEAD_SECONDS;
    const sources: AudioBufferSourceNode[] = [];
    const silentPaths: string[] = [];
    clips.forEach((clip, index) => {
      const outcome = loaded[index]!;
      if (outcome.status === 'rejected') {
        silentPaths.push(clip.mediaPath);
        return;
      }
      const source = live.createBufferSource();
      source.buffer = outcome.value;
      source.playbackRate.value = clip.playbackRate;
      const gain = live.createGain();
      for (const event of clip.gainEvents) {
        const when = startTime + event.atSeconds;
        if (event.kind === 'set') gain.gain.setValueAtTime(event.gain, when);
        else gain.gain.linearRampToValueAtTime(event.gain, when);
      }
      source.connect(gain).connect(live.destination);
      source.start(startTime + clip.delaySeconds, clip.mediaOffsetSeconds, clip.mediaDurationSeconds);
      sources.push(source);
    });
    current = { sources, startTime };
    return { silentPaths };
  }

  /** Seconds since the scheduled start of the current playback (0 before it, null when stopped). */
  function elapsedSeconds(): number | null {
    if (current == null || context == null) return null;
    return Math.max(0, context.currentTime - current.startTime);
  }

  /** 'running' while the browser is producing sound; what a test checks. */
  function contextState(): AudioContextState | 'not started' {
    return context?.state ?? 'not started';
  }

  return { play, stop, elapsedSeconds, contextState };
}

export type WebAudioPlayer = ReturnType<typeof createWebAudioPlayer>;
