import { useCallback, useEffect, useState } from 'react';
import type { WebAudioPlayer } from '../../platform/browser/web-audio-player';
import type { DrawnTimeline } from '../../ui/timeline/drawn-timeline';
import { playbackPlan } from '../../ui/timeline/playback-plan';

type Playback =
  | { readonly status: 'stopped' }
  | { readonly status: 'starting' }
  | { readonly status: 'playing'; readonly fromSeconds: number; readonly endSeconds: number };

/** Why playback is silent: files the browser could not decode, or playback that could not start; the page says it in its language. */
export type SilentNote =
  { readonly kind: 'undecodable'; readonly paths: readonly string[] } | { readonly kind: 'failed'; readonly error: unknown };

/**
 * Play/Stop for the drawn timeline: plays from the playhead (from the start when it is at the
 * end), moves a live playhead every animation frame, and leaves the host's playhead where
 * playback stopped, as an editor's Stop does.
 */
export function usePlayback(player: WebAudioPlayer, timeline: DrawnTimeline, setPlayhead: (seconds: number) => void) {
  const [playback, setPlayback] = useState<Playback>({ status: 'stopped' });
  const [livePlayheadSeconds, setLivePlayheadSeconds] = useState<number | null>(null);
  const [silentNote, setSilentNote] = useState<SilentNote | null>(null);

  const play = useCallback(() => {
    const end = playbackPlan(timeline, 0).endSeconds;
    const fromSeconds = timeline.playheadSeconds >= end - 1 / timeline.frameRate ? 0 : timeline.playheadSeconds;
    const plan = playbackPlan(timeline, fromSeconds);
    setPlayback({ status: 'starting' });
    player.play(plan.clips).then(
      ({ silentPaths }) => {
        setSilentNote(silentPaths.length === 0 ? null : { kind: 'undecodable', paths: silentPaths });
        setPlayback({ status: 'playing', fromSeconds, endSeconds: plan.endSeconds });
      },
      (error: unknown) => {
        setSilentNote({ kind: 'failed', error });
        setPlayback({ status: 'stopped' });
      },
    );
  }, [player, timeline]);

  const stop = useCallback(() => {
    if (playback.status !== 'playing') return;
    const elapsed = player.elapsedSeconds() ?? 0;
    player.stop();
    setPlayback({ status: 'stopped' });
    setLivePlayheadSeconds(null);
    setPlayhead(Math.min(playback.endSeconds, playback.fromSeconds + elapsed));
  }, [player, playback, setPlayhead]);

  useEffect(() => {
    if (playback.status !== 'playing') return undefined;
    let frame = 0;
    const tick = () => {
      const position = playback.fromSeconds + (player.elapsedSeconds() ?? 0);
      if (position >= playback.endSeconds) {
        player.stop();
        setPlayback({ status: 'stopped' });
        setLivePlayheadSeconds(null);
        setPlayhead(playback.endSeconds);
        return;
      }
      setLivePlayheadSeconds(position);
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playback, player, setPlayhead]);

  return {
    status: playback.status,
    livePlayheadSeconds: playback.status === 'playing' ? livePlayheadSeconds : null,
    play,
    stop,
    silentNote,
  };
}
