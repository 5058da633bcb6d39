import ts from 'typescript';

/** Attributes whose text a person reads (or a screen reader says). */
const VISIBLE_ATTRIBUTES = new Set(['label', 'placeholder', 'title', 'aria-label', 'alt', 'heading']);

interface BypassingString {
  readonly line: number;
  readonly text: string;
}

/**
 * The user-visible words a `.tsx` file writes as literals instead of taking them from the catalog: JSX text with a
 * letter in it, and visible attributes given a string literal. Brand names and symbols pass (`allowed`). For issue 17's
 * check "no string in src/ui bypasses the message catalogue", once the panel's strings moved to `t()`.
 */
export function uiStringsOutsideCatalog(
  fileName: string,
  source: string,
  allowed: ReadonlySet<string> = new Set(['ClipRelay']),
): BypassingString[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: BypassingString[] = [];
  const report = (node: ts.Node, text: string) => {
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (/\p{L}/u.test(trimmed) && !allowed.has(trimmed))
      found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: trimmed });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text);
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(file)) && node.initializer != null) {
      const value = node.initializer;
      if (ts.isStringLiteral(value)) report(value, value.text);
      if (
        ts.isJsxExpression(value) &&
        value.expression != null &&
        (ts.isStringLiteral(value.expression) || ts.isNoSubstitutionTemplateLiteral(value.expression))
      )
        report(value.expression, value.expression.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
