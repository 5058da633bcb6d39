// Webpack loader (Premiere bundle only): replaces zod's JSON Schema export (core/to-json-schema.js and
// core/json-schema-processors.js, ~18 KiB minified) with stubs of the same names.
//
// zod's classic schemas reach these modules from every constructor (`inst._zod.processJSONSchema = …`,
// `~standard.jsonSchema`), so tree shaking cannot drop them, yet the panel never converts a schema to JSON Schema.
// Every stub keeps its export's name; calling one (or the function a `create…Method` stub returns) throws, so a
// future caller fails loudly instead of getting a wrong schema. The build fails if the modules stop exporting what
// zod's classic schemas import, so an upgrade cannot silently change shape.
const EXPORT = /^export\s+(?:async\s+)?(?:function\*?|const|let|class)\s+([\w$]+)|^export\s*\{([^}]*)\}/gm;
const REQUIRED = ['createToJSONSchemaMethod', 'createStandardJSONSchemaMethod', 'stringProcessor', 'objectProcessor', 'toJSONSchema'];

/** The names a module exports (`export function a`, `export const b`, `export { c as d }`). */
function exportedNames(source) {
  const names = [];
  for (const [, declared, list] of source.matchAll(EXPORT)) {
    if (declared) names.push(declared);
    else
      for (const item of list.split(',').filter((part) => part.trim() !== ''))
        names.push(
          item
            .trim()
            .split(/\s+as\s+/)
            .pop(),
        );
  }
  return names;
}

module.exports = function zodWithoutJsonSchema(source) {
  const names = exportedNames(source);
  if (!REQUIRED.some((name) => names.includes(name))) {
    throw new Error(`zod-without-json-schema-loader: ${this.resourcePath} exports none of ${REQUIRED.join(', ')}; update the loader`);
  }
  const unavailable =
    'function unavailable() { throw new Error("ClipRelay\'s Premiere panel bundles zod without JSON Schema conversion"); }';
  // The create…Method factories run while a schema is built (their results are called only on conversion).
  const stub = (name) =>
    /^create\w*Method$/.test(name) ? `export const ${name} = () => unavailable;` : `export const ${name} = unavailable;`;
  return `${unavailable}\n${names.map(stub).join('\n')}\n`;
};
module.exports.exportedNames = exportedNames;
