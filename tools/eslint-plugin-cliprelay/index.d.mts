/** Types for tools/eslint-plugin-cliprelay, so the tests that prove each rule fires can load it. */
import type { ESLint } from 'eslint';
declare const plugin: ESLint.Plugin & { rules: NonNullable<ESLint.Plugin['rules']> };
export default plugin;
