import type { SpeechDetectionSettings } from './speech-detection-settings';

/** The Duck tab's Sensitivity scale, as in Essential Sound: 1 hears only clear speech, 10 the faintest. */
export const MIN_SENSITIVITY = 1;
export const MAX_SENSITIVITY = 10;

/** dB the open threshold moves per sensitivity step: 1 → 18 dB, 5 → 12 dB (the detector's default), 10 → 4.5 dB. */
const OPEN_DB_PER_STEP = 1.5;
const OPEN_DB_AT_ZERO = 19.5;

/**
 * The detector thresholds for a sensitivity: a region opens `19.5 − 1.5 × sensitivity` dB above
 * the noise floor and stays open down to half that (the default 12/6 dB hysteresis, scaled). So 5
 * is exactly the detector's defaults; higher hears quieter speech (and more noise), lower only
 * speech well above the room. The other detection settings are kept.
 */
export function detectionForSensitivity(detection: SpeechDetectionSettings, sensitivity: number): SpeechDetectionSettings {
  const step = Math.min(MAX_SENSITIVITY, Math.max(MIN_SENSITIVITY, sensitivity));
  const openAboveFloorDb = OPEN_DB_AT_ZERO - OPEN_DB_PER_STEP * step;
  return { ...detection, openAboveFloorDb, closeAboveFloorDb: openAboveFloorDb / 2 };
}

/** The sensitivity a detection's open threshold is closest to (a pack may set thresholds off the scale). */
export function sensitivityOfDetection(detection: Pick<SpeechDetectionSettings, 'openAboveFloorDb'>): number {
  const step = Math.round((OPEN_DB_AT_ZERO - detection.openAboveFloorDb) / OPEN_DB_PER_STEP);
  return Math.min(MAX_SENSITIVITY, Math.max(MIN_SENSITIVITY, step));
}
