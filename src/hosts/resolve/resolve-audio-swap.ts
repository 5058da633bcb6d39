import { HostOperationError } from '../spec';
import type { ResolveMediaPoolItem, ResolveTimelineItem } from './resolve-api';
import type { ResolveContext } from './resolve-context';
import type { ResolveClipView } from './resolve-timeline-read';

/** One audio clip to take its sound from a file ClipRelay rendered with the ducking applied. */
export interface RenderedAudioSwap {
  /** A `TimelineClip.id` of an audio clip. */
  readonly clipId: string;
  /** The rendered file (a WAV exactly as long as the clip), already imported by the caller. */
  readonly renderedPath: string;
}

/** The audio item as it was, so an undo lays its own media again at the same place. */
interface OriginalAudio {
  readonly poolItem: ResolveMediaPoolItem;
  readonly start: number;
  readonly sourceStart: number;
  readonly sourceEnd: number;
}

/**
 * The clip's picture: its linked items where Resolve can tell (19.0+), else the video items of the same
 * media at the same start (how ClipRelay placed it on 18.5).
 */
function partnersOf(context: ResolveContext, item: ResolveTimelineItem): readonly ResolveTimelineItem[] {
  if (typeof item.GetLinkedItems === 'function') return item.GetLinkedItems().filter((other) => other.GetUniqueId() !== item.GetUniqueId());
  const mediaId = item.GetMediaPoolItem()?.GetUniqueId();
  const partners: ResolveTimelineItem[] = [];
  for (let index = 1; index <= context.timeline.GetTrackCount('video'); index += 1) {
    for (const candidate of context.timeline.GetItemListInTrack('video', index) ?? []) {
      if (candidate.GetStart() === item.GetStart() && mediaId != null && candidate.GetMediaPoolItem()?.GetUniqueId() === mediaId)
        partners.push(candidate);
    }
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
 * clip's picture and read back. Answers how to put the original audio back.
 */
export function swapInRenderedAudio(
  context: ResolveContext,
  view: ResolveClipView,
  rendered: ResolveMediaPoolItem,
  operation: string,
): () => void {
  const { timeline } = context;
  if (view.record != null || view.items.length !== 1 || view.poolItem == null)
    throw new HostOperationError(operation, `audio clip "${view.clip.name}" is already split by ClipRelay; undo that duck first`);
  const item = view.items[0]!;
  const trackIndex = view.clip.trackIndex + 1;
  const frames = Number(view.poolItem.GetClipProperty()['Frames']) || 0;
  const original: OriginalAudio = {
    poolItem: view.poolItem,
    start: item.GetStart(),
    sourceStart: item.GetSourceStartFrame?.() ?? item.GetLeftOffset(),
    sourceEnd: item.GetSourceEndFrame?.() ?? frames - item.GetRightOffset(),
  };
  const partners = partnersOf(context, item);
  const renderedFrames = Number(rendered.GetClipProperty()['Frames']) || 0;
  if (!(renderedFrames > 0)) throw new HostOperationError(operation, `Resolve reads no sound in ${rendered.GetName()}`);
  const link = (audio: ResolveTimelineItem) => partners.length === 0 || timeline.SetClipsLinked([...partners, audio], true);
  const putBack = (current: ResolveTimelineItem | null) => {
    if (current != null) timeline.DeleteClips([current], false);
    const again = lay(context, trackIndex, original.poolItem, original);
    if (again != null) link(again);
  };

  if (!timeline.DeleteClips([item], false))
    throw new HostOperationError(operation, `Resolve did not take out the audio of "${view.clip.name}"`);
  const landed = lay(context, trackIndex, rendered, { start: original.start, sourceStart: 0, sourceEnd: renderedFrames });
  if (landed == null) {
    putBack(null);
    throw new HostOperationError(operation, `Resolve answered but placed nothing on A${trackIndex}; the clip's own audio is back`);
  }
  if (!link(landed)) {
    putBack(landed);
    throw new HostOperationError(operation, `Resolve did not link the rendered audio to "${view.clip.name}"; the clip's own audio is back`);
  }
  return () =>
    putBack(
      timeline.GetItemListInTrack('audio', trackIndex)?.find((candidate) => candidate.GetUniqueId() === landed.GetUniqueId()) ?? null,
    );
}
