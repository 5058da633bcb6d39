import { readOtio } from './otio/read-otio';
import { duckTimelineDocument, type TimelineDuckPlan, type TimelineDuckRequest } from './plan-timeline-ducking';
import { readTimeline } from './read-timeline';

interface DuckedTimelineText {
  readonly text: string;
  readonly plan: TimelineDuckPlan;
}

/**
 * Ducks a timeline file's text in its own format: read (sniffed), plan, write. Ducking the result again
 * with the same request gives the same text, byte for byte.
 */
export function duckTimelineText(text: string, request: TimelineDuckRequest): DuckedTimelineText {
  const document = readTimeline(text);
  const plan = duckTimelineDocument(document, request);
  return { text: document.serialize(), plan };
}

/**
 * Ducks an OpenTimelineIO export (e.g. Resolve's `Timeline.Export(path, EXPORT_OTIO)`) and returns the
 * OTIO text to import back: Resolve's `Fairlight Clip Volume and Fades` keyframes on the ducked clips.
 */
export function duckOtioTimeline(text: string, request: TimelineDuckRequest): DuckedTimelineText {
  const document = readOtio(text);
  const plan = duckTimelineDocument(document, request);
  return { text: document.serialize(), plan };
}
