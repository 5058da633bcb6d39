// @ts-check
import ts from 'typescript';

/**
 * Which exported symbols of the program are imported somewhere, computed once per TypeScript program. An import
 * marks every symbol along its alias chain (a barrel's re-export and the original declaration); a re-export marks
 * the original; `import * as`, `export *`, `import()` (in code or in a type) and `require()` mark the whole module.
 * @typedef {{ readonly symbols: Set<ts.Symbol>, readonly wholeModules: Set<string> }} ExportUsage
 */

/** @type {WeakMap<ts.Program, ExportUsage>} */
const cache = new WeakMap();

/**
 * @param {ts.Program} program
 * @returns {ExportUsage}
 */
export function exportUsageOf(program) {
  const cached = cache.get(program);
  if (cached != null) return cached;
  const checker = program.getTypeChecker();
  /** @type {ExportUsage} */
  const usage = { symbols: new Set(), wholeModules: new Set() };

  /** @param {ts.Symbol | undefined} symbol */
  const markChain = (symbol) => {
    for (let current = symbol, hops = 0; current != null && hops < 20; hops += 1) {
      usage.symbols.add(current);
      if ((current.flags & ts.SymbolFlags.Alias) === 0) break;
      current = checker.getImmediateAliasedSymbol(current);
    }
  };
  /** @param {ts.SourceFile} from @param {ts.Expression | ts.LiteralTypeNode['literal'] | undefined} specifier */
  const markModule = (from, specifier) => {
    if (specifier == null || !ts.isStringLiteralLike(specifier)) return;
    const resolved = ts.resolveModuleName(specifier.text, from.fileName, program.getCompilerOptions(), ts.sys).resolvedModule;
    if (resolved != null) usage.wholeModules.add(resolved.resolvedFileName);
  };

  for (const source of program.getSourceFiles()) {
    if (source.isDeclarationFile || source.fileName.includes('/node_modules/')) continue;
    /** @param {ts.Node} node */
    const visit = (node) => {
      if (ts.isImportDeclaration(node)) {
        const bindings = node.importClause?.namedBindings;
        if (node.importClause?.name != null) markChain(checker.getSymbolAtLocation(node.importClause.name));
        if (bindings != null && ts.isNamespaceImport(bindings)) markModule(source, node.moduleSpecifier);
        if (bindings != null && ts.isNamedImports(bindings))
          for (const element of bindings.elements) markChain(checker.getSymbolAtLocation(element.name));
      } else if (ts.isExportDeclaration(node) && node.moduleSpecifier != null) {
        if (node.exportClause == null || ts.isNamespaceExport(node.exportClause)) markModule(source, node.moduleSpecifier);
        // A re-export needs the original to stay exported: mark what it points at (the re-export itself is
        // judged by its own importers), so fixing one file never breaks another's re-export.
        else
          for (const element of node.exportClause.elements) {
            const reexport = checker.getSymbolAtLocation(element.name);
            if (reexport != null && (reexport.flags & ts.SymbolFlags.Alias) !== 0) markChain(checker.getImmediateAliasedSymbol(reexport));
          }
      } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
        markModule(source, node.argument.literal);
      } else if (ts.isCallExpression(node)) {
        const isLoad =
          node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require');
        if (isLoad) markModule(source, node.arguments[0]);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  cache.set(program, usage);
  return usage;
}
