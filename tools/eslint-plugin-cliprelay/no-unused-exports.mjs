// @ts-check
import ts from 'typescript';
import { exportUsageOf } from './export-usage-index.mjs';

/**
 * An export nobody imports is dead code or a private helper that forgot to be private. Type-aware: it asks the
 * TypeScript program which exported symbols any file of src/ or test/ imports (see export-usage-index.mjs).
 * Entry points (webpack entries) export nothing, so none are exempt.
 * @type {import('eslint').Rule.RuleModule}
 */
export const noUnusedExports = {
  meta: {
    type: 'suggestion',
    docs: { description: 'Every export is imported somewhere in src/ or test/.' },
    fixable: 'code',
    schema: [],
    messages: { unused: "'{{name}}' is exported but nothing imports it: remove the export, or the code if nothing uses it." },
  },
  create(context) {
    const services = context.sourceCode.parserServices;
    const program = services?.program;
    if (program == null || services?.esTreeNodeToTSNodeMap == null) return {};
    const usage = exportUsageOf(program);
    const checker = program.getTypeChecker();
    const fileName = context.physicalFilename;
    const tsSource = program.getSourceFile(fileName);
    if (tsSource == null || usage.wholeModules.has(tsSource.fileName)) return {};

    /** @param {any} esNode @param {string} name @param {import('eslint').Rule.ReportFixer | undefined} fix */
    const check = (esNode, name, fix) => {
      const tsNode = services.esTreeNodeToTSNodeMap.get(esNode);
      let symbol = tsNode == null ? undefined : checker.getSymbolAtLocation(tsNode);
      if (symbol == null) return;
      // `export { a }` names a local alias of the declaration; either one being imported counts. A re-export
      // (`export { a } from`) counts only its own importers: the original is marked by the re-export itself.
      const isReexport = esNode.parent?.parent?.source != null;
      const target = (symbol.flags & ts.SymbolFlags.Alias) !== 0 && !isReexport ? checker.getAliasedSymbol(symbol) : symbol;
      const exported = checker
        .getExportsOfModule(checker.getSymbolAtLocation(tsSource) ?? symbol)
        .find((candidate) => candidate.name === name);
      if ([symbol, target, exported].some((candidate) => candidate != null && usage.symbols.has(candidate))) return;
      context.report({ node: esNode, messageId: 'unused', data: { name }, ...(fix == null ? {} : { fix }) });
    };

    return {
      ExportNamedDeclaration(node) {
        const declaration = /** @type {any} */ (node.declaration);
        if (declaration != null) {
          // The fix drops the `export` keyword; the declaration stays, and no-unused-vars then finds dead code.
          /** @type {import('eslint').Rule.ReportFixer} */
          const dropExport = (fixer) => fixer.removeRange([node.range[0], declaration.range[0]]);
          if (declaration.type === 'VariableDeclaration') {
            const single = declaration.declarations.length === 1;
            for (const declarator of declaration.declarations)
              if (declarator.id.type === 'Identifier') check(declarator.id, declarator.id.name, single ? dropExport : undefined);
          } else if (declaration.id != null && declaration.id.type === 'Identifier') {
            check(declaration.id, declaration.id.name, dropExport);
          }
          return;
        }
        const specifiers = node.specifiers;
        specifiers.forEach((specifier, index) => {
          const exportedName = specifier.exported.type === 'Identifier' ? specifier.exported.name : String(specifier.exported.value);
          /** @type {import('eslint').Rule.ReportFixer} */
          const dropSpecifier = (fixer) => {
            if (specifiers.length === 1) return fixer.remove(node);
            const next = specifiers[index + 1];
            const previous = specifiers[index - 1];
            const range = /** @type {[number, number]} */ ([specifier.range?.[0] ?? 0, specifier.range?.[1] ?? 0]);
            if (next != null) return fixer.removeRange([range[0], next.range?.[0] ?? range[1]]);
            return fixer.removeRange([previous?.range?.[1] ?? range[0], range[1]]);
          };
          check(specifier.exported, exportedName, dropSpecifier);
        });
      },
      ExportDefaultDeclaration(node) {
        check(node, 'default', undefined);
      },
    };
  },
};
