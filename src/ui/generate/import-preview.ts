import { renderBinPath } from '../../domain/naming/name-template';
import type { SequenceSnapshot } from '../../hosts/spec';
import { planPlacement, type PlaceOptions } from '../../workflows/place-options';
import { SOURCE_MESSAGES, type FormMessages } from './source-messages';

/**
 * One line saying where the clip will land, before anything is generated: the same plan the job
 * runner makes (voice tracks never receive it), so the preview and the placement agree.
 * In the editor's language when given the panel's `messages` (English otherwise).
 */
export function describeImport(
  sequence: SequenceSnapshot,
  durationSeconds: number,
  binTemplate: string,
  fields: { project: string; provider: string; model: string },
  placement: PlaceOptions = {},
  messages: FormMessages = SOURCE_MESSAGES,
): string {
  const { t } = messages;
  const bin = renderBinPath(binTemplate, { ...fields, date: new Date(), prompt: '', jobId: '' }).join(' › ');
  if (placement.binOnly === true) return t('generate.importBinOnly', { bin });
  const plan = planPlacement(sequence, durationSeconds, placement);
  // Track names are Premiere's own (V1, A2) in every language; only "(new)" is words.
  const track = (prefix: string, index: number, count: number) => {
    const name = `${prefix}${index + 1}`;
    return index === count ? t('generate.newTrack', { track: name }) : name;
  };
  return t('generate.importPlace', {
    bin,
    duration: messages.formatDuration(durationSeconds),
    timecode: formatTimecode(plan.atSeconds),
    video: track('V', plan.videoTrackIndex, sequence.videoTracks.length),
    audio: track('A', plan.audioTrackIndex, sequence.audioTracks.length),
  });
}

/** Minutes:seconds.hundredths, the way the timeline's ruler reads, the same in every language. */
function formatTimecode(seconds: number): string {
  const whole = Math.floor(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}.${String(Math.round((seconds - whole) * 100)).padStart(2, '0')}`;
}
