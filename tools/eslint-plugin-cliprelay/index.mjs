// @ts-check
/**
 * ClipRelay's own ESLint rules: the architecture's dependency direction and Premiere's locking rules, so the
 * codebase's conventions fail the build instead of living in a document. Each rule is proven to fire in
 * test/lint/*.test.ts.
 */
import { dependencyDirection } from './dependency-direction.mjs';
import { disableNeedsReason } from './disable-needs-reason.mjs';
import { noUnusedExports } from './no-unused-exports.mjs';
import {
  premiereActionInFactory,
  premiereLockInWrapper,
  premiereNoAsyncInLock,
  premiereRuntimeModules,
  premiereTypeOnlyImport,
  premiereUndoLabel,
} from './premiere-rules.mjs';

/** @type {import('eslint').ESLint.Plugin} */
const plugin = {
  meta: { name: 'eslint-plugin-cliprelay' },
  rules: {
    'dependency-direction': dependencyDirection,
    'disable-needs-reason': disableNeedsReason,
    'no-unused-exports': noUnusedExports,
    'premiere-runtime-modules': premiereRuntimeModules,
    'premiere-type-only-import': premiereTypeOnlyImport,
    'premiere-action-in-factory': premiereActionInFactory,
    'premiere-lock-in-wrapper': premiereLockInWrapper,
    'premiere-no-async-in-lock': premiereNoAsyncInLock,
    'premiere-undo-label': premiereUndoLabel,
  },
};

export default plugin;
