import type { DrawnDuckPlan } from '../../ui/timeline/drawn-timeline';
import type { DuckingResult } from '../../workflows/apply-ducking';

interface ShownDuckPlan {
  readonly plan: DrawnDuckPlan;
  /** The timeline the plan was made on: planned curves are drawn only while it is still the one shown. */
  readonly madeOn: unknown;
}

/**
 * Carries what the Duck tab planned (Preview) or wrote (Apply) to the drawn timeline: the speech
 * regions stay shaded until the next plan; planned curves only until the timeline changes.
 */
export function createDuckPlanFeed(currentTimeline: () => unknown) {
  let shown: ShownDuckPlan | null = null;
  const listeners = new Set<() => void>();
  return {
    publish: (result: DuckingResult, written: boolean): void => {
      const plannedGain = new Map(written ? [] : result.envelopes.map((envelope) => [envelope.clipId, envelope.points] as const));
      shown = { plan: { speechRegions: result.voiceRegions, plannedGain }, madeOn: currentTimeline() };
      for (const listener of listeners) listener();
    },
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    current: (): ShownDuckPlan | null => shown,
  };
}

export type DuckPlanFeed = ReturnType<typeof createDuckPlanFeed>;
