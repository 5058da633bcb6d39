import type { TrackRole } from '../domain/tracks/track-role';
import type { SequenceSnapshot, TimelineClip, TimelineTrack } from '../hosts/spec';
import { AppError } from '../shared/app-error';

type NothingToDuckReason = 'selection-unreadable' | 'nothing-selected' | 'nothing-duckable';

/** "Only selected clips" was asked for, and the selection gives ducking nothing to lower; the message says why and what to do. */
export class NothingSelectedToDuckError extends AppError {
  readonly reason: NothingToDuckReason;

  constructor(init: { reason: NothingToDuckReason; message: string }) {
    super(init.message);
    this.name = 'NothingSelectedToDuckError';
    this.reason = init.reason;
  }
}

/** How the duck judges a track: whether it is a voice track, and whether its role is one the editor ticked. */
interface TrackJudgement {
  readonly isVoice: (track: TimelineTrack) => boolean;
  readonly roleOf: (track: TimelineTrack) => TrackRole;
  readonly isDucked: (track: TimelineTrack) => boolean;
}

const UNTICK = 'or untick "Only selected clips" to duck every clip on the ticked tracks';

/**
 * The selected audio clips a duck may lower: enabled, on a track that is not voice and whose role is
 * ticked. Nothing else is touched. Throws NothingSelectedToDuckError when the host cannot read the
 * selection, nothing is selected, or no selected clip qualifies (saying, per clip, why not).
 */
export function selectedDuckTargets(sequence: SequenceSnapshot, judge: TrackJudgement, hostName: string): TimelineClip[] {
  const selectedIds = sequence.selectedClipIds;
  if (selectedIds == null) {
    throw new NothingSelectedToDuckError({
      reason: 'selection-unreadable',
      message: `${hostName} does not tell ClipRelay which clips are selected; ${UNTICK}.`,
    });
  }
  const selected = new Set(selectedIds);
  const selectedAudio = sequence.audioTracks.flatMap((track) =>
    track.clips.filter((clip) => selected.has(clip.id)).map((clip) => ({ track, clip })),
  );
  const selectedVideoCount = sequence.videoTracks.flatMap((track) => track.clips).filter((clip) => selected.has(clip.id)).length;
  if (selectedAudio.length === 0 && selectedVideoCount === 0) {
    throw new NothingSelectedToDuckError({
      reason: 'nothing-selected',
      message: `No clips are selected. Select the clips to duck in the timeline, ${UNTICK}.`,
    });
  }
  const targets = selectedAudio.filter(({ track, clip }) => !judge.isVoice(track) && judge.isDucked(track) && !clip.disabled);
  if (targets.length > 0) return targets.map(({ clip }) => clip);

  const reasons = selectedAudio.map(({ track, clip }) => `"${clip.name}" ${whyNotDucked(track, clip, judge)}`);
  if (selectedVideoCount > 0)
    reasons.push(
      selectedVideoCount === 1 ? '1 video clip (only audio is ducked)' : `${selectedVideoCount} video clips (only audio is ducked)`,
    );
  const count = selectedAudio.length + selectedVideoCount;
  throw new NothingSelectedToDuckError({
    reason: 'nothing-duckable',
    message: `None of the ${count === 1 ? 'selected clip' : `${count} selected clips`} can be ducked: ${reasons.join('; ')}. Select music or generated clips, tick their role under "Duck", ${UNTICK}.`,
  });
}

function whyNotDucked(track: TimelineTrack, clip: TimelineClip, judge: TrackJudgement): string {
  const where = `A${track.index + 1}`;
  if (judge.isVoice(track)) return `is on the voice track ${where}`;
  if (!judge.isDucked(track)) return `is on ${where} (${judge.roleOf(track)}), a role not ticked to duck`;
  if (clip.disabled) return `on ${where} is disabled`;
  return `on ${where} cannot be ducked`;
}
