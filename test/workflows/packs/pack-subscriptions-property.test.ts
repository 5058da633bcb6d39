import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packSigningKeyFromSeed, signPresetPack } from '../../../src/domain/packs';
import { PackFetchError } from '../../../src/platform/pack-fetch-error';
import type { PackFetcher, PackFetchResult } from '../../../src/platform/pack-fetcher';
import { PackSubscriptions } from '../../../src/workflows/packs/pack-subscriptions';
import { memorySettingsStore } from '../../support/memory-settings-store';
import { agencyPack, testSeed } from '../../support/pack-fixtures';

const acme = packSigningKeyFromSeed(testSeed('acme'));
const mallory = packSigningKeyFromSeed(testSeed('mallory'));
const releases = new Map([1, 2, 3, 4, 5].map((version) => [version, signPresetPack(agencyPack({ version }), acme.secretKey)]));
const tampered = (() => {
  const envelope = JSON.parse(releases.get(5)!);
  return JSON.stringify({ ...envelope, pack: envelope.pack.replace('"dailyUsd": 200', '"dailyUsd": 20000') });
})();
const forged = signPresetPack(agencyPack({ version: 5 }), mallory.secretKey);

type Answer =
  | { kind: 'release'; version: number }
  | { kind: 'tampered' }
  | { kind: 'forged' }
  | { kind: 'not-modified' }
  | { kind: 'offline' }
  | { kind: 'garbage' };
type Step = { answer: Answer } | { apply: true };

const answer: fc.Arbitrary<Answer> = fc.oneof(
  fc.integer({ min: 1, max: 5 }).map((version) => ({ kind: 'release' as const, version })),
  fc.constantFrom<Answer>({ kind: 'tampered' }, { kind: 'forged' }, { kind: 'not-modified' }, { kind: 'offline' }, { kind: 'garbage' }),
);
const step: fc.Arbitrary<Step> = fc.oneof(
  answer.map((value) => ({ answer: value })),
  fc.constant({ apply: true as const }),
);

/** A fetcher that answers the next scripted answer, whatever is asked. */
function scriptedFetcher(): PackFetcher & { next: Answer } {
  const fetcher = {
    next: { kind: 'release', version: 2 } as Answer,
    fetchPack(location: string): Promise<PackFetchResult> {
      const current = fetcher.next;
      switch (current.kind) {
        case 'release':
          return Promise.resolve({ kind: 'fetched', text: releases.get(current.version)!, validators: { etag: `"${current.version}"` } });
        case 'tampered':
          return Promise.resolve({ kind: 'fetched', text: tampered, validators: {} });
        case 'forged':
          return Promise.resolve({ kind: 'fetched', text: forged, validators: {} });
        case 'garbage':
          return Promise.resolve({ kind: 'fetched', text: '<html>', validators: {} });
        case 'not-modified':
          return Promise.resolve({ kind: 'not-modified' });
        case 'offline':
          return Promise.reject(new PackFetchError({ problem: 'offline', location, message: 'offline' }));
      }
    },
  };
  return fetcher;
}

describe('pack subscriptions under any order of answers, failures and applies', () => {
  it('always keep exactly one verified pack in use, never older than before, and only ever one the agency signed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
        const fetcher = scriptedFetcher();
        const packs = new PackSubscriptions({ settings: memorySettingsStore(), fetcher, allowedHosts: ['packs.acme.com'] });
        const { id } = await packs.subscribe('https://packs.acme.com/acme.cliprelay-pack.json');
        let version = 2;
        for (const next of steps) {
          if ('apply' in next) await packs.applyUpdate(id);
          else {
            fetcher.next = next.answer;
            const [view] = await packs.checkAll();
            if (
              next.answer.kind === 'tampered' ||
              next.answer.kind === 'forged' ||
              next.answer.kind === 'offline' ||
              next.answer.kind === 'garbage'
            )
              expect(view!.problem).not.toBeNull();
          }
          const inUse = await packs.packs();
          expect(inUse).toHaveLength(1);
          expect(inUse[0]!.version).toBeGreaterThanOrEqual(version);
          // Never the tampered release's cap, whatever came in.
          expect(inUse[0]!.policy?.budget?.dailyUsd).toBe(200);
          version = inUse[0]!.version;
          const [view] = await packs.list();
          if (view!.update != null) expect(view!.update.version).toBeGreaterThan(version);
        }
      }),
      { numRuns: 40 },
    );
  });
});
