import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  brokenInvariant,
  faultCaseArbitrary,
  faultTestedProviders,
  runFaultCase,
  startFaultHarness,
  type FaultHarness,
} from './fault-property-harness';

/**
 * Bounded here (npm test); `npm run faults:long` runs CLIPRELAY_FAULT_RUNS sequences per provider.
 * A failing case prints fast-check's seed and shrunk counterexample; each one found becomes a
 * regression test in job-fault-regressions.test.ts.
 */
const RUNS = Number(process.env.CLIPRELAY_FAULT_RUNS ?? 12);
const SEED = process.env.CLIPRELAY_FAULT_SEED == null ? undefined : Number(process.env.CLIPRELAY_FAULT_SEED);
/** Comma-separated provider ids to run (the long script runs one process per provider). @default all */
const ONLY = process.env.CLIPRELAY_FAULT_PROVIDERS?.split(',');

describe('a paid job is never lost, under random faults and kills', () => {
  let harness: FaultHarness;
  beforeAll(async () => {
    harness = await startFaultHarness();
  });
  afterAll(() => harness.close());

  for (const provider of faultTestedProviders().filter((id) => ONLY == null || ONLY.includes(id))) {
    it(
      `${provider}: at most one task, no paid job lost, file intact, placed at most once, ledger parses`,
      { timeout: Math.max(60_000, RUNS * 2_000) },
      async () => {
        let cases = 0;
        await fc.assert(
          fc.asyncProperty(faultCaseArbitrary(provider), async (faultCase) => {
            cases++;
            const startedAtMs = Date.now();
            const outcome = await runFaultCase(harness, provider, faultCase);
            if (process.env.CLIPRELAY_FAULT_TRACE != null && Date.now() - startedAtMs > 1000) {
              process.stderr.write(`slow ${provider} case (${Date.now() - startedAtMs} ms): ${JSON.stringify(faultCase)}\n`);
            }
            expect(brokenInvariant(outcome), JSON.stringify({ faultCase, job: outcome.job })).toBeNull();
          }),
          // Every wait is injected or Retry-After: 0, so a case running 20 s is a hang: a failure to shrink.
          { numRuns: RUNS, seed: SEED, endOnFailure: false, timeout: 20_000 },
        );
        if (process.env.CLIPRELAY_FAULT_TRACE != null)
          process.stderr.write(`${provider}: ${cases} fault sequences, every invariant held\n`);
      },
    );
  }
});
