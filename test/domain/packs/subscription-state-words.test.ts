import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterCheck, type SubscriptionState } from '../../../src/domain/packs/subscription-state';
import type { LocalizedMessage } from '../../../src/shared/app-error';
import type { AppLocale } from '../../../src/shared/i18n/app-locale';
import { createTranslator } from '../../../src/shared/i18n/translator';

const say = (locale: AppLocale, words: LocalizedMessage) =>
  (createTranslator(locale).t as (id: string, values?: LocalizedMessage['values']) => string)(words.id, words.values);

const stateAt = (version: number): SubscriptionState => ({
  current: { version, signedText: `signed v${version}` },
  pending: null,
  validators: {},
  lastCheckedAtMs: null,
  lastProblem: null,
});

const offer = (version: number, signedText: string) =>
  ({ kind: 'release', atMs: 5, required: false, release: { version, signedText }, validators: {} }) as const;

describe('a refused release comes with its words', () => {
  it('its catalog message says in English exactly what the problem says, for any pair of release numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }), (current, offered) => {
        const state = afterCheck(stateAt(current), offer(offered, offered === current ? 'changed in place' : `signed v${offered}`));
        if (offered > current) {
          expect(state.lastProblem).toBeNull();
          return;
        }
        const problem = state.lastProblem!;
        expect(problem.localized).toBeDefined();
        expect(say('en', problem.localized!)).toBe(problem.message);
      }),
    );
  });

  it('is said in French and Polish', () => {
    const older = afterCheck(stateAt(4), offer(2, 'signed v2')).lastProblem!;
    expect(say('fr', older.localized!)).toBe('Le serveur propose la version 2, antérieure à votre version 4 ; la vôtre a été conservée.');
    const changed = afterCheck(stateAt(4), offer(4, 'changed in place')).lastProblem!;
    expect(say('pl', changed.localized!)).toMatch(/^Pakiet na serwerze zmienił się.*\b4\b/);
  });

  it('a failed check keeps the error words it was given, and none when it had none', () => {
    const words: LocalizedMessage = { id: 'errors.packReleaseOlder', values: { offered: '1', current: '2' } };
    expect(afterCheck(stateAt(2), { kind: 'failed', atMs: 1, message: 'm', localized: words }).lastProblem).toEqual({
      message: 'm',
      atMs: 1,
      localized: words,
    });
    expect(afterCheck(stateAt(2), { kind: 'failed', atMs: 1, message: 'm' }).lastProblem).toEqual({ message: 'm', atMs: 1 });
  });
});
