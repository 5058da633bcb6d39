import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterApply, afterCheck, type CheckOutcome, type SubscriptionState } from '../../../src/domain/packs/subscription-state';
import { packHostAllowed } from '../../../src/domain/packs/pack-host-allowed';

const releaseText = (version: number, variant: number) => `signed v${version}.${variant}`;
const start: SubscriptionState = {
  current: { version: 3, signedText: releaseText(3, 0) },
  pending: null,
  validators: {},
  lastCheckedAtMs: null,
  lastProblem: null,
};

/** Any answer a server (or the network) can give, including old, repeated and altered releases. */
const outcome: fc.Arbitrary<CheckOutcome | 'apply'> = fc.oneof(
  fc.constant('apply' as const),
  fc.record({ kind: fc.constant('not-modified' as const), atMs: fc.nat() }),
  fc.record({ kind: fc.constant('failed' as const), atMs: fc.nat(), message: fc.constantFrom('offline', 'tampered', 'timeout') }),
  fc
    .record({ version: fc.integer({ min: 1, max: 8 }), variant: fc.integer({ min: 0, max: 1 }), required: fc.boolean(), atMs: fc.nat() })
    .map(({ version, variant, required, atMs }) => ({
      kind: 'release' as const,
      atMs,
      required,
      release: { version, signedText: releaseText(version, variant) },
      validators: { etag: `"${version}.${variant}"` },
    })),
);

describe('subscription state under any sequence of checks', () => {
  it('never loses the pack in use, never moves it backwards, and changes it only by applying a newer release', () => {
    fc.assert(
      fc.property(fc.array(outcome, { maxLength: 40 }), (steps) => {
        let state = start;
        const seen = new Set([state.current.signedText]);
        for (const step of steps) {
          const before = state;
          state = step === 'apply' ? afterApply(state) : afterCheck(state, step);
          if (step !== 'apply' && step.kind === 'release') seen.add(step.release.signedText);
          // Always a release that was actually received (verified), never something made up.
          expect(seen.has(state.current.signedText)).toBe(true);
          expect(state.current.version).toBeGreaterThanOrEqual(before.current.version);
          if (step !== 'apply') expect(state.current).toBe(before.current);
          if (state.pending != null) expect(state.pending.version).toBeGreaterThan(state.current.version);
          if (step !== 'apply' && step.kind === 'failed') expect(state.lastProblem?.message).toBe(step.message);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a required release required until it is applied', () => {
    let state = afterCheck(start, {
      kind: 'release',
      atMs: 1,
      required: true,
      release: { version: 4, signedText: releaseText(4, 0) },
      validators: {},
    });
    state = afterCheck(state, { kind: 'failed', atMs: 2, message: 'offline' });
    state = afterCheck(state, {
      kind: 'release',
      atMs: 3,
      required: false,
      release: { version: 5, signedText: releaseText(5, 0) },
      validators: {},
    });
    expect(state.pending).toMatchObject({ version: 5, required: true });
    expect(afterApply(state)).toMatchObject({ current: { version: 5 }, pending: null });
  });
});

describe('allowed pack hosts', () => {
  it('matches host names exactly, or subdomains with *.', () => {
    expect(packHostAllowed('https://packs.acme.com/a.json', ['packs.acme.com'])).toBe(true);
    expect(packHostAllowed('https://packs.acme.com.evil.io/a.json', ['packs.acme.com'])).toBe(false);
    expect(packHostAllowed('https://eu.packs.acme.com/a.json', ['*.acme.com'])).toBe(true);
    expect(packHostAllowed('https://acme.com/a.json', ['*.acme.com'])).toBe(false);
    expect(packHostAllowed('https://evilacme.com/a.json', ['*.acme.com'])).toBe(false);
    expect(packHostAllowed('not a url', ['*.acme.com'])).toBe(false);
  });
});
