import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Adobe's `@adobe/eslint-plugin-premierepro` cannot be installed here, so its core rules are encoded
 * as a scan of `src/` with the TypeScript compiler API:
 *
 * - runtime-require: `require('premierepro' | 'uxp')`, or a value import of them, only in
 *   `src/hosts/premiere/premiere-runtime.ts` and `src/platform/uxp/`.
 * - type-only-premierepro: `@adobe/premierepro` is a types package; import it with `import type`.
 * - action-in-factory (≈ require-action-lock-scope + no-action-scope-escape): in `src/hosts/premiere`,
 *   every `create…Action(` sits in a parameterless, synchronous function written inside the
 *   arguments of `runTransaction(…)` — a factory it calls inside the lock.
 * - lock-in-wrapper (≈ prefer-locked-access-wrapper): `lockedAccess(` / `executeTransaction(` only in
 *   `run-transaction.ts`.
 * - no-async-in-lock (≈ no-async-in-locked-access / -execute-transaction): no `async` function and no
 *   `await` in a `lockedAccess` / `executeTransaction` callback or in `runTransaction`'s factories.
 * - undo-label (≈ prefer-undo-string): every `executeTransaction(` passes an undo label.
 *
 * A violation is allowed only by `// premiere-lint-allow <rule> -- <reason>` on the line above it (like
 * an eslint-disable, the reason is required); the scan lists every allowance so none slips in unseen.
 */

type RuleName = 'runtime-require' | 'type-only-premierepro' | 'action-in-factory' | 'lock-in-wrapper' | 'no-async-in-lock' | 'undo-label';

interface Violation {
  readonly file: string;
  readonly line: number;
  readonly rule: RuleName;
  readonly code: string;
}

interface Allowance {
  readonly file: string;
  readonly line: number;
  readonly rule: RuleName;
}

interface LintResult {
  readonly violations: Violation[];
  /** Violations a `premiere-lint-allow` comment with a reason let through. */
  readonly allowed: Allowance[];
  /** How many `create…Action(` calls were checked, so a scan that checks nothing cannot pass. */
  readonly actionCalls: number;
}

const RUNTIME_MODULES = new Set(['premierepro', 'uxp']);
const ACTION_METHOD = /^create\w+Action$/;
const LOCK_METHODS = new Set(['lockedAccess', 'executeTransaction']);
const LOCK_WRAPPER_FILE = 'src/hosts/premiere/run-transaction.ts';

const mayLoadRuntime = (file: string) => file === 'src/hosts/premiere/premiere-runtime.ts' || file.startsWith('src/platform/uxp/');

function calleeName(call: ts.CallExpression): string | null {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return null;
}

function isAsyncFunction(node: ts.Node): boolean {
  return ts.isFunctionLike(node) && (ts.getCombinedModifierFlags(node as ts.Declaration) & ts.ModifierFlags.Async) !== 0;
}

function containsAsyncWork(node: ts.Node): boolean {
  if (ts.isAwaitExpression(node) || isAsyncFunction(node)) return true;
  return ts.forEachChild(node, containsAsyncWork) ?? false;
}

function enclosingFunction(node: ts.Node): ts.Node | null {
  for (let current = node.parent; current != null; current = current.parent) if (ts.isFunctionLike(current)) return current;
  return null;
}

function isInsideArgumentsOf(node: ts.Node, functionName: string): boolean {
  for (let current = node; current.parent != null; current = current.parent) {
    const parent = current.parent;
    if (ts.isCallExpression(parent) && calleeName(parent) === functionName && parent.arguments.some((argument) => argument === current))
      return true;
  }
  return false;
}

function isActionFactory(fn: ts.Node | null): boolean {
  if (fn == null || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return false;
  return fn.parameters.length === 0 && !isAsyncFunction(fn) && isInsideArgumentsOf(fn, 'runTransaction');
}

function isMissingLabel(argument: ts.Expression | undefined): boolean {
  if (argument == null) return true;
  if (ts.isIdentifier(argument) && argument.text === 'undefined') return true;
  return (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument)) && argument.text.trim() === '';
}

function isValueImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (clause == null) return true; // side-effect import
  if (clause.isTypeOnly) return false;
  const bindings = clause.namedBindings;
  const allNamedAreTypes = bindings != null && ts.isNamedImports(bindings) && bindings.elements.every((element) => element.isTypeOnly);
  return clause.name != null || bindings == null || !allNamedAreTypes;
}

/** Lints one file. `file` is its path from the repository root with forward slashes. */
function lintSource(file: string, sourceText: string): LintResult {
  const source = ts.createSourceFile(
    file,
    sourceText,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const violations: Violation[] = [];
  const allowed: Allowance[] = [];
  let actionCalls = 0;
  const lines = sourceText.split('\n');
  const isAllowed = (line: number, rule: RuleName) =>
    new RegExp(`//\\s*premiere-lint-allow\\s+${rule}\\s+--\\s+\\S`).test(lines[line - 2] ?? '');
  const report = (node: ts.Node, rule: RuleName) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    if (isAllowed(line, rule)) allowed.push({ file, line, rule });
    else violations.push({ file, rule, line, code: node.getText().slice(0, 80) });
  };

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const specifier = node.moduleSpecifier.text;
      if (RUNTIME_MODULES.has(specifier) && isValueImport(node) && !mayLoadRuntime(file)) report(node, 'runtime-require');
      if (specifier === '@adobe/premierepro' && isValueImport(node)) report(node, 'type-only-premierepro');
    }
    if (ts.isCallExpression(node)) {
      const name = calleeName(node);
      const [firstArgument, secondArgument] = node.arguments;
      const loadsModule = name === 'require' || node.expression.kind === ts.SyntaxKind.ImportKeyword;
      if (
        loadsModule &&
        firstArgument != null &&
        ts.isStringLiteralLike(firstArgument) &&
        RUNTIME_MODULES.has(firstArgument.text) &&
        !mayLoadRuntime(file)
      ) {
        report(node, 'runtime-require');
      }
      if (
        name != null &&
        ACTION_METHOD.test(name) &&
        ts.isPropertyAccessExpression(node.expression) &&
        file.startsWith('src/hosts/premiere/')
      ) {
        actionCalls += 1;
        if (!isActionFactory(enclosingFunction(node))) report(node, 'action-in-factory');
      }
      if (name != null && LOCK_METHODS.has(name) && ts.isPropertyAccessExpression(node.expression)) {
        if (file !== LOCK_WRAPPER_FILE) report(node, 'lock-in-wrapper');
        if (firstArgument != null && containsAsyncWork(firstArgument)) report(node, 'no-async-in-lock');
        if (name === 'executeTransaction' && isMissingLabel(secondArgument)) report(node, 'undo-label');
      }
      if (name === 'runTransaction' && node.arguments.some(containsAsyncWork)) report(node, 'no-async-in-lock');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { violations, allowed, actionCalls };
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

describe('Premiere lint rules', () => {
  it('hold for every file in src/', () => {
    const results = sourceFiles(join(repositoryRoot, 'src')).map((path) =>
      lintSource(relative(repositoryRoot, path).split(sep).join('/'), readFileSync(path, 'utf8')),
    );
    expect(results.flatMap((result) => result.violations)).toEqual([]);
    // The one deliberate exception: the diagnostics probe whether Premiere refuses an action created outside the lock.
    expect(results.flatMap((result) => result.allowed).map(({ file, rule }) => [file, rule])).toEqual([
      ['src/hosts/premiere/premiere-diagnostics.ts', 'action-in-factory'],
    ]);
    // The Premiere host creates bins, placements and keyframe edits: the scan must have seen them.
    expect(results.reduce((sum, result) => sum + result.actionCalls, 0)).toBeGreaterThanOrEqual(5);
  });

  const rulesOf = (file: string, code: string) => lintSource(file, code).violations.map((violation) => violation.rule);

  it('accept the intended patterns', () => {
    const good = `
      import type { Project } from '@adobe/premierepro';
      import type { storage } from 'uxp';
      runTransaction(project, 'Place clip', [() => editor.createOverwriteItemAction(item, at, 0, 0)]);
      runTransaction(project, 'Duck', plans.flatMap((plan) => [
        () => plan.level.createSetTimeVaryingAction(true),
        ...plan.keys.map((key) => () => { const kf = plan.level.createKeyframe(key.level); return plan.level.createAddKeyframeAction(kf); }),
      ]));`;
    expect(rulesOf('src/hosts/premiere/good.ts', good)).toEqual([]);
    expect(rulesOf('src/platform/uxp/uxp-module.ts', `const uxp = require('uxp');`)).toEqual([]);
    expect(
      rulesOf(LOCK_WRAPPER_FILE, `project.lockedAccess(() => { project.executeTransaction((c) => { c.addAction(make()); }, label); });`),
    ).toEqual([]);
  });

  it('catch the runtime loaded outside its two homes', () => {
    expect(rulesOf('src/ui/panel.tsx', `const ppro = require('premierepro');`)).toEqual(['runtime-require']);
    expect(rulesOf('src/workflows/x.ts', `import { storage } from 'uxp';`)).toEqual(['runtime-require']);
    expect(rulesOf('src/workflows/x.ts', `const uxp = await import('uxp');`)).toEqual(['runtime-require']);
    expect(rulesOf('src/hosts/premiere/premiere-host.ts', `const ppro = require('premierepro');`)).toEqual(['runtime-require']);
    expect(rulesOf('src/hosts/premiere/x.ts', `import { Constants } from '@adobe/premierepro';`)).toEqual(['type-only-premierepro']);
  });

  it('catch actions created outside a runTransaction factory', () => {
    const eager = `const action = editor.createOverwriteItemAction(item, at, 0, 0);\nrunTransaction(project, 'Place', [() => action]);`;
    expect(rulesOf('src/hosts/premiere/bad.ts', eager)).toEqual(['action-in-factory']);
    const notFactories = `runTransaction(project, 'Rename', items.map((item) => item.createSetNameAction('x')));`;
    expect(rulesOf('src/hosts/premiere/bad.ts', notFactories)).toEqual(['action-in-factory']);
    const helper = `function make() { return bin.createBinAction('A', false); }\nrunTransaction(project, 'Bin', [make]);`;
    expect(rulesOf('src/hosts/premiere/bad.ts', helper)).toEqual(['action-in-factory']);
  });

  it('catch async work inside the lock and direct lock use', () => {
    expect(rulesOf('src/hosts/premiere/bad.ts', `project.lockedAccess(async () => { await load(); });`)).toEqual([
      'lock-in-wrapper',
      'no-async-in-lock',
    ]);
    expect(rulesOf(LOCK_WRAPPER_FILE, `project.executeTransaction((c) => { void (async () => { await x; })(); }, 'Label');`)).toEqual([
      'no-async-in-lock',
    ]);
    const asyncFactory = `runTransaction(project, 'Place', [async () => { await ready; return editor.createOverwriteItemAction(i, t, 0, 0); }]);`;
    expect(rulesOf('src/hosts/premiere/bad.ts', asyncFactory).sort()).toEqual(['action-in-factory', 'no-async-in-lock']);
  });

  it('let a violation through only with an allow comment that gives a reason', () => {
    const eager = (comment: string) => `${comment}\nconst action = bin.createBinAction('Probe', true);`;
    expect(rulesOf('src/hosts/premiere/x.ts', eager('// premiere-lint-allow action-in-factory -- probing the lock rule'))).toEqual([]);
    expect(rulesOf('src/hosts/premiere/x.ts', eager('// premiere-lint-allow action-in-factory'))).toEqual(['action-in-factory']);
    expect(rulesOf('src/hosts/premiere/x.ts', eager('// premiere-lint-allow undo-label -- wrong rule'))).toEqual(['action-in-factory']);
    expect(rulesOf('src/hosts/premiere/x.ts', `// premiere-lint-allow action-in-factory -- too far above\n\n${eager('')}`)).toEqual([
      'action-in-factory',
    ]);
  });

  it('catch a transaction without an undo label', () => {
    expect(rulesOf(LOCK_WRAPPER_FILE, `project.executeTransaction((c) => { c.addAction(a); });`)).toEqual(['undo-label']);
    expect(rulesOf(LOCK_WRAPPER_FILE, `project.executeTransaction((c) => { c.addAction(a); }, '');`)).toEqual(['undo-label']);
  });
});
