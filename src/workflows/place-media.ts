import { findFreeTrackIndex } from '../domain/placement/find-free-track';
import type { NleHost, PlacedClip } from '../hosts/spec';

export interface PlaceMediaInput {
  readonly host: NleHost;
  readonly mediaPath: string;
  readonly durationSeconds: number;
  readonly binPath: readonly string[];
  readonly undoLabel: string;
}

/**
 * Imports a file into the bin and places it at the playhead on the first video and audio tracks
 * free over its whole span (new tracks when none are), audio linked. Never overwrites.
 */
export async function placeMedia(input: PlaceMediaInput): Promise<PlacedClip> {
  const { host } = input;
  const imported = await host.importMedia(input.mediaPath, input.binPath);
  const sequence = await host.readActiveSequence();
  const startSeconds = sequence.playheadSeconds;
  const endSeconds = startSeconds + input.durationSeconds;
  return host.placeClip({
    media: imported,
    atSeconds: startSeconds,
    videoTrackIndex: findFreeTrackIndex(sequence.videoTracks, startSeconds, endSeconds),
    audioTrackIndex: findFreeTrackIndex(sequence.audioTracks, startSeconds, endSeconds),
    undoLabel: input.undoLabel,
  });
}

/** The clips already on the timeline from this file: a placement that happened before a reload. */
export async function findPlacedMedia(host: NleHost, mediaPath: string): Promise<PlacedClip | null> {
  const sequence = await host.readActiveSequence();
  const video = sequence.videoTracks.flatMap((track) => track.clips).find((clip) => clip.mediaPath === mediaPath);
  if (video == null) return null;
  const audio = sequence.audioTracks
    .flatMap((track) => track.clips)
    .find((clip) => clip.mediaPath === mediaPath && Math.abs(clip.startSeconds - video.startSeconds) < 1e-6);
  return { videoClipId: video.id, audioClipId: audio?.id ?? null, startSeconds: video.startSeconds, endSeconds: video.endSeconds };
}
