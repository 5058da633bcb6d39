// @ts-check
/**
 * Adobe publishes `@adobe/eslint-plugin-premierepro` (require-action-lock-scope, no-action-scope-escape,
 * no-async-in-locked-access, no-async-in-execute-transaction, prefer-locked-access-wrapper, prefer-undo-string), but it
 * is not on the npm registry this project can install from, so its core rules are written here against the same
 * Premiere rules (research/premiere-uxp.md §locking; the fake in test/support/fake-premierepro enforces them at run
 * time too). Each rule names the Adobe rule it stands for.
 */
import { calleeName, enclosingFunction, isAsyncWork, isInsideArgumentsOf, someDescendantOrSelf } from './ast-search.mjs';
import { isTypeOnly, moduleSpecifierVisitor } from './module-specifiers.mjs';
import { sourcePathOf } from './source-path.mjs';

const RUNTIME_MODULES = new Set(['premierepro', 'uxp']);
const ACTION_METHOD = /^create\w+Action$/;
const LOCK_METHODS = new Set(['lockedAccess', 'executeTransaction']);
const LOCK_WRAPPER = 'hosts/premiere/run-transaction';
const RUNTIME_LOADER = 'hosts/premiere/premiere-runtime';

/** @param {string | null} file */
const inPremiereHost = (file) => file != null && file.startsWith('hosts/premiere/');

/** @type {import('eslint').Rule.RuleModule} */
export const premiereRuntimeModules = {
  meta: {
    type: 'problem',
    docs: {
      description:
        '`premierepro` and `uxp` are loaded only by hosts/premiere/premiere-runtime.ts and platform/uxp (they exist only inside Premiere).',
    },
    schema: [],
    messages: {
      runtime:
        "'{{module}}' exists only inside Premiere: load it in hosts/premiere/premiere-runtime.ts or platform/uxp, and pass what you need in.",
    },
  },
  create(context) {
    const file = sourcePathOf(context.filename);
    if (file == null || file === RUNTIME_LOADER || file.startsWith('platform/uxp/')) return {};
    return moduleSpecifierVisitor(
      (specifier, node) => {
        if (!RUNTIME_MODULES.has(specifier)) return;
        if (node.type === 'ImportDeclaration' && isTypeOnly(node)) return;
        context.report({ node, messageId: 'runtime', data: { module: specifier } });
      },
      () => {},
    );
  },
};

/** @type {import('eslint').Rule.RuleModule} */
export const premiereTypeOnlyImport = {
  meta: {
    type: 'problem',
    docs: { description: '`@adobe/premierepro` is a types package with no runtime code: import it with `import type`.' },
    schema: [],
    messages: {
      typeOnly:
        "'@adobe/premierepro' has types only; write `import type` (the values come from require('premierepro') in premiere-runtime.ts).",
    },
  },
  create(context) {
    return {
      ImportDeclaration(node) {
        if (node.source.value === '@adobe/premierepro' && !isTypeOnly(node)) context.report({ node, messageId: 'typeOnly' });
      },
    };
  },
};

/** @type {import('eslint').Rule.RuleModule} */
export const premiereActionInFactory = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'In hosts/premiere, every `create…Action(` sits in a parameterless synchronous function written in the arguments of `runTransaction(…)` (≈ require-action-lock-scope + no-action-scope-escape): an action made outside the lock is stale.',
    },
    schema: [],
    messages: {
      outside:
        '`{{name}}` must be created inside a factory passed to runTransaction(…) — an action made outside the lock is rejected as stale.',
    },
  },
  create(context) {
    if (!inPremiereHost(sourcePathOf(context.filename))) return {};
    return {
      CallExpression(node) {
        const name = calleeName(node);
        if (name == null || !ACTION_METHOD.test(name) || node.callee.type !== 'MemberExpression') return;
        const factory = enclosingFunction(node);
        const isFactory =
          factory != null &&
          factory.type !== 'FunctionDeclaration' &&
          factory.params.length === 0 &&
          factory.async !== true &&
          isInsideArgumentsOf(factory, 'runTransaction');
        if (!isFactory) context.report({ node, messageId: 'outside', data: { name } });
      },
    };
  },
};

/** @type {import('eslint').Rule.RuleModule} */
export const premiereLockInWrapper = {
  meta: {
    type: 'problem',
    docs: {
      description: '`lockedAccess` / `executeTransaction` only in hosts/premiere/run-transaction.ts (≈ prefer-locked-access-wrapper).',
    },
    schema: [],
    messages: {
      wrapper: 'Call runTransaction(…) instead of `{{name}}`: the wrapper builds every action first and never throws inside the lock.',
    },
  },
  create(context) {
    const file = sourcePathOf(context.filename);
    if (file === LOCK_WRAPPER) return {};
    return {
      CallExpression(node) {
        const name = calleeName(node);
        if (name != null && LOCK_METHODS.has(name) && node.callee.type === 'MemberExpression')
          context.report({ node, messageId: 'wrapper', data: { name } });
      },
    };
  },
};

/** @type {import('eslint').Rule.RuleModule} */
export const premiereNoAsyncInLock = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'No `async` function and no `await` inside a lockedAccess / executeTransaction callback or in runTransaction factories (≈ no-async-in-locked-access, no-async-in-execute-transaction): Premiere releases the lock at the first await.',
    },
    schema: [],
    messages: { async: 'Nothing async inside `{{name}}`: Premiere releases the lock at the first await, and the actions become stale.' },
  },
  create(context) {
    const keys = context.sourceCode.visitorKeys;
    return {
      CallExpression(node) {
        const name = calleeName(node);
        if (name == null) return;
        const guarded =
          LOCK_METHODS.has(name) && node.callee.type === 'MemberExpression'
            ? node.arguments.slice(0, 1)
            : name === 'runTransaction'
              ? node.arguments
              : [];
        if (guarded.some((argument) => someDescendantOrSelf(argument, isAsyncWork, keys)))
          context.report({ node, messageId: 'async', data: { name } });
      },
    };
  },
};

/** @type {import('eslint').Rule.RuleModule} */
export const premiereUndoLabel = {
  meta: {
    type: 'problem',
    docs: { description: 'Every executeTransaction passes an undo label (≈ prefer-undo-string): Edit › Undo shows it to the editor.' },
    schema: [],
    messages: { label: 'executeTransaction needs an undo label: the editor sees it in Edit › Undo.' },
  },
  create(context) {
    return {
      CallExpression(node) {
        if (calleeName(node) !== 'executeTransaction' || node.callee.type !== 'MemberExpression') return;
        const label = /** @type {any} */ (node.arguments[1]);
        const missing =
          label == null ||
          (label.type === 'Identifier' && label.name === 'undefined') ||
          (label.type === 'Literal' && typeof label.value === 'string' && label.value.trim() === '') ||
          (label.type === 'TemplateLiteral' && label.expressions.length === 0 && label.quasis[0].value.cooked.trim() === '');
        if (missing) context.report({ node, messageId: 'label' });
      },
    };
  },
};
