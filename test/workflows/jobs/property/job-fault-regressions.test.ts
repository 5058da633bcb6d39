import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMULATOR_DEMO_CREDENTIALS } from '../../../../src/emulators/demo-credentials';
import { findRegistration } from '../../../../src/providers/registry';
import { emulatedRequest } from '../emulated-job-session';
import { brokenInvariant, runFaultCase, startFaultHarness, type FaultCase, type FaultHarness } from './fault-property-harness';
import { emulatorPath } from '../../../../src/emulators/emulator-paths';

/**
 * Shrunk counterexamples the property run found, replayed as fixed cases. Each names what broke
 * before its fix.
 */
const FOUND: readonly {
  readonly provider: string;
  readonly faultCase: FaultCase;
  readonly broke: string;
  readonly expected: string;
  /** The emulator state the long run had built up when the case failed. */
  readonly prepare?: (harness: FaultHarness) => Promise<void>;
}[] = [
  {
    // The stop after the download's last progress write never reached the body read: the session
    // hung until the 30 s stall timer (the "Ctrl-C no longer stops it"). Fixed in
    // downloadToSink (the reader is cancelled on abort).
    provider: 'runway',
    faultCase: { faults: [], killAfterWrites: [3, 6] },
    broke: 'a killed session kept downloading for 30 s',
    expected: 'placed',
  },
  {
    // Found at case 525 of the long run (seed -1284199126): a plain 400 on the create, with more
    // than 500 tasks of the model listed, so BytePlus's look-up (it takes no id of ours) could not
    // decide. The job stayed "unconfirmed: check the console" although nothing was created.
    provider: 'byteplus',
    faultCase: {
      faults: [{ provider: 'byteplus', phase: 'create', effect: { kind: 'status', status: 400, retryAfterSeconds: 0 }, times: 1 }],
      killAfterWrites: [],
    },
    broke: 'a refused create left unconfirmed for ever',
    expected: 'failed',
    prepare: fillBytePlusTaskList,
  },
  {
    // Found at case 521 of the second long run (seed 348722378): the session killed right after
    // "creating" was stored, with the create not sent, and BytePlus's task list too long to search.
    // The job said "check the console" with only a Retry that asked the same question again and no
    // way to create it; now the user decides with the facts ("Create again").
    provider: 'byteplus',
    faultCase: { faults: [], killAfterWrites: [2] },
    broke: 'an undecidable look-up left the job with no way forward',
    expected: 'unconfirmed',
    prepare: fillBytePlusTaskList,
  },
];

async function fillBytePlusTaskList(harness: FaultHarness): Promise<void> {
  const registration = findRegistration('byteplus')!;
  const provider = registration.create({
    credentials: EMULATOR_DEMO_CREDENTIALS.byteplus ?? {},
    baseUrl: `${harness.url}${emulatorPath(registration.id)}`,
  });
  for (let index = harness.emulators.byteplus.tasks.size; index < 510; index++)
    await provider.start(emulatedRequest('byteplus', `filler-${index}`));
}

describe('property-run counterexamples, fixed', () => {
  let harness: FaultHarness;
  beforeAll(async () => {
    harness = await startFaultHarness();
  });
  afterAll(() => harness.close());

  for (const { provider, faultCase, broke, expected, prepare } of FOUND) {
    it(`${provider} ${JSON.stringify(faultCase)} (was: ${broke})`, { timeout: 30_000 }, async () => {
      await prepare?.(harness);
      const outcome = await runFaultCase(harness, provider, faultCase);
      expect(brokenInvariant(outcome)).toBeNull();
      expect(outcome.job.phase).toBe(expected);
      // Never stuck without a way forward: either done, or a decision the card offers.
      if (outcome.job.phase === 'unconfirmed')
        expect(outcome.job.problem).toMatchObject({ retryable: false, message: expect.stringMatching(/sent at .* UTC/) });
    });
  }
});
