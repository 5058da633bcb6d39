import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenInvariant, runFaultCase, startFaultHarness, type FaultCase, type FaultHarness } from './fault-property-harness';

/**
 * Shrunk counterexamples the property run found, replayed as fixed cases. Each names what broke
 * before its fix.
 */
const FOUND: readonly { readonly provider: string; readonly faultCase: FaultCase; readonly broke: string }[] = [
  {
    // The stop after the download's last progress write never reached the body read: the session
    // hung until the 30 s stall timer (the "Ctrl-C no longer stops it"). Fixed in
    // downloadToSink (the reader is cancelled on abort).
    provider: 'runway',
    faultCase: { faults: [], killAfterWrites: [3, 6] },
    broke: 'a killed session kept downloading for 30 s',
  },
];

describe('property-run counterexamples, fixed', () => {
  let harness: FaultHarness;
  beforeAll(async () => {
    harness = await startFaultHarness();
  });
  afterAll(() => harness.close());

  for (const { provider, faultCase, broke } of FOUND) {
    it(`${provider} ${JSON.stringify(faultCase)} (was: ${broke})`, { timeout: 10_000 }, async () => {
      const outcome = await runFaultCase(harness, provider, faultCase);
      expect(brokenInvariant(outcome)).toBeNull();
      expect(outcome.job.phase).toBe('placed');
    });
  }
});
