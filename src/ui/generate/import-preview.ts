import { renderBinPath } from '../../domain/naming/name-template';
import type { SequenceSnapshot } from '../../hosts/spec';
import { planPlacement, type PlaceOptions } from '../../workflows/place-options';

/**
 * One line saying where the clip will land, before anything is generated: the same plan the job
 * runner makes (voice tracks never receive it), so the preview and the placement agree.
 */
export function describeImport(
  sequence: SequenceSnapshot,
  durationSeconds: number,
  binTemplate: string,
  fields: { project: string; provider: string; model: string },
  placement: PlaceOptions = {},
): string {
  const bin = renderBinPath(binTemplate, { ...fields, date: new Date(), prompt: '', jobId: '' }).join(' › ');
  if (placement.binOnly === true) return `Import into bin ${bin} only; the timeline is left as it is.`;
  const plan = planPlacement(sequence, durationSeconds, placement);
  const track = (prefix: string, index: number, count: number) => `${prefix}${index + 1}${index === count ? ' (new)' : ''}`;
  const video = track('V', plan.videoTrackIndex, sequence.videoTracks.length);
  const audio = track('A', plan.audioTrackIndex, sequence.audioTracks.length);
  return `Import into bin ${bin}; place ${durationSeconds} s at ${formatTimecode(plan.atSeconds)} on ${video} + ${audio}, audio linked, nothing overwritten.`;
}

function formatTimecode(seconds: number): string {
  const whole = Math.floor(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}.${String(Math.round((seconds - whole) * 100)).padStart(2, '0')}`;
}
