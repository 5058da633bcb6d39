import type { ClipProvenance, HostOperation, TrackKind } from '../spec';
import type { ResolveProject, ResolveTimeline, ResolveTimelineItem } from './resolve-api';
import { layAudio, type AudioSnapshot } from './resolve-audio-items';
import { findPoolItem } from './resolve-bins';
import { duckRecordOf } from './resolve-duck-marker';
import { writeProvenanceOf } from './resolve-provenance';
import { resolveRefusal } from './resolve-refusals';

/**
 * How to take back one of ClipRelay's edits, as plain data: the journal is saved to a file and must still
 * undo after the panel (or Resolve) restarts, when no object of the session that made the edit is left.
 * Items are found again by unique id, else by their place (track, start, media pool item).
 */
interface ItemRef {
  readonly trackKind: TrackKind;
  /** 1-based, as Resolve counts. */
  readonly trackIndex: number;
  readonly uid: string;
  readonly start: number;
  readonly poolItemId: string;
}

export type ResolveUndoStep =
  | { readonly kind: 'remove-items'; readonly timelineId: string; readonly items: readonly ItemRef[] }
  /** A track ClipRelay added: deleted only while it is empty and still the last of its kind. */
  | { readonly kind: 'delete-track'; readonly timelineId: string; readonly trackKind: TrackKind; readonly trackIndex: number }
  | { readonly kind: 'provenance'; readonly poolItemId: string; readonly prior: ClipProvenance | null }
  | { readonly kind: 'timeline-copy'; readonly originalTimelineId: string; readonly copyTimelineId: string }
  /** ClipRelay's audio on one track replaced by what was there before (a duck's steps, a swapped-in render). */
  | {
      readonly kind: 'relay-audio';
      readonly timelineId: string;
      readonly trackIndex: number;
      /** Items ClipRelay laid, by id, and any segment of its duck group inside the range (a later re-duck's). */
      readonly remove: {
        readonly uids: readonly string[];
        readonly group: string | null;
        readonly fromFrame: number;
        readonly toFrame: number;
      };
      readonly restore: readonly AudioSnapshot[];
      /** Linked to the restored items again (the clip's picture). */
      readonly partners: readonly ItemRef[];
    };

export function itemRef(trackKind: TrackKind, trackIndex: number, item: ResolveTimelineItem): ItemRef {
  return {
    trackKind,
    trackIndex,
    uid: item.GetUniqueId(),
    start: item.GetStart(),
    poolItemId: item.GetMediaPoolItem()?.GetUniqueId() ?? '',
  };
}

const UNDO: HostOperation = { kind: 'undo', name: 'Undo' };

function timelineById(project: ResolveProject, timelineId: string): ResolveTimeline | null {
  for (let index = 1; index <= project.GetTimelineCount(); index += 1) {
    const timeline = project.GetTimelineByIndex(index);
    if (timeline?.GetUniqueId() === timelineId) return timeline;
  }
  return null;
}

/** The step's timeline, made current (Resolve places only on the current timeline). */
function openTimeline(project: ResolveProject, timelineId: string): ResolveTimeline {
  const timeline = timelineById(project, timelineId);
  if (timeline == null) throw resolveRefusal.undoTimelineGone(UNDO);
  if (project.GetCurrentTimeline()?.GetUniqueId() !== timelineId) project.SetCurrentTimeline?.(timeline);
  return timeline;
}

function findItem(timeline: ResolveTimeline, ref: ItemRef): ResolveTimelineItem | null {
  const items = timeline.GetItemListInTrack(ref.trackKind, ref.trackIndex) ?? [];
  return (
    items.find((item) => item.GetUniqueId() === ref.uid) ??
    items.find((item) => item.GetStart() === ref.start && item.GetMediaPoolItem()?.GetUniqueId() === ref.poolItemId) ??
    null
  );
}

function relayAudio(project: ResolveProject, step: Extract<ResolveUndoStep, { kind: 'relay-audio' }>): void {
  const timeline = openTimeline(project, step.timelineId);
  const pool = project.GetMediaPool();
  const { trackIndex, remove } = step;
  const uids = new Set(remove.uids);
  // Fresh from the track: a later re-duck may have replaced what this one laid.
  const ours = (timeline.GetItemListInTrack('audio', trackIndex) ?? []).filter(
    (item) =>
      uids.has(item.GetUniqueId()) ||
      (remove.group != null &&
        item.GetStart() >= remove.fromFrame &&
        item.GetStart() < remove.toFrame &&
        duckRecordOf(item)?.group === remove.group),
  );
  if (ours.length > 0) timeline.DeleteClips(ours, false);
  const restored: ResolveTimelineItem[] = [];
  for (const snapshot of step.restore) {
    const poolItem = findPoolItem(pool, snapshot.poolItemId);
    const item = poolItem == null ? null : layAudio({ pool, timeline }, trackIndex, poolItem, snapshot);
    if (item == null) continue;
    if (snapshot.levelDb != null) item.SetProperties?.({ AudioVolumeEnabled: snapshot.levelEnabled, AudioVolume: snapshot.levelDb });
    if (snapshot.fadeIn !== 0 || snapshot.fadeOut !== 0) item.SetFades?.({ FadeIn: snapshot.fadeIn, FadeOut: snapshot.fadeOut });
    for (const [frame, marker] of snapshot.markers)
      item.AddMarker(frame, marker.color, marker.name, marker.note, marker.duration, marker.customData);
    restored.push(item);
  }
  const partners = step.partners.map((ref) => findItem(timeline, ref)).filter((item): item is ResolveTimelineItem => item != null);
  if (partners.length > 0 && restored.length > 0) timeline.SetClipsLinked([...partners, ...restored], true);
}

/** Takes one step back, by the same scripting calls the edit used. */
export function applyUndoStep(project: ResolveProject, step: ResolveUndoStep): void {
  switch (step.kind) {
    case 'remove-items': {
      const timeline = openTimeline(project, step.timelineId);
      const items = step.items.map((ref) => findItem(timeline, ref)).filter((item): item is ResolveTimelineItem => item != null);
      if (items.length > 0) timeline.DeleteClips(items, false);
      return;
    }
    case 'delete-track': {
      const timeline = openTimeline(project, step.timelineId);
      const isLast = timeline.GetTrackCount(step.trackKind) === step.trackIndex;
      if (isLast && (timeline.GetItemListInTrack(step.trackKind, step.trackIndex) ?? []).length === 0)
        timeline.DeleteTrack(step.trackKind, step.trackIndex);
      return;
    }
    case 'provenance': {
      const item = findPoolItem(project.GetMediaPool(), step.poolItemId);
      if (item != null) writeProvenanceOf(item, step.prior);
      return;
    }
    case 'timeline-copy': {
      const original = timelineById(project, step.originalTimelineId);
      const copy = timelineById(project, step.copyTimelineId);
      if (original != null) project.SetCurrentTimeline?.(original);
      if (copy != null) project.GetMediaPool().DeleteTimelines([copy]);
      return;
    }
    case 'relay-audio':
      relayAudio(project, step);
      return;
  }
}
