import { writeFcpxmlTimeline } from './fcpxml/write-fcpxml-timeline';
import { writeOtioTimeline } from './otio/write-otio-timeline';
import { readTimeline } from './read-timeline';
import { dbToLinearText, roundDb } from './gain-db';
import type { ClipRelayMark, InterchangeClip, InterchangeTimeline, TimelineDocument, TimelineFormat } from './timeline-model';
import { writeXmemlTimeline } from './xmeml/write-xmeml-timeline';

const WRITERS: Record<TimelineFormat, (timeline: InterchangeTimeline) => string> = {
  otio: writeOtioTimeline,
  xmeml: writeXmemlTimeline,
  fcpxml: writeFcpxmlTimeline,
};

/**
 * A new document in `format` holding the model's timeline (tracks, clips, media, volume keys with
 * ClipRelay's marks): the skeleton is written, read back with the format's own reader, and the volume
 * keys go in through the same writer that ducks exported files. Used for `--to` and for the panel's
 * export, where there is no file to patch.
 */
export function createTimelineDocument(timeline: InterchangeTimeline, format: TimelineFormat): TimelineDocument {
  const document = readTimeline(WRITERS[format](timeline));
  const written = document.timeline.tracks.flatMap((track) => (track.kind === 'audio' ? track.clips : []));
  const used = new Set<InterchangeClip>();
  // Clips move to the nearest frame when written: a source not on its own frame grid (8 s at 29.97) shifts by under half a frame.
  const halfFrame = timeline.frameRate.denominator / timeline.frameRate.numerator / 2 + 1e-9;
  for (const track of timeline.tracks.filter((t) => t.kind === 'audio')) {
    for (const clip of track.clips) {
      if (clip.volume.keys.length === 0) continue;
      const match = written.find((candidate) => !used.has(candidate) && sameClip(candidate, clip, halfFrame));
      if (match == null) continue;
      used.add(match);
      document.setClipVolumeKeys(
        match.id,
        clip.volume.keys.map((key) => ({ timeSeconds: key.timeSeconds, levelDb: key.levelDb, mark: markIn(format, key.mark) })),
      );
    }
  }
  return document;
}

/** A mark's editor value in the target format's own unit (linear gain for xmeml, "…dB" for FCPXML). */
function markIn(format: TimelineFormat, mark: ClipRelayMark | null): ClipRelayMark | null {
  if (mark?.kind !== 'ducked') return mark;
  const token =
    format === 'xmeml'
      ? dbToLinearText(mark.editorLevelDb)
      : format === 'fcpxml'
        ? `${roundDb(mark.editorLevelDb)}dB`
        : String(mark.editorLevelDb);
  return { ...mark, editorValueToken: token };
}

function sameClip(a: InterchangeClip, b: InterchangeClip, toleranceSeconds: number): boolean {
  return a.mediaPath === b.mediaPath && a.name === b.name && Math.abs(a.startSeconds - b.startSeconds) <= toleranceSeconds;
}
