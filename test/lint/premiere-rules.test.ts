import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../tools/eslint-plugin-cliprelay/index.mjs';

/**
 * Premiere's locking rules as ESLint rules (tools/eslint-plugin-cliprelay/premiere-rules.mjs). Each case lints a
 * snippet under a virtual file name with all six rules on and lists which fired, so a rule that fires too
 * often is caught as surely as one that never fires.
 */
const RULES = [
  'premiere-runtime-modules',
  'premiere-type-only-import',
  'premiere-action-in-factory',
  'premiere-lock-in-wrapper',
  'premiere-no-async-in-lock',
  'premiere-undo-label',
  'disable-needs-reason',
] as const;
const LOCK_WRAPPER_FILE = 'src/hosts/premiere/run-transaction.ts';

const linter = new Linter({ configType: 'flat' });

function rulesFired(filename: string, code: string): string[] {
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
        linterOptions: { reportUnusedDisableDirectives: 'error' },
        plugins: { cliprelay: plugin },
        rules: Object.fromEntries(RULES.map((rule) => [`cliprelay/${rule}`, 'error'])),
      },
    ],
    { filename },
  );
  return messages
    .map((message) => {
      if (message.ruleId != null) return message.ruleId.replace('cliprelay/', '');
      return message.message.startsWith('Unused eslint-disable directive') ? 'unused-disable' : `fatal: ${message.message}`;
    })
    .sort();
}

describe('Premiere ESLint rules', () => {
  it('accept the intended patterns', () => {
    const good = `
      import type { Project } from '@adobe/premierepro';
      import type { storage } from 'uxp';
      runTransaction(project, 'Place clip', [() => editor.createOverwriteItemAction(item, at, 0, 0)]);
      runTransaction(project, 'Duck', plans.flatMap((plan) => [
        () => plan.level.createSetTimeVaryingAction(true),
        ...plan.keys.map((key) => () => { const kf = plan.level.createKeyframe(key.level); return plan.level.createAddKeyframeAction(kf); }),
      ]));`;
    expect(rulesFired('src/hosts/premiere/good.ts', good)).toEqual([]);
    expect(rulesFired('src/platform/uxp/uxp-module.ts', `const uxp = require('uxp');`)).toEqual([]);
    expect(rulesFired('src/hosts/premiere/premiere-runtime.ts', `const ppro = require('premierepro');`)).toEqual([]);
    const wrapper = `project.lockedAccess(() => { project.executeTransaction((c) => { c.addAction(make()); }, label); });`;
    expect(rulesFired(LOCK_WRAPPER_FILE, wrapper)).toEqual([]);
  });

  it('catch the runtime loaded outside its two homes', () => {
    expect(rulesFired('src/ui/panel.tsx', `const ppro = require('premierepro');`)).toEqual(['premiere-runtime-modules']);
    expect(rulesFired('src/workflows/x.ts', `import { storage } from 'uxp';`)).toEqual(['premiere-runtime-modules']);
    expect(rulesFired('src/workflows/x.ts', `const uxp = await import('uxp');`)).toEqual(['premiere-runtime-modules']);
    expect(rulesFired('src/hosts/premiere/premiere-host.ts', `const ppro = require('premierepro');`)).toEqual(['premiere-runtime-modules']);
    expect(rulesFired('src/hosts/premiere/x.ts', `import { Constants } from '@adobe/premierepro';`)).toEqual(['premiere-type-only-import']);
    expect(rulesFired('src/hosts/premiere/x.ts', `import { type Project, Constants } from '@adobe/premierepro';`)).toEqual([
      'premiere-type-only-import',
    ]);
    expect(rulesFired('src/hosts/premiere/x.ts', `import { type Project } from '@adobe/premierepro';`)).toEqual([]);
  });

  it('catch actions created outside a runTransaction factory', () => {
    const eager = `const action = editor.createOverwriteItemAction(item, at, 0, 0);\nrunTransaction(project, 'Place', [() => action]);`;
    expect(rulesFired('src/hosts/premiere/bad.ts', eager)).toEqual(['premiere-action-in-factory']);
    const notFactories = `runTransaction(project, 'Rename', items.map((item) => item.createSetNameAction('x')));`;
    expect(rulesFired('src/hosts/premiere/bad.ts', notFactories)).toEqual(['premiere-action-in-factory']);
    const helper = `function make() { return bin.createBinAction('A', false); }\nrunTransaction(project, 'Bin', [make]);`;
    expect(rulesFired('src/hosts/premiere/bad.ts', helper)).toEqual(['premiere-action-in-factory']);
    // Outside the Premiere host the method name means nothing.
    expect(rulesFired('src/hosts/sandbox/x.ts', eager)).toEqual([]);
  });

  it('catch async work inside the lock and direct lock use', () => {
    expect(rulesFired('src/hosts/premiere/bad.ts', `project.lockedAccess(async () => { await load(); });`)).toEqual([
      'premiere-lock-in-wrapper',
      'premiere-no-async-in-lock',
    ]);
    expect(rulesFired(LOCK_WRAPPER_FILE, `project.executeTransaction((c) => { void (async () => { await x; })(); }, 'Label');`)).toEqual([
      'premiere-no-async-in-lock',
    ]);
    const asyncFactory = `runTransaction(project, 'Place', [async () => { await ready; return editor.createOverwriteItemAction(i, t, 0, 0); }]);`;
    expect(rulesFired('src/hosts/premiere/bad.ts', asyncFactory)).toEqual(['premiere-action-in-factory', 'premiere-no-async-in-lock']);
  });

  it('catch a transaction without an undo label', () => {
    expect(rulesFired(LOCK_WRAPPER_FILE, `project.executeTransaction((c) => { c.addAction(a); });`)).toEqual(['premiere-undo-label']);
    expect(rulesFired(LOCK_WRAPPER_FILE, `project.executeTransaction((c) => { c.addAction(a); }, '');`)).toEqual(['premiere-undo-label']);
    expect(rulesFired(LOCK_WRAPPER_FILE, 'project.executeTransaction((c) => { c.addAction(a); }, ` `);')).toEqual(['premiere-undo-label']);
  });

  it('let a violation through only with a disable comment that names the rule and gives a reason', () => {
    const eager = (comment: string) => `${comment}\nconst action = bin.createBinAction('Probe', true);`;
    const reasoned = '// eslint-disable-next-line cliprelay/premiere-action-in-factory -- probing the lock rule on purpose';
    expect(rulesFired('src/hosts/premiere/x.ts', eager(reasoned))).toEqual([]);
    expect(rulesFired('src/hosts/premiere/x.ts', eager('// eslint-disable-next-line cliprelay/premiere-action-in-factory'))).toEqual([
      'disable-needs-reason',
    ]);
    expect(rulesFired('src/hosts/premiere/x.ts', eager('// eslint-disable-next-line -- no rule named here at all'))).toEqual([
      'disable-needs-reason',
    ]);
    const wrongRule = '// eslint-disable-next-line cliprelay/premiere-undo-label -- the wrong rule is switched off';
    expect(rulesFired('src/hosts/premiere/x.ts', eager(wrongRule))).toEqual(['premiere-action-in-factory', 'unused-disable']);
  });
});
