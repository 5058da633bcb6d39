import { createElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

type AnyProps = Record<string, unknown> & { children?: ReactNode };

/** Elements of a rendered tree (function components are not expanded) that match, depth first. */
export function findElements(node: ReactNode, matches: (element: ReactElement<AnyProps>) => boolean): ReactElement<AnyProps>[] {
  if (Array.isArray(node)) return node.flatMap((child: ReactNode) => findElements(child, matches));
  if (!isValidElement<AnyProps>(node)) return [];
  return [...(matches(node) ? [node] : []), ...findElements(node.props.children, matches)];
}

/** The one element whose `name` prop is this; fails the test when there is not exactly one. */
export function byName(node: ReactNode, name: string): ReactElement<AnyProps> {
  const found = findElements(node, (element) => element.props.name === name);
  if (found.length !== 1) throw new Error(`expected one element named "${name}", found ${found.length}`);
  return found[0]!;
}

/**
 * What a function component returns for these props, called inside a render so its hooks (the translator) work;
 * its children are not rendered, so the tree's handlers can be called as the tests above do.
 */
export function renderedTree(render: () => ReactNode): ReactNode {
  let tree: ReactNode = null;
  function Capture() {
    tree = render();
    return null;
  }
  renderToStaticMarkup(createElement(Capture));
  return tree;
}
