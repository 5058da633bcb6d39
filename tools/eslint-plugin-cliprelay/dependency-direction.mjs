// @ts-check
import { forbiddenBecause, layerOf, packageForbiddenBecause } from './layers.mjs';
import { isTypeOnly, moduleSpecifierVisitor } from './module-specifiers.mjs';
import { resolveSourceImport, sourcePathOf } from './source-path.mjs';

/** @type {import('eslint').Rule.RuleModule} */
export const dependencyDirection = {
  meta: {
    type: 'problem',
    docs: { description: 'Which folder of src/ may import which, and which packages each may use (docs/architecture.md).' },
    schema: [],
    messages: {
      forbidden: '{{from}} may not import {{to}} ({{target}}): {{why}}.',
      forbiddenPackage: '{{from}} may not import {{target}}: {{why}}.',
      computed: 'A computed module specifier cannot be checked against the dependency rules; use a string literal.',
    },
  },
  create(context) {
    const file = sourcePathOf(context.filename);
    const from = file == null ? null : layerOf(file);
    if (file == null || from == null) return {};
    return moduleSpecifierVisitor(
      (specifier, node) => {
        if (specifier.startsWith('.')) {
          const target = resolveSourceImport(file, specifier);
          const to = target == null ? null : layerOf(target);
          if (target == null || to == null) {
            context.report({
              node,
              messageId: 'forbidden',
              data: { from, to: 'outside src/', target: specifier, why: 'src/ only imports src/' },
            });
            return;
          }
          const why = from === to ? null : forbiddenBecause(from, to);
          if (why != null) context.report({ node, messageId: 'forbidden', data: { from, to, target, why } });
          return;
        }
        const why = packageForbiddenBecause(from, specifier, isTypeOnly(node));
        if (why != null) context.report({ node, messageId: 'forbiddenPackage', data: { from, target: specifier, why } });
      },
      (node) => context.report({ node, messageId: 'computed' }),
    );
  },
};
