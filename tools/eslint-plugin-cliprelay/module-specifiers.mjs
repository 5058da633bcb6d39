// @ts-check
/**
 * Calls `visit(specifier, node)` for every way a module can be loaded: static imports (type-only included), re-exports,
 * dynamic `import()` and `require()`. Only string literals are seen; a computed specifier is reported separately by
 * the dependency rule, since nothing could check it.
 * @param {(specifier: string, node: import('estree').Node) => void} visit
 * @param {(node: import('estree').Node) => void} onComputed
 * @returns {import('eslint').Rule.RuleListener}
 */
export function moduleSpecifierVisitor(visit, onComputed) {
  /** @param {any} source @param {import('estree').Node} node */
  const check = (source, node) => {
    if (source == null) return;
    if (source.type === 'Literal' && typeof source.value === 'string') visit(source.value, node);
    else if (source.type === 'TemplateLiteral' && source.expressions.length === 0) visit(source.quasis[0].value.cooked, node);
    else onComputed(node);
  };
  return {
    ImportDeclaration: (node) => check(node.source, node),
    ExportNamedDeclaration: (node) => check(node.source, node),
    ExportAllDeclaration: (node) => check(node.source, node),
    ImportExpression: (node) => check(node.source, node),
    CallExpression(node) {
      if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length > 0) check(node.arguments[0], node);
    },
  };
}

/**
 * Whether a statement only borrows type names: `import type …`, `import { type A, type B }`, `export type … from`.
 * @param {any} node
 */
export function isTypeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return (
    node.type === 'ImportDeclaration' &&
    specifiers.length > 0 &&
    specifiers.every((/** @type {any} */ specifier) => specifier.importKind === 'type')
  );
}
