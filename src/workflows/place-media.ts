import type { ClipProvenance, ImportedMedia, NleHost, PlacedClip, SequenceSnapshot } from '../hosts/spec';
import type { LocalizedMessage } from '../shared/app-error';
import { describeFormatMismatch } from './format-mismatch';
import { planPlacement, type PlaceOptions } from './place-options';

interface PlaceMediaInput {
  readonly host: NleHost;
  readonly mediaPath: string;
  readonly durationSeconds: number;
  /** The clip's picture format, to warn when it differs from the sequence's. */
  readonly format?: { readonly width: number | null; readonly height: number | null; readonly frameRate: number | null };
  readonly binPath: readonly string[];
  readonly undoLabel: string;
  /** @default at the playhead, on the first free tracks. A function gets the sequence the clip goes into (its track roles). */
  readonly placement?: PlaceOptions | ((sequence: SequenceSnapshot) => PlaceOptions);
  /** Recorded on the project item in the placement's own undo step, where the host can. */
  readonly provenance?: ClipProvenance;
}

interface PlacedMedia {
  readonly imported: ImportedMedia;
  /** Null when the options asked for the bin only: nothing was placed. */
  readonly placed: PlacedClip | null;
  /** Whether the provenance went in with the placement (one undo step); when false, record it separately. */
  readonly provenanceRecorded: boolean;
  /** What the editor should know: no In mark, a frame size or rate that differs from the sequence; each with its catalog message. */
  readonly notices: readonly { readonly message: string; readonly localized: LocalizedMessage }[];
}

/**
 * Imports a file into the bin and places it (default: at the playhead on the first video and audio
 * tracks free over its whole span, new tracks when none are), audio linked. Never overwrites
 * unless the placement options say so explicitly.
 */
export async function placeMedia(input: PlaceMediaInput): Promise<PlacedMedia> {
  const { host } = input;
  const imported = await host.importMedia(input.mediaPath, input.binPath);
  const sequence = await host.readActiveSequence();
  const options = typeof input.placement === 'function' ? input.placement(sequence) : input.placement;
  if (options?.binOnly === true) return { imported, placed: null, provenanceRecorded: false, notices: [] };
  const plan = planPlacement(sequence, input.durationSeconds, options);
  const { provenanceRecorded, ...placed } = await host.placeClip({
    media: imported,
    atSeconds: plan.atSeconds,
    videoTrackIndex: plan.videoTrackIndex,
    audioTrackIndex: plan.audioTrackIndex,
    overwrite: plan.overwrite,
    undoLabel: input.undoLabel,
    ...(input.provenance != null && host.capabilities.writesProvenance ? { provenance: input.provenance } : {}),
  });
  const mismatch = input.format == null ? null : describeFormatMismatch(input.format, sequence);
  const notices = [plan.notice, mismatch]
    .filter((notice): notice is NonNullable<typeof notice> => notice != null)
    .map(({ message, localized }) => ({ message, localized }));
  return { imported, placed, provenanceRecorded, notices };
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
