export { duckOtioTimeline } from './duck-timeline-text';
export { readTimeline } from './read-timeline';
export { TimelineNotUnderstoodError } from './interchange-error';
