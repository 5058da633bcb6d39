import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  estimatedFinishMs,
  nextPollDelayMs,
  type PollSchedulePolicy,
  type ProgressSample,
} from '../../../src/workflows/jobs/adaptive-poll-schedule';

const SDK_INTERVALS_MS = [500, 1_000, 5_000, 6_000, 10_000];
const policyArbitrary = fc.record({
  sdkIntervalMs: fc.constantFrom(...SDK_INTERVALS_MS),
  catchWithinMs: fc.constantFrom(250, 500),
});

/**
 * One job polled with the schedule on a virtual clock: `queueMs` without progress, then `runMs`
 * of linear progress (exact, or in whole percents cut down), done at queueMs + runMs. Returns the requests sent and how long
 * after the finish the "done" answer was read.
 */
function pollJob(policy: PollSchedulePolicy, queueMs: number, runMs: number, wholePercents = false): { requests: number; lateMs: number } {
  const doneAtMs = queueMs + runMs;
  const startedAtMs = 0;
  let nowMs = 0;
  let requests = 0;
  let progress: ProgressSample[] = [];
  for (;;) {
    requests++;
    if (nowMs >= doneAtMs) return { requests, lateMs: nowMs - doneAtMs };
    const exact = nowMs < queueMs ? undefined : (nowMs - queueMs) / runMs;
    // As OpenAI reports it: whole percents, cut down.
    const fraction = exact != null && wholePercents ? Math.floor(exact * 100) / 100 : exact;
    if (fraction != null) progress = [...progress.filter((sample) => sample.fraction > 0).slice(0, 1), { atMs: nowMs, fraction }];
    nowMs += nextPollDelayMs({ startedAtMs, nowMs, requestsSent: requests, progress }, policy);
  }
}

/** What the SDK's fixed interval sends for the same job: at 0, i, 2i, … until one lands at or after the finish. */
const sdkRequests = (intervalMs: number, doneAtMs: number) => Math.ceil(doneAtMs / intervalMs) + 1;

describe('nextPollDelayMs', () => {
  it('never lets request k go before k SDK intervals, honours Retry-After, and is never silent past its cap', () => {
    fc.assert(
      fc.property(
        policyArbitrary,
        fc.integer({ min: 0, max: 600_000 }),
        fc.integer({ min: 1, max: 200 }),
        fc.array(fc.record({ atMs: fc.integer({ min: 0, max: 600_000 }), fraction: fc.double({ min: 0, max: 1, noNaN: true }) }), {
          maxLength: 3,
        }),
        fc.option(fc.integer({ min: 0, max: 120_000 }), { nil: undefined }),
        (policy, nowMs, requestsSent, samples, retryAfterMs) => {
          const progress = [...samples].sort((a, b) => a.atMs - b.atMs);
          const delayMs = nextPollDelayMs({ startedAtMs: 0, nowMs, requestsSent, progress, retryAfterMs }, policy);
          expect(nowMs + delayMs).toBeGreaterThanOrEqual(requestsSent * policy.sdkIntervalMs);
          expect(delayMs).toBeGreaterThanOrEqual(retryAfterMs ?? 0);
          const capMs = Math.max(4 * policy.sdkIntervalMs, 30_000);
          expect(delayMs).toBeLessThanOrEqual(Math.max(capMs, requestsSent * policy.sdkIntervalMs - nowMs, retryAfterMs ?? 0) + 1);
        },
      ),
    );
  });

  it('sees "done" within catchWithinMs of the finish and sends no more requests than the SDK default, given progress', () => {
    fc.assert(
      fc.property(
        policyArbitrary,
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 300_000 }),
        (policy, queueMs, extraMs) => {
          const runMs = Math.max(20_000, 10 * policy.sdkIntervalMs) + extraMs;
          const { requests, lateMs } = pollJob(policy, queueMs, runMs);
          expect(lateMs).toBeLessThanOrEqual(policy.catchWithinMs);
          expect(requests).toBeLessThanOrEqual(sdkRequests(policy.sdkIntervalMs, queueMs + runMs));
        },
      ),
    );
  });

  it("spends the last request a short job's budget allows at the latest finish the reports allow, not before it", () => {
    // Runway's 6 s interval and a 34.5 s job (from the bench's set): 7 SDK requests. Spent early, the last one caught it 1.5 s late.
    const policy = { sdkIntervalMs: 6_000, catchWithinMs: 500 };
    const { requests, lateMs } = pollJob(policy, 2_717, 34_500 - 2_717, true);
    expect(lateMs).toBeLessThanOrEqual(500);
    expect(requests).toBeLessThanOrEqual(sdkRequests(6_000, 34_500));
  });

  it('treats progress that moved by a rounding error as no estimate (CI found NaN here: seed 522302115)', () => {
    const policy = { sdkIntervalMs: 500, catchWithinMs: 250 };
    const progress = [
      { atMs: 0, fraction: 5e-324 },
      { atMs: 0, fraction: 1e-8 },
      { atMs: 1, fraction: 1e-323 },
    ];
    expect(estimatedFinishMs(progress)).toBeUndefined();
    expect(nextPollDelayMs({ startedAtMs: 0, nowMs: 0, requestsSent: 1, progress }, policy)).toBe(500);
  });

  it('polls at the SDK interval while the provider reports no progress', () => {
    const policy = { sdkIntervalMs: 6_000, catchWithinMs: 500 };
    expect(nextPollDelayMs({ startedAtMs: 0, nowMs: 0, requestsSent: 1, progress: [] }, policy)).toBe(6_000);
    expect(nextPollDelayMs({ startedAtMs: 0, nowMs: 6_000, requestsSent: 2, progress: [{ atMs: 6_000, fraction: 0.1 }] }, policy)).toBe(
      6_000,
    );
  });
});

describe('estimatedFinishMs', () => {
  it('extrapolates from the first sample past 0 to the latest, a whole-percent report read as up to one percent more', () => {
    expect(estimatedFinishMs([])).toBeUndefined();
    expect(estimatedFinishMs([{ atMs: 1_000, fraction: 0.2 }])).toBeUndefined();
    expect(
      estimatedFinishMs([
        { atMs: 1_000, fraction: 0.2 },
        { atMs: 2_000, fraction: 0.2 },
      ]),
    ).toBeUndefined();
    expect(
      estimatedFinishMs([
        { atMs: 0, fraction: 0 },
        { atMs: 10_000, fraction: 0.2 },
        { atMs: 20_000, fraction: 0.4 },
      ]),
    ).toBeCloseTo(20_000 + 0.59 / (0.21 / 10_000));
    expect(
      estimatedFinishMs([
        { atMs: 10_000, fraction: 0.2005 },
        { atMs: 20_000, fraction: 0.401 },
      ]),
    ).toBeCloseTo(20_000 + (0.599 / 0.2005) * 10_000); // not whole percents: taken as they are
  });
});
