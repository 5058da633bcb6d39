import type { GainPoint, HostOperation } from '../spec';
import type { ResolveTimelineItem } from './resolve-api';
import { layAudio, snapshotOf } from './resolve-audio-items';
import type { ResolveContext } from './resolve-context';
import { markSegment, type DuckGroupRecord } from './resolve-duck-marker';
import { planGainSteps } from '../spec/gain-steps';
import { resolveRefusal } from './resolve-refusals';
import type { ResolveClipView } from './resolve-timeline-read';
import { applyUndoStep, itemRef, type ResolveUndoStep } from './resolve-undo-steps';

/** Resolve's clip volume range (21.1 TimelineItemProperties.md). */
const MIN_VOLUME_DB = -100;
const MAX_VOLUME_DB = 30;
const LEVEL_TOLERANCE_DB = 0.01;

/**
 * Replaces one audio clip (or ClipRelay's earlier segments of it) by contiguous audio-only segments of the
 * same media, each at the clip's own level plus its step's gain, reads every segment back, links them to
 * the clip's video, and answers how to put the clip back as it was (as data: the journal is saved).
 */
export function layDuckSegments(
  context: ResolveContext,
  view: ResolveClipView,
  points: readonly GainPoint[],
  operation: HostOperation,
): ResolveUndoStep {
  const { timeline, rate, startFrame: timelineStart } = context;
  const poolItem = view.poolItem;
  if (poolItem == null) throw resolveRefusal.noPoolItemToLay(operation, view.clip.name);
  const trackIndex = view.clip.trackIndex + 1;
  const frames = Number(poolItem.GetClipProperty()['Frames']) || 0;
  const originals = view.items.map((item) => snapshotOf(item, poolItem.GetUniqueId(), frames));
  const ownUids = new Set(view.items.map((item) => item.GetUniqueId()));
  const partners = (view.items[0]!.GetLinkedItems?.() ?? []).filter((item) => !ownUids.has(item.GetUniqueId()));
  const first = originals[0]!;
  const record: DuckGroupRecord = view.record ?? {
    group: `${view.startFrame}-${view.items[0]!.GetUniqueId()}`,
    baseLevelDb: first.levelEnabled ? (first.levelDb ?? 0) : 0,
    baseFadeIn: first.fadeIn,
    baseFadeOut: originals.at(-1)!.fadeOut,
  };
  const steps = planGainSteps({
    clipStartFrame: view.startFrame,
    clipEndFrame: view.endFrame,
    points: points.map((point) => ({ frame: timelineStart + point.timeSeconds * rate.fps, gainDb: point.gainDb })),
  });
  const sourceAt = (frame: number) => view.sourceStartFrame + ((frame - view.startFrame) * view.mediaFps) / rate.fps;
  const secondsAt = (frame: number) => (frame - timelineStart) / rate.fps;

  const laid: ResolveTimelineItem[] = [];
  const partnerRefs = partners.map((item) => {
    const [kind, index] = item.GetTrackTypeAndIndex?.() ?? ['video', 0];
    return itemRef(kind === 'audio' ? 'audio' : 'video', index, item);
  });
  const undoStep = (): ResolveUndoStep => ({
    kind: 'relay-audio',
    timelineId: timeline.GetUniqueId(),
    trackIndex,
    remove: { uids: laid.map((item) => item.GetUniqueId()), group: record.group, fromFrame: view.startFrame, toFrame: view.endFrame },
    restore: originals,
    partners: partnerRefs,
  });

  if (!timeline.DeleteClips(view.items, false)) throw resolveRefusal.clipNotLifted(operation, view.clip.name);
  try {
    steps.forEach((step, index) => {
      const range = { start: step.startFrame, sourceStart: sourceAt(step.startFrame), sourceEnd: sourceAt(step.endFrame) };
      const item = layAudio(context, trackIndex, poolItem, range);
      if (item == null || item.GetEnd() !== step.endFrame) throw resolveRefusal.stepNotLaid(operation, secondsAt(step.startFrame));
      laid.push(item);
      const levelDb = Math.min(MAX_VOLUME_DB, Math.max(MIN_VOLUME_DB, record.baseLevelDb + step.gainDb));
      const length = step.endFrame - step.startFrame;
      const fades = {
        FadeIn: index === 0 ? Math.min(record.baseFadeIn, length) : 0,
        FadeOut:
          index === steps.length - 1 ? Math.min(record.baseFadeOut, length - (index === 0 ? Math.min(record.baseFadeIn, length) : 0)) : 0,
      };
      const set =
        item.SetProperties!({ AudioVolumeEnabled: true, AudioVolume: levelDb }) && item.SetFades!(fades) && markSegment(item, record);
      const kept = Number(item.GetProperties!()['AudioVolume']);
      if (!set || !(Math.abs(kept - levelDb) <= LEVEL_TOLERANCE_DB))
        throw resolveRefusal.levelNotKept(operation, levelDb, secondsAt(step.startFrame));
    });
    if (partners.length > 0 && !timeline.SetClipsLinked([...partners, ...laid], true))
      throw resolveRefusal.duckNotLinked(operation, view.clip.name);
  } catch (error) {
    applyUndoStep(context.project, undoStep());
    throw error;
  }
  return undoStep();
}
