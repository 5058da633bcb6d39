// Webpack loader (Premiere bundle only) for src/shared/i18n/catalogs/en/index.ts: English areas the panel's main
// script does not need to carry (options from webpack.config.js):
//   leftOut   areas dropped with their ids: `diagnostics` (the Diagnostics chunk imports its English itself, see
//             src/shared/diagnostics/diagnostics-text.ts) and `cli` (the command line's own words, never in the panel).
//             src/entries/uxp-locale-files.ts still accepts a language file carrying these ids (same list, passed by
//             tools/catalogs-from-plugin-folder-loader.cjs).
//   onDemand  areas whose ids stay but whose messages are read from locales/en-<area>.js at first use (host refusal
//             details, pack problems: rare paths; the English an error shows is its own `message`, so these are read
//             only to format an id): src/entries/uxp-english-areas.ts defines a getter per id.
// The build fails if an area's import and spread are not where this loader expects, so a restructure cannot silently
// ship an area twice or lose it.
const { readFileSync } = require('node:fs');
const path = require('node:path');

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ID = /^\s+'([\w.-]+)':/gm;

/** The `import { EN_X } from './area';` line and the `...EN_X,` line of one area, or a build error. */
function areaLines(source, area, resourcePath) {
  const importLine = new RegExp(`^import \\{ (EN_\\w+) \\} from '\\./${escape(area)}';\\n`, 'm').exec(source);
  const name = importLine?.[1];
  const spread = name == null ? null : new RegExp(`^\\s+\\.\\.\\.${name},\\n`, 'm').exec(source);
  if (importLine == null || spread == null) {
    throw new Error(`english-areas-for-premiere-loader: no import and spread of the '${area}' area in ${resourcePath}`);
  }
  return { name, importLine: importLine[0], spread: spread[0] };
}

module.exports = function englishAreasForPremiere(source) {
  const { leftOut = [], onDemand = [] } = this.getOptions?.() ?? {};
  let output = source;
  for (const area of leftOut) {
    const { importLine, spread } = areaLines(output, area, this.resourcePath);
    output = output.replace(importLine, '').replace(spread, '');
  }
  const getters = [];
  for (const area of onDemand) {
    const { name, importLine, spread } = areaLines(output, area, this.resourcePath);
    const file = path.join(path.dirname(this.resourcePath), `${area}.ts`);
    this.addDependency?.(file);
    const ids = [...readFileSync(file, 'utf8').matchAll(ID)].map((match) => match[1]);
    if (ids.length === 0) throw new Error(`english-areas-for-premiere-loader: no message ids in ${file}`);
    output = output.replace(importLine, '').replace(spread, '');
    getters.push(`englishAreaOnDemand(EN_MESSAGES, ${JSON.stringify(area)}, ${JSON.stringify(name)}, ${JSON.stringify(ids)});`);
  }
  if (getters.length === 0) return output;
  const end = /^export const EN_MESSAGES = \{\n[\s\S]*?^\} as const;\n/m.exec(output);
  if (end == null)
    throw new Error(`english-areas-for-premiere-loader: no 'export const EN_MESSAGES = { … } as const;' in ${this.resourcePath}`);
  const helper = path.join(__dirname, '../src/entries/uxp-english-areas.ts').split(path.sep).join('/');
  const at = end.index + end[0].length;
  return `import { englishAreaOnDemand } from '${helper}';\n${output.slice(0, at)}${getters.join('\n')}\n${output.slice(at)}`;
};
