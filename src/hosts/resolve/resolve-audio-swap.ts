import { HostOperationError } from '../spec';
import type { ResolveMediaPoolItem, ResolveTimelineItem } from './resolve-api';
import type { ResolveContext } from './resolve-context';
import type { ResolveClipView } from './resolve-timeline-read';
import { applyUndoStep, itemRef, type AudioSnapshot, type ResolveUndoStep } from './resolve-undo-steps';

/** One audio clip to take its sound from a file ClipRelay rendered with the ducking applied. */
export interface RenderedAudioSwap {
  /** A `TimelineClip.id` of an audio clip. */
  readonly clipId: string;
  /** The rendered file (a WAV exactly as long as the clip), already imported by the caller. */
  readonly renderedPath: string;
}

interface Partner {
  readonly item: ResolveTimelineItem;
  readonly ref: ReturnType<typeof itemRef>;
}

/**
 * The clip's picture: its linked items where Resolve can tell (19.0+), else the video items of the same
 * media at the same start (how ClipRelay placed it on 18.5).
 */
function partnersOf(context: ResolveContext, item: ResolveTimelineItem): readonly Partner[] {
  const linked = typeof item.GetLinkedItems === 'function' ? new Set(item.GetLinkedItems().map((other) => other.GetUniqueId())) : null;
  const mediaId = item.GetMediaPoolItem()?.GetUniqueId();
  const isPartner = (candidate: ResolveTimelineItem) =>
    linked != null
      ? linked.has(candidate.GetUniqueId())
      : mediaId != null && candidate.GetStart() === item.GetStart() && candidate.GetMediaPoolItem()?.GetUniqueId() === mediaId;
  const partners: Partner[] = [];
  for (let index = 1; index <= context.timeline.GetTrackCount('video'); index += 1) {
    for (const candidate of context.timeline.GetItemListInTrack('video', index) ?? [])
      if (isPartner(candidate)) partners.push({ item: candidate, ref: itemRef('video', index, candidate) });
  }
  return partners;
}

function lay(
  context: ResolveContext,
  trackIndex: number,
  poolItem: ResolveMediaPoolItem,
  range: { start: number; sourceStart: number; sourceEnd: number },
): ResolveTimelineItem | null {
  context.pool.AppendToTimeline([
    {
      mediaPoolItem: poolItem,
      startFrame: range.sourceStart,
      endFrame: range.sourceEnd,
      mediaType: 2,
      trackIndex,
      recordFrame: range.start,
    },
  ]);
  // Resolve can answer a list and place nothing (research §2.2): only the track says what is there.
  return (
    (context.timeline.GetItemListInTrack('audio', trackIndex) ?? []).find(
      (item) => item.GetStart() === range.start && item.GetMediaPoolItem()?.GetUniqueId() === poolItem.GetUniqueId(),
    ) ?? null
  );
}

/**
 * Resolve before 21.1 cannot set a clip's level from a plugin; this puts the ducking into the sound itself:
 * the clip's audio item is replaced, on the same track and range, by the rendered file, linked again to the
 * clip's picture and read back. Answers how to put the original audio back (as data: the journal is saved).
 */
export function swapInRenderedAudio(
  context: ResolveContext,
  view: ResolveClipView,
  rendered: ResolveMediaPoolItem,
  operation: string,
): ResolveUndoStep {
  const { timeline } = context;
  if (view.record != null || view.items.length !== 1 || view.poolItem == null)
    throw new HostOperationError(operation, `audio clip "${view.clip.name}" is already split by ClipRelay; undo that duck first`);
  const item = view.items[0]!;
  const trackIndex = view.clip.trackIndex + 1;
  const frames = Number(view.poolItem.GetClipProperty()['Frames']) || 0;
  const original: AudioSnapshot = {
    poolItemId: view.poolItem.GetUniqueId(),
    start: item.GetStart(),
    sourceStart: item.GetSourceStartFrame?.() ?? item.GetLeftOffset(),
    sourceEnd: item.GetSourceEndFrame?.() ?? frames - item.GetRightOffset(),
    levelDb: null, // before 21.1 there is no clip level to keep
    levelEnabled: true,
    fadeIn: 0,
    fadeOut: 0,
    markers: Object.entries(item.GetMarkers()).map(([frame, marker]) => [Number(frame), marker] as const),
  };
  const partners = partnersOf(context, item);
  const renderedFrames = Number(rendered.GetClipProperty()['Frames']) || 0;
  if (!(renderedFrames > 0)) throw new HostOperationError(operation, `Resolve reads no sound in ${rendered.GetName()}`);
  const undoStep = (landed: ResolveTimelineItem | null): ResolveUndoStep => ({
    kind: 'relay-audio',
    timelineId: timeline.GetUniqueId(),
    trackIndex,
    remove: { uids: landed == null ? [] : [landed.GetUniqueId()], group: null, fromFrame: original.start, toFrame: original.start },
    restore: [original],
    partners: partners.map((partner) => partner.ref),
  });

  if (!timeline.DeleteClips([item], false))
    throw new HostOperationError(operation, `Resolve did not take out the audio of "${view.clip.name}"`);
  const landed = lay(context, trackIndex, rendered, { start: original.start, sourceStart: 0, sourceEnd: renderedFrames });
  if (landed == null) {
    applyUndoStep(context.project, undoStep(null));
    throw new HostOperationError(operation, `Resolve answered but placed nothing on A${trackIndex}; the clip's own audio is back`);
  }
  if (partners.length > 0 && !timeline.SetClipsLinked([...partners.map((partner) => partner.item), landed], true)) {
    applyUndoStep(context.project, undoStep(landed));
    throw new HostOperationError(operation, `Resolve did not link the rendered audio to "${view.clip.name}"; the clip's own audio is back`);
  }
  return undoStep(landed);
}
