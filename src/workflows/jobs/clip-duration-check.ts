import type { LocalizedMessage } from '../../shared/app-error';

/**
 * Whether a downloaded clip is clearly shorter than the duration its provider reported, and by how
 * much. Providers report a duration with the precision they have: Kling the file's own length to a
 * tenth ("5.1"), BytePlus and OpenAI the whole seconds that were asked for (a 5 s Seedance clip is
 * 121 frames, 5.04 s). So the report may be off by half its last digit, and a file may differ by a
 * frame (a variable frame rate makes "a frame" approximate, hence at least 0.25 s) without being
 * wrong. Longer files are never refused: providers pad. Returns the missing seconds, or null.
 */
export function clipShortfallSeconds(fileSeconds: number, frameRate: number | null, reportedSeconds: number): number | null {
  if (!Number.isFinite(reportedSeconds) || reportedSeconds <= 0) return null;
  const oneFrameSeconds = frameRate != null && frameRate > 0 ? 1 / frameRate : 0;
  const toleranceSeconds = Math.max(0.25, oneFrameSeconds) + reportedRoundingSeconds(reportedSeconds);
  const shortfall = reportedSeconds - fileSeconds;
  return shortfall > toleranceSeconds ? shortfall : null;
}

/**
 * How far a downloaded clip runs past its reported duration when that is worth a word to the editor,
 * or null. Never a refusal (providers pad), but a file a quarter longer than asked — and at least
 * 1.5 s — is likely not the clip that was asked for. Shorter files are clipShortfallSeconds' concern.
 */
export function clipExcessSeconds(fileSeconds: number, reportedSeconds: number): number | null {
  if (!Number.isFinite(reportedSeconds) || reportedSeconds <= 0) return null;
  const excess = fileSeconds - reportedSeconds;
  return excess > Math.max(1.5, reportedSeconds * 0.25) ? excess : null;
}

/** Half a unit of the last digit a reported number was given with: 0.5 for "5", 0.05 for "5.1". */
function reportedRoundingSeconds(reportedSeconds: number): number {
  const decimals = String(reportedSeconds).split('.')[1]?.length ?? 0;
  return 0.5 * 10 ** -decimals;
}

/**
 * The warning for a clip far longer than reported, in English and as its catalog message. The seconds travel as
 * numbers, so each language writes its own decimal separator ("4,9 s"); English keeps "4.9 s" (a tenth, no grouping).
 */
export function clipLongerThanReported(
  providerName: string,
  reportedSeconds: number,
  fileSeconds: number,
): { readonly message: string; readonly localized: LocalizedMessage } {
  return {
    message: `${providerName} reported a ${String(reportedSeconds)} s clip; the file is ${fileSeconds.toFixed(1)} s long.`,
    localized: { id: 'errors.clipLongerThanReported', values: { provider: providerName, reportedSeconds, fileSeconds } },
  };
}
