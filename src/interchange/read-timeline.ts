import { TimelineFormatError } from './interchange-error';
import { readFcpxml } from './fcpxml/read-fcpxml';
import { readOtio } from './otio/read-otio';
import { readXmeml } from './xmeml/read-xmeml';
import { sniffTimelineFormat } from './sniff-timeline-format';
import type { TimelineDocument, TimelineFormat } from './timeline-model';

const READERS: Record<TimelineFormat, (text: string) => TimelineDocument> = {
  otio: readOtio,
  xmeml: readXmeml,
  fcpxml: readFcpxml,
};

/** Reads a timeline file of any supported format, found from its content. */
export function readTimeline(text: string): TimelineDocument {
  const format = sniffTimelineFormat(text);
  if (format == null) {
    throw new TimelineFormatError({
      message: 'This file is not a timeline ClipRelay reads: export Final Cut Pro 7 XML (xmeml), FCPXML or OpenTimelineIO (.otio).',
    });
  }
  return READERS[format](text);
}
