import { renderBinPath } from '../../domain/naming/name-template';
import { findFreeTrackIndex } from '../../domain/placement/find-free-track';
import type { SequenceSnapshot } from '../../hosts/spec';

/** One line saying where the clip will land, before anything is generated. */
export function describeImport(
  sequence: SequenceSnapshot,
  durationSeconds: number,
  binTemplate: string,
  fields: { project: string; provider: string; model: string },
): string {
  const start = sequence.playheadSeconds;
  const end = start + durationSeconds;
  const video = findFreeTrackIndex(sequence.videoTracks, start, end);
  const audio = findFreeTrackIndex(sequence.audioTracks, start, end);
  const track = (prefix: string, index: number, count: number) => `${prefix}${index + 1}${index === count ? ' (new)' : ''}`;
  const bin = renderBinPath(binTemplate, { ...fields, date: new Date(), prompt: '', jobId: '' }).join(' › ');
  return `Import into bin ${bin}; place ${durationSeconds} s at ${formatTimecode(start)} on ${track('V', video, sequence.videoTracks.length)} + ${track('A', audio, sequence.audioTracks.length)}, audio linked, nothing overwritten.`;
}

function formatTimecode(seconds: number): string {
  const whole = Math.floor(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}.${String(Math.round((seconds - whole) * 100)).padStart(2, '0')}`;
}
