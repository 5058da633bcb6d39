import type { HostOperation } from '../spec';
import type { ResolveMediaPoolItem, ResolveTimelineItem } from './resolve-api';
import { layAudio, snapshotOf } from './resolve-audio-items';
import type { ResolveContext } from './resolve-context';
import { resolveRefusal } from './resolve-refusals';
import type { ResolveClipView } from './resolve-timeline-read';
import { applyUndoStep, itemRef, type ResolveUndoStep } from './resolve-undo-steps';

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

/**
 * Resolve before 21.1 cannot set a clip's level from a plugin; this puts the ducking into the sound itself:
 * the clip's audio item is replaced, on the same track and range, by the rendered file, linked again to the
 * clip's picture and read back. Answers how to put the original audio back (as data: the journal is saved).
 */
export function swapInRenderedAudio(
  context: ResolveContext,
  view: ResolveClipView,
  rendered: ResolveMediaPoolItem,
  operation: HostOperation,
): ResolveUndoStep {
  const { timeline } = context;
  if (view.record != null || view.items.length !== 1 || view.poolItem == null) throw resolveRefusal.alreadySplit(operation, view.clip.name);
  const item = view.items[0]!;
  const trackIndex = view.clip.trackIndex + 1;
  const frames = Number(view.poolItem.GetClipProperty()['Frames']) || 0;
  const original = snapshotOf(item, view.poolItem.GetUniqueId(), frames);
  const partners = partnersOf(context, item);
  const renderedFrames = Number(rendered.GetClipProperty()['Frames']) || 0;
  if (!(renderedFrames > 0)) throw resolveRefusal.noSoundIn(operation, rendered.GetName());
  const undoStep = (landed: ResolveTimelineItem | null): ResolveUndoStep => ({
    kind: 'relay-audio',
    timelineId: timeline.GetUniqueId(),
    trackIndex,
    remove: { uids: landed == null ? [] : [landed.GetUniqueId()], group: null, fromFrame: original.start, toFrame: original.start },
    restore: [original],
    partners: partners.map((partner) => partner.ref),
  });

  if (!timeline.DeleteClips([item], false)) throw resolveRefusal.audioNotTakenOut(operation, view.clip.name);
  const landed = layAudio(context, trackIndex, rendered, { start: original.start, sourceStart: 0, sourceEnd: renderedFrames });
  if (landed == null) {
    applyUndoStep(context.project, undoStep(null));
    throw resolveRefusal.renderNotPlaced(operation, `A${trackIndex}`);
  }
  if (partners.length > 0 && !timeline.SetClipsLinked([...partners.map((partner) => partner.item), landed], true)) {
    applyUndoStep(context.project, undoStep(landed));
    throw resolveRefusal.renderNotLinked(operation, view.clip.name);
  }
  return undoStep(landed);
}
