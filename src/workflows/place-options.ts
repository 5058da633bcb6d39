import { findFreeTrackIndex } from '../domain/placement/find-free-track';
import { isVoiceRole, trackRoleOf, type TrackRoleChoices } from '../domain/tracks/track-role';
import type { SequenceSnapshot } from '../hosts/spec';
import type { LocalizedMessage } from '../shared/app-error';

/** Where a new clip starts: the playhead, the sequence In mark, or after the last clip. */
type PlacementPosition = 'playhead' | 'in-point' | 'sequence-end';

export interface PlaceOptions {
  /** @default 'playhead' */
  readonly position?: PlacementPosition;
  /**
   * Tracks to place on. Without them ClipRelay picks the first video and audio tracks free over the
   * whole span (new tracks when none are), so nothing is ever overwritten.
   * @default undefined (first free tracks)
   */
  readonly videoTrackIndex?: number;
  readonly audioTrackIndex?: number;
  /** Only with explicit tracks: replace what lies under the span instead of refusing. @default false */
  readonly overwrite?: boolean;
  /** Track roles the editor set for this sequence; names decide the rest. Voice tracks never receive a clip. */
  readonly trackRoles?: TrackRoleChoices;
  /** "Add to bin only": import into the bin and leave the timeline alone. @default false */
  readonly binOnly?: boolean;
}

/** A placement ready for `NleHost.placeClip`, plus what the editor should be told about it. */
interface PlacementPlan {
  readonly atSeconds: number;
  readonly videoTrackIndex: number;
  readonly audioTrackIndex: number;
  readonly overwrite: boolean;
  /** Set when the plan differs from what was asked (e.g. no In mark), for the panel to show. */
  readonly notice: PlacementNotice | null;
}

/** The notice's English (what the job keeps and the CLI prints) and its catalog message (jobs area) for the panel. */
interface PlacementNotice {
  readonly message: string;
  readonly localized: LocalizedMessage;
}

const NO_IN_MARK: PlacementNotice = {
  message: 'The sequence has no In mark, so the clip was placed at the playhead.',
  localized: { id: 'jobs.noticeNoInMark' },
};

type PlacementSequence = Pick<SequenceSnapshot, 'playheadSeconds' | 'inPointSeconds' | 'endSeconds' | 'videoTracks' | 'audioTracks'>;

/** Where and on which tracks a clip of `durationSeconds` goes. Pure: the sequence is a snapshot. */
export function planPlacement(sequence: PlacementSequence, durationSeconds: number, options: PlaceOptions = {}): PlacementPlan {
  let atSeconds = sequence.playheadSeconds;
  let notice: PlacementNotice | null = null;
  const position = options.position ?? 'playhead';
  if (position === 'in-point') {
    if (sequence.inPointSeconds == null) notice = NO_IN_MARK;
    else atSeconds = sequence.inPointSeconds;
  } else if (position === 'sequence-end') {
    atSeconds = sequence.endSeconds;
  }
  const endSeconds = atSeconds + durationSeconds;
  const isVoice = (track: PlacementSequence['audioTracks'][number]) => isVoiceRole(trackRoleOf(track, options.trackRoles));
  const notVoice = (track: PlacementSequence['audioTracks'][number]) => !isVoice(track);
  let audioTrackIndex = options.audioTrackIndex ?? findFreeTrackIndex(sequence.audioTracks, atSeconds, endSeconds, notVoice);
  const askedTrack = sequence.audioTracks[audioTrackIndex];
  let overwriteAudio = options.audioTrackIndex != null;
  if (askedTrack != null && isVoice(askedTrack)) {
    // Generated audio on the voice-over would be ducked as voice and mixed into the dialogue stem.
    audioTrackIndex = findFreeTrackIndex(sequence.audioTracks, atSeconds, endSeconds, notVoice);
    overwriteAudio = false;
    notice = joinNotices(notice, voiceTrackNotice(askedTrack.name, sequence.audioTracks[audioTrackIndex]?.name ?? null));
  }
  const videoTrackIndex = options.videoTrackIndex ?? findFreeTrackIndex(sequence.videoTracks, atSeconds, endSeconds);
  return {
    atSeconds,
    videoTrackIndex,
    audioTrackIndex,
    overwrite: options.overwrite === true && (options.videoTrackIndex != null || overwriteAudio),
    notice,
  };
}

/** Both notices as one warning, as always: English joins them with a space, and so do the catalog's `also` sentences. */
function joinNotices(first: PlacementNotice | null, second: PlacementNotice): PlacementNotice {
  if (first == null) return second;
  return {
    message: `${first.message} ${second.message}`,
    localized: { ...first.localized, also: [...(first.localized.also ?? []), second.localized] },
  };
}

/** Track names are the editor's own: values, never translated. `usedName` null: a new audio track. */
function voiceTrackNotice(askedName: string, usedName: string | null): PlacementNotice {
  if (usedName == null) {
    return {
      message: `"${askedName}" is a voice track, so the clip's audio went on a new audio track.`,
      localized: { id: 'jobs.noticeVoiceTrackNewTrack', values: { asked: askedName } },
    };
  }
  return {
    message: `"${askedName}" is a voice track, so the clip's audio went on "${usedName}".`,
    localized: { id: 'jobs.noticeVoiceTrackMoved', values: { asked: askedName, used: usedName } },
  };
}
