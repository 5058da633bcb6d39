import type { ClipGainEnvelope, NleHost, VolumeAutomation } from '../hosts/spec';
import type { TimelineFormat } from '../interchange';
import { onDemand } from '../shared/load-on-demand';
import type { ExportedTimeline } from './ducked-timeline-document';

/** The formats the panel offers: Premiere/FCP 7 XML, FCPXML, OpenTimelineIO. */
export type ExportFormat = TimelineFormat;

// The timeline writers (fast-xml-parser and the interchange stack, ~25 KiB gzip) load at the first export instead of
// with the panel: in Premiere a file beside index.js read by UXP's require; the other builds keep one file.
const loadTimelineWriter = onDemand(
  'timeline export',
  () => import(/* webpackChunkName: "timeline-export", webpackMode: "lazy" */ './ducked-timeline-document'),
);

/** Reads the active sequence and the ducked clips' automation from the host, then exports. */
export async function exportDuckedTimelineFromHost(
  host: NleHost,
  envelopes: readonly ClipGainEnvelope[],
  format: TimelineFormat,
): Promise<ExportedTimeline> {
  const { exportDuckedTimeline } = await loadTimelineWriter();
  const sequence = await host.readActiveSequence();
  const automation = new Map<string, VolumeAutomation>();
  for (const envelope of envelopes) automation.set(envelope.clipId, await host.readVolumeAutomation(envelope.clipId));
  return exportDuckedTimeline({ sequence, envelopes, format, automation });
}
