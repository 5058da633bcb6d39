// Loaded on demand (export-ducked-timeline.ts): this module and the writers it imports (fast-xml-parser, the
// interchange stack) stay out of the Premiere panel's main script until the first export.
import type { ClipGainEnvelope, SequenceSnapshot, TimelineClip, TimelineTrack, VolumeAutomation } from '../hosts/spec';
import {
  createTimelineDocument,
  duckClipVolume,
  rateFromDecimal,
  type InterchangeClip,
  type InterchangeTimeline,
  type InterchangeTrack,
  type TimelineFormat,
} from '../interchange';

interface ExportDuckedTimelineInput {
  readonly sequence: SequenceSnapshot;
  /** The planned envelopes (a Duck preview or Apply result). */
  readonly envelopes: readonly ClipGainEnvelope[];
  readonly format: TimelineFormat;
  /**
   * Each ducked clip's Volume automation as the host reads it: its static level and the editor's own keys
   * are carried over (ClipRelay's earlier keys are not: the plan replaces them).
   * @default none read (0 dB, no keys)
   */
  readonly automation?: ReadonlyMap<string, VolumeAutomation>;
}

export interface ExportedTimeline {
  readonly text: string;
  /** "Harbour promo.ducked.xml": the sequence's name with the format's extension. */
  readonly fileName: string;
  readonly format: TimelineFormat;
}

const EXTENSION: Record<TimelineFormat, string> = { xmeml: 'xml', fcpxml: 'fcpxml', otio: 'otio' };

/**
 * The panel's "Export ducked timeline": the sequence as Premiere XML, FCPXML or OTIO with the planned
 * ducking as Volume keyframes, written by the same engine as `cliprelay duck` (and marked the same way,
 * so the file can be re-ducked there). For editors who finish in another application.
 */
export function exportDuckedTimeline(input: ExportDuckedTimelineInput): ExportedTimeline {
  const { sequence } = input;
  const frameRate = rateFromDecimal(sequence.frameRate);
  const envelopes = new Map(input.envelopes.map((envelope) => [envelope.clipId, envelope.points] as const));
  const track = (source: TimelineTrack): InterchangeTrack => ({
    kind: source.kind,
    index: source.index,
    name: source.name,
    enabled: !source.muted,
    roles: [],
    clips: source.clips.map((clip) => {
      const base = clipOf(clip, input.automation?.get(clip.id));
      const points = envelopes.get(clip.id);
      return points == null ? base : { ...base, volume: { ...base.volume, keys: duckClipVolume(base.volume, points, frameRate) } };
    }),
  });
  const timeline: InterchangeTimeline = {
    format: input.format,
    name: sequence.name,
    frameRate,
    tracks: [...sequence.videoTracks.map(track), ...sequence.audioTracks.map(track)],
  };
  const text = createTimelineDocument(timeline, input.format).serialize();
  const safeName = sequence.name.replace(/[\\/:*?"<>|]/g, '-').trim() || 'Sequence';
  return { text, fileName: `${safeName}.ducked.${EXTENSION[input.format]}`, format: input.format };
}

function clipOf(clip: TimelineClip, automation: VolumeAutomation | undefined): InterchangeClip {
  const editorKeys = (automation?.keyframes ?? [])
    .filter((keyframe) => !keyframe.writtenByClipRelay)
    .map((keyframe) => ({ timeSeconds: keyframe.timeSeconds, levelDb: keyframe.levelDb, mark: null }));
  return {
    id: clip.id,
    name: clip.name,
    mediaPath: clip.mediaPath,
    startSeconds: clip.startSeconds,
    endSeconds: clip.endSeconds,
    inPointSeconds: clip.inPointSeconds,
    speed: clip.reversed === true ? -Math.abs(clip.speed) : clip.speed,
    enabled: !clip.disabled,
    volume: { staticLevelDb: automation?.staticLevelDb ?? 0, keys: editorKeys },
  };
}
