import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEECH_DETECTION, speechDetectionSchema } from '../../../src/domain/ducking/speech-detection-settings';
import { detectionForSensitivity, sensitivityOfDetection } from '../../../src/domain/ducking/speech-sensitivity';

describe('Sensitivity 1–10 → speech detector thresholds', () => {
  it.each([
    { sensitivity: 1, open: 18, close: 9 },
    { sensitivity: 5, open: 12, close: 6 }, // the detector's documented defaults
    { sensitivity: 8, open: 7.5, close: 3.75 },
    { sensitivity: 10, open: 4.5, close: 2.25 },
    { sensitivity: 0, open: 18, close: 9 }, // clamped
    { sensitivity: 14, open: 4.5, close: 2.25 },
  ])('$sensitivity → opens $open dB, closes $close dB above the floor', ({ sensitivity, open, close }) => {
    const detection = detectionForSensitivity(DEFAULT_SPEECH_DETECTION, sensitivity);
    expect([detection.openAboveFloorDb, detection.closeAboveFloorDb]).toEqual([open, close]);
    // Always a valid detection: inside the schema's ranges, hysteresis kept.
    expect(speechDetectionSchema.safeParse(detection).success).toBe(true);
  });

  it('keeps the other detection settings', () => {
    const detection = detectionForSensitivity({ ...DEFAULT_SPEECH_DETECTION, prePadSeconds: 0.2 }, 9);
    expect(detection.prePadSeconds).toBe(0.2);
    expect(detection.bandLowHz).toBe(DEFAULT_SPEECH_DETECTION.bandLowHz);
  });

  it.each([
    { open: 12, sensitivity: 5 },
    { open: 18, sensitivity: 1 },
    { open: 40, sensitivity: 1 },
    { open: 3, sensitivity: 10 },
    { open: 10, sensitivity: 6 },
  ])('a detection opening $open dB above the floor reads as sensitivity $sensitivity', ({ open, sensitivity }) => {
    expect(sensitivityOfDetection({ openAboveFloorDb: open })).toBe(sensitivity);
  });

  it('round-trips every step of the scale', () => {
    for (let step = 1; step <= 10; step++)
      expect(sensitivityOfDetection(detectionForSensitivity(DEFAULT_SPEECH_DETECTION, step))).toBe(step);
  });
});
