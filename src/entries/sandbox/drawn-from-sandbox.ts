import type { SandboxState, SandboxTrack } from '../../hosts/sandbox';
import { mediaToSequenceSeconds } from '../../domain/time/media-time';
import type { DrawnTimeline, DrawnTrack } from '../../ui/timeline/drawn-timeline';

/** Translates the sandbox host's state (keyframes in media time) into the timeline drawing model. */
export function drawnFromSandbox(state: SandboxState): DrawnTimeline {
  const generatedItems = new Set(state.items.filter((item) => item.binPath[0] === 'ClipRelay').map((item) => item.id));
  const selected = new Set(state.selectedClipIds ?? []);
  const toDrawn = (track: SandboxTrack, index: number): DrawnTrack => ({
    kind: track.kind,
    index,
    name: track.name,
    muted: track.muted,
    clips: track.clips.map((clip) => ({
      id: clip.id,
      name: clip.name,
      startSeconds: clip.startSeconds,
      endSeconds: clip.endSeconds,
      mediaPath: clip.mediaPath,
      inPointSeconds: clip.inPointSeconds,
      speed: clip.speed,
      disabled: clip.disabled,
      linkId: clip.linkId,
      generated: generatedItems.has(clip.itemId),
      staticLevelDb: clip.staticLevelDb,
      selected: selected.has(clip.id),
      keyframes: clip.keyframes.map((keyframe) => ({
        timeSeconds: mediaToSequenceSeconds(clip, keyframe.mediaSeconds),
        levelDb: keyframe.levelDb,
        byClipRelay: keyframe.byClipRelay,
      })),
    })),
  });
  return {
    name: state.sequenceName,
    frameRate: state.frameRate,
    playheadSeconds: state.playheadSeconds,
    videoTracks: state.videoTracks.map(toDrawn),
    audioTracks: state.audioTracks.map(toDrawn),
  };
}
