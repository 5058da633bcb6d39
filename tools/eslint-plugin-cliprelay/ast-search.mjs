// @ts-check
/**
 * Small ESTree helpers the rules share. ESLint gives parents (`node.parent`); descendants are walked with the
 * source's visitor keys so TypeScript nodes are covered too.
 */

/**
 * @param {any} node
 * @param {(node: any) => boolean} predicate
 * @param {Readonly<Record<string, readonly string[]>>} visitorKeys
 * @returns {boolean}
 */
export function someDescendantOrSelf(node, predicate, visitorKeys) {
  if (predicate(node)) return true;
  for (const key of visitorKeys[node.type] ?? []) {
    const child = node[key];
    const children = Array.isArray(child) ? child : [child];
    for (const item of children)
      if (item != null && typeof item.type === 'string' && someDescendantOrSelf(item, predicate, visitorKeys)) return true;
  }
  return false;
}

/** @param {any} node */
export const isFunction = (node) =>
  node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration';

/** @param {any} node */
export const isAsyncWork = (node) => node.type === 'AwaitExpression' || (isFunction(node) && node.async === true);

/**
 * The called name: `f(…)` → f, `a.b.f(…)` → f.
 * @param {any} call
 * @returns {string | null}
 */
export function calleeName(call) {
  const callee = call.callee;
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') return callee.property.name;
  return null;
}

/** @param {any} node */
export function enclosingFunction(node) {
  for (let current = node.parent; current != null; current = current.parent) if (isFunction(current)) return current;
  return null;
}

/**
 * Whether `node` sits (at any depth) inside one of the arguments of a call to `functionName`.
 * @param {any} node
 * @param {string} functionName
 */
export function isInsideArgumentsOf(node, functionName) {
  for (let current = node; current.parent != null; current = current.parent) {
    const parent = current.parent;
    if (parent.type === 'CallExpression' && calleeName(parent) === functionName && parent.arguments.includes(current)) return true;
  }
  return false;
}
