import { HostUnavailableError } from '../spec';
import type { Resolve, ResolveMediaPool, ResolveProject, ResolveTimeline } from './resolve-api';
import { timelineRateOf, type TimelineRate } from './resolve-timecode';

export interface ResolveContext {
  readonly project: ResolveProject;
  readonly pool: ResolveMediaPool;
  readonly timeline: ResolveTimeline;
  readonly rate: TimelineRate;
  /** Absolute frame of the timeline's first frame. */
  readonly startFrame: number;
}

/** The open project and its current timeline, or the reason the user has to open one first. */
export function requireTimeline(resolve: Resolve): ResolveContext {
  const project = resolve.GetProjectManager().GetCurrentProject();
  if (project == null) throw new HostUnavailableError('Open a project in DaVinci Resolve first.', { id: 'errors.noResolveProject' });
  const timeline = project.GetCurrentTimeline();
  if (timeline == null)
    throw new HostUnavailableError('Open a timeline in DaVinci Resolve first (Edit page).', { id: 'errors.noResolveTimeline' });
  const rate = timelineRateOf(timeline.GetSetting('timelineFrameRate'), timeline.GetSetting('timelineDropFrameTimecode'));
  return { project, pool: project.GetMediaPool(), timeline, rate, startFrame: timeline.GetStartFrame() };
}
