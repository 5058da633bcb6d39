import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { throttledProgress } from '../../../src/ui/duck/duck-analysis-timing';
import type { DuckingProgress } from '../../../src/workflows/apply-ducking';

const at = (fraction: number | null, mediaPath = '/vo.wav', phase: DuckingProgress['phase'] = 'voice'): DuckingProgress => ({
  phase,
  mediaPath,
  mediaIndex: 1,
  mediaCount: 1,
  fraction,
});

describe('throttledProgress', () => {
  it('passes the start, the end, a new file or phase, and otherwise one report per 100 ms', () => {
    let nowMs = 0;
    const shown: (number | null)[] = [];
    const report = throttledProgress(
      (progress) => shown.push(progress.fraction),
      () => nowMs,
    );
    report(at(0));
    nowMs = 30;
    report(at(0.1));
    nowMs = 99;
    report(at(0.2));
    nowMs = 100;
    report(at(0.3));
    nowMs = 120;
    report(at(0.4, '/bed.wav', 'bed'));
    nowMs = 130;
    report(at(1, '/bed.wav', 'bed'));
    expect(shown).toEqual([0, 0.3, 0.4, 1]);
  });

  // Issue 16: progress at least every 250 ms. Whatever the analysis reports, no stretch of reports longer than 100 ms goes unshown.
  it('never leaves more than 100 ms of reports unshown, and never shows two within 100 ms of one file and phase (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 80 }), { minLength: 1, maxLength: 200 }), (stepsMs) => {
        let nowMs = 0;
        const shownAtMs: number[] = [];
        const report = throttledProgress(
          () => shownAtMs.push(nowMs),
          () => nowMs,
        );
        const reportedAtMs: number[] = [];
        stepsMs.forEach((stepMs, index) => {
          nowMs += stepMs;
          reportedAtMs.push(nowMs);
          report(at(Math.min(0.99, (index + 1) / 1000)));
        });
        for (const reported of reportedAtMs) {
          const lastShown = Math.max(...shownAtMs.filter((shown) => shown <= reported));
          expect(reported - lastShown).toBeLessThanOrEqual(100 + 80);
        }
        for (let index = 1; index < shownAtMs.length; index += 1)
          expect(shownAtMs[index]! - shownAtMs[index - 1]!).toBeGreaterThanOrEqual(100);
      }),
    );
  });
});
