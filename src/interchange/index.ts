export { duckOtioTimeline } from './duck-timeline-text';
export { readTimeline } from './read-timeline';
export { TimelineNotUnderstoodError } from './interchange-error';
export { createTimelineDocument } from './write-timeline';
export { duckClipVolume } from './duck-clip-volume';
export { rateFromDecimal } from './frame-rate';
export type { InterchangeClip, InterchangeTimeline, InterchangeTrack, TimelineFormat } from './timeline-model';
