/** One clip to sound, as the UI's `ClipPlayback` describes it (times in seconds after playback starts). */
export interface ScheduledClip {
  readonly mediaPath: string;
  readonly delaySeconds: number;
  readonly mediaOffsetSeconds: number;
  readonly mediaDurationSeconds: number;
  readonly playbackRate: number;
  readonly gainEvents: readonly { readonly kind: 'set' | 'ramp'; readonly atSeconds: number; readonly gain: number }[];
}

/**
 * Plays clips through Web Audio, each with its Volume envelope as automation on a GainNode. The
 * sandbox's implementation (`entries/sandbox/segmented-audio-player.ts`) streams long WAV/AIFF
 * files in segments, so no step decodes or copies a whole long file at once.
 */
export interface WebAudioPlayer {
  /**
   * Starts the clips (stopping what played before). Resolves once they are scheduled, with the
   * paths whose sound could not be decoded (those stay silent).
   */
  play(clips: readonly ScheduledClip[]): Promise<{ readonly silentPaths: readonly string[] }>;
  stop(): void;
  /** Seconds since the scheduled start of the current playback (0 before it, null when stopped). */
  elapsedSeconds(): number | null;
  /** 'running' while the browser is producing sound; what a test checks. */
  contextState(): AudioContextState | 'not started';
}
