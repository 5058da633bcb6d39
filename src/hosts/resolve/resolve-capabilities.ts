import type { Resolve, ResolveTimelineItem } from './resolve-api';

/**
 * What this Resolve can do, found by asking its objects (`typeof x.Method === 'function'`), never by
 * its version string: a point release may add a call, and Diagnostics reports what was found.
 */
export interface ResolveFeatures {
  /** 21.1+: `TimelineItem.SetProperties({AudioVolume})` and `SetFades`. */
  readonly clipVolume: boolean;
  /** 19.0.2+: third-party metadata on media pool items. */
  readonly thirdPartyMetadata: boolean;
  /** 21.0.4+: `Timeline.GetSelectedClips()`. */
  readonly timelineSelection: boolean;
  /** 19.0+: `Timeline.GetMarkInOut()`. */
  readonly markInOut: boolean;
  /** 19.0+: `TimelineItem.GetLinkedItems()` to confirm a link. */
  readonly linkedItems: boolean;
  /** `Timeline.Export` and `MediaPool.ImportTimelineFromFile` (which reads OTIO from 18.6 on: no call tells that apart). */
  readonly otioRoundTrip: boolean;
}

/** Probes the current timeline's first item (or a placed one) and the pool; `probeItem` null means none to ask. */
export function detectFeatures(resolve: Resolve, probeItem: ResolveTimelineItem | null): ResolveFeatures {
  const project = resolve.GetProjectManager().GetCurrentProject();
  const timeline = project?.GetCurrentTimeline() ?? null;
  const pool = project?.GetMediaPool() ?? null;
  const poolItem = probeItem?.GetMediaPoolItem() ?? null;
  return {
    clipVolume: typeof probeItem?.SetProperties === 'function' && typeof probeItem.SetFades === 'function',
    thirdPartyMetadata: typeof poolItem?.SetThirdPartyMetadata === 'function',
    timelineSelection: typeof timeline?.GetSelectedClips === 'function',
    markInOut: typeof timeline?.GetMarkInOut === 'function',
    linkedItems: typeof probeItem?.GetLinkedItems === 'function',
    otioRoundTrip: typeof timeline?.Export === 'function' && typeof pool?.ImportTimelineFromFile === 'function',
  };
}
