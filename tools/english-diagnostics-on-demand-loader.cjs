// Webpack loader (Premiere bundle only) for src/shared/i18n/catalogs/en/index.ts: the English `diagnostics` area's
// messages (the Diagnostics report's ~240, about 6 KiB gzip) leave the main script. Only the Diagnostics chunk formats
// English from them (src/shared/diagnostics/diagnostics-text.ts imports the area itself); the panel says the report in
// another language from that language's catalog (locales/*.js) and shows English as the report wrote it. The ids stay,
// each with an empty message, so the English catalog still knows every id a locale file carries (uxp-locale-files.ts
// accepts a language only if it does). The build fails if the area's import is not where this loader expects, so a
// restructure cannot silently ship it twice.
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

const IMPORT = /^import \{ EN_DIAGNOSTICS \} from '\.\/diagnostics';\n/m;
const SPREAD = /^\s+\.\.\.EN_DIAGNOSTICS,\n/m;
const ID = /^\s+'(diagnostics\.\w+)':/gm;

module.exports = function englishDiagnosticsOnDemand(source) {
  if (!IMPORT.test(source) || !SPREAD.test(source)) {
    throw new Error(`english-diagnostics-on-demand-loader: no EN_DIAGNOSTICS import and spread in ${this.resourcePath}`);
  }
  const area = join(dirname(this.resourcePath), 'diagnostics.ts');
  this.addDependency?.(area);
  const ids = [...readFileSync(area, 'utf8').matchAll(ID)].map((match) => match[1]);
  if (ids.length === 0) throw new Error(`english-diagnostics-on-demand-loader: no message ids in ${area}`);
  // An empty syntax tree per id (what the precompiled catalogs hold): known to the catalog, never formatted in English.
  const stub = `const EN_DIAGNOSTICS = {\n${ids.map((id) => `  ${JSON.stringify(id)}: [] as unknown as string,`).join('\n')}\n};\n`;
  return source.replace(IMPORT, stub);
};
