import type { TimelineClip, TimelineTrack, TrackKind } from '../spec';
import type { ResolveMediaPoolItem, ResolveTimelineItem } from './resolve-api';
import type { ResolveContext } from './resolve-context';
import { duckRecordOf, type DuckGroupRecord } from './resolve-duck-marker';

/** One clip as the panel sees it, with the Resolve items behind it (several when ClipRelay laid a duck). */
export interface ResolveClipView {
  readonly clip: TimelineClip;
  readonly items: readonly ResolveTimelineItem[];
  readonly record: DuckGroupRecord | null;
  readonly poolItem: ResolveMediaPoolItem | null;
  /** The media's own frame rate (audio-only pool items report 24 whatever the timeline, research §2.2). */
  readonly mediaFps: number;
  /** Source frame at the clip's start, in `mediaFps`. */
  readonly sourceStartFrame: number;
  /** Absolute timeline frames; `endFrame` exclusive. */
  readonly startFrame: number;
  readonly endFrame: number;
}

interface TimelineRead {
  readonly videoTracks: readonly TimelineTrack[];
  readonly audioTracks: readonly TimelineTrack[];
  readonly views: ReadonlyMap<string, ResolveClipView>;
  /** TimelineItem unique id → the clip id that covers it. */
  readonly clipIdOfItem: ReadonlyMap<string, string>;
}

/** Positional, so a clip ClipRelay re-laid (a duck, its undo) keeps its id: valid until the timeline changes. */
export function clipIdOf(kind: TrackKind, trackIndex: number, startFrame: number): string {
  return `${kind}:${trackIndex}:${startFrame}`;
}

function sourceRangeOf(item: ResolveTimelineItem, frames: number): { start: number; end: number } {
  const start = typeof item.GetSourceStartFrame === 'function' ? item.GetSourceStartFrame() : item.GetLeftOffset();
  const end = typeof item.GetSourceEndFrame === 'function' ? item.GetSourceEndFrame() : frames - item.GetRightOffset();
  return { start, end };
}

function speedOf(item: ResolveTimelineItem, sourceFrames: number, mediaFps: number, timelineFps: number): number {
  const stated = typeof item.GetSpeed === 'function' ? Number(item.GetSpeed()['Speed']) : NaN;
  if (Number.isFinite(stated) && stated !== 0) return Math.round(stated * 10) / 1000;
  const durationFrames = item.GetDuration(true);
  if (durationFrames <= 0) return 1;
  return Math.round(((sourceFrames / mediaFps) * timelineFps * 1000) / durationFrames) / 1000;
}

function readTrack(
  context: ResolveContext,
  kind: TrackKind,
  index: number,
  views: Map<string, ResolveClipView>,
  ids: Map<string, string>,
): TimelineTrack {
  const { timeline, rate, startFrame: timelineStart } = context;
  // Subframe precision (19.0.2+; older Resolve ignores the flag): audio can sit between frames.
  const items = [...(timeline.GetItemListInTrack(kind, index + 1) ?? [])].sort((a, b) => a.GetStart(true) - b.GetStart(true));
  const seconds = (frame: number) => (frame - timelineStart) / rate.fps;
  const clips: TimelineClip[] = [];
  for (let at = 0; at < items.length;) {
    const first = items[at]!;
    const record = kind === 'audio' ? duckRecordOf(first) : null;
    const group = [first];
    // A duck's segments lie end to end and share the group id: the panel sees the one clip they replace.
    while (record != null && at + group.length < items.length) {
      const next = items[at + group.length]!;
      if (next.GetStart(true) !== group.at(-1)!.GetEnd(true) || duckRecordOf(next)?.group !== record.group) break;
      group.push(next);
    }
    at += group.length;
    const poolItem = first.GetMediaPoolItem() ?? null;
    const properties = poolItem?.GetClipProperty() ?? {};
    const mediaFps = Number(properties['FPS']) > 0 ? Number(properties['FPS']) : rate.fps;
    const source = sourceRangeOf(first, Number(properties['Frames']) || 0);
    const startFrame = first.GetStart(true);
    const endFrame = group.at(-1)!.GetEnd(true);
    const path = properties['File Path'] ?? '';
    const clip: TimelineClip = {
      id: clipIdOf(kind, index, startFrame),
      trackKind: kind,
      trackIndex: index,
      name: first.GetName(),
      mediaPath: path === '' ? null : path,
      projectItemId: poolItem?.GetUniqueId() ?? null,
      startSeconds: seconds(startFrame),
      endSeconds: seconds(endFrame),
      inPointSeconds: source.start / mediaFps,
      speed: group.length > 1 ? 1 : speedOf(first, source.end - source.start, mediaFps, rate.fps),
      disabled: !first.GetClipEnabled(),
    };
    clips.push(clip);
    views.set(clip.id, { clip, items: group, record, poolItem, mediaFps, sourceStartFrame: source.start, startFrame, endFrame });
    for (const item of group) ids.set(item.GetUniqueId(), clip.id);
  }
  return { kind, index, name: timeline.GetTrackName(kind, index + 1), muted: !timeline.GetIsTrackEnabled(kind, index + 1), clips };
}

export function readTimeline(context: ResolveContext): TimelineRead {
  const views = new Map<string, ResolveClipView>();
  const clipIdOfItem = new Map<string, string>();
  const tracksOf = (kind: TrackKind) =>
    Array.from({ length: context.timeline.GetTrackCount(kind) }, (_, index) => readTrack(context, kind, index, views, clipIdOfItem));
  return { videoTracks: tracksOf('video'), audioTracks: tracksOf('audio'), views, clipIdOfItem };
}
