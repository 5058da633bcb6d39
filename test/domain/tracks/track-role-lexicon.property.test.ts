import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TRACK_ROLE_LEXICON } from '../../../src/domain/tracks/track-role-lexicon';
import { trackRoleFromName } from '../../../src/domain/tracks/track-role';

const entries = Object.values(TRACK_ROLE_LEXICON).flatMap((byRole) =>
  Object.entries(byRole).flatMap(([role, words]) => words.map((word) => ({ word, role }))),
);

/** What editors put around a role word: numbers, separators, a language tag; never letters glued to the word. */
const affix = fc
  .array(fc.constantFrom(' ', '_', '-', '1', '2', ' 03', ' (FR)', ' – ', ' L', ' R'), { maxLength: 3 })
  .map((parts) => parts.join(''));

describe('a listed word keeps its role whatever editors put around it and however they capitalise it', () => {
  it('holds for every word of every language', () => {
    fc.assert(
      fc.property(fc.constantFrom(...entries), affix, affix, fc.boolean(), ({ word, role }, before, after, upper) => {
        const name = `${before.trimStart() === '' ? '' : `${before} `}${upper ? word.toUpperCase() : word}${after === '' ? '' : ` ${after}`}`;
        expect(trackRoleFromName(name)).toBe(role);
      }),
    );
  });
});
