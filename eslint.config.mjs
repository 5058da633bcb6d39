// @ts-check
/**
 * Lint is part of `npm test`. Type-aware typescript-eslint for the promise and exhaustiveness rules, and
 * ClipRelay's own rules (tools/eslint-plugin-cliprelay): the dependency direction of docs/architecture.md and
 * Premiere's locking rules. Formatting is Prettier's job (`npm run format`), not ESLint's.
 */
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import cliprelay from './tools/eslint-plugin-cliprelay/index.mjs';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-output/', 'bin/', 'tools/', '*.config.*', 'webpack.config.js'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'react-hooks': reactHooks, cliprelay },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // An async function without await is how an interface method turns a throw into a rejection.
      '@typescript-eslint/require-await': 'off',
      // Rejecting with an AbortSignal's own reason (typed any) keeps the caller's cancellation error intact.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingAny: true }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'cliprelay/disable-needs-reason': 'error',
      'cliprelay/no-unused-exports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'cliprelay/dependency-direction': 'error',
      'cliprelay/premiere-runtime-modules': 'error',
      'cliprelay/premiere-type-only-import': 'error',
      'cliprelay/premiere-action-in-factory': 'error',
      'cliprelay/premiere-lock-in-wrapper': 'error',
      'cliprelay/premiere-no-async-in-lock': 'error',
      'cliprelay/premiere-undo-label': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Error'], CallExpression[callee.name='Error']",
          message: 'Throw a class from the error tree (src/shared/app-error.ts) so callers and people can tell failures apart.',
        },
      ],
    },
  },
  {
    // UXP hands host modules out only through require(); these two files are the only places that call it
    // (cliprelay/premiere-runtime-modules keeps it that way).
    files: ['src/hosts/premiere/premiere-runtime.ts', 'src/platform/uxp/uxp-module.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests read wire JSON and drive fakes: `any` from JSON.parse and unbound vitest mocks are expected there.
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
