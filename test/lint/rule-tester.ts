import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, it } from 'vitest';

// ESLint's RuleTester registers its cases through these hooks; pointing them at vitest makes each case a test.
Object.assign(RuleTester, { describe, it, itOnly: it.only, afterAll });

/** A RuleTester that parses TypeScript (import type, TSX) the way the project's config does. */
export function typescriptRuleTester(): RuleTester {
  return new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' } });
}
