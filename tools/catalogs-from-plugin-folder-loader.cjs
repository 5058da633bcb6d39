// Webpack loader (Premiere bundle only) for src/shared/i18n/catalogs/index.ts: the non-English catalogs leave the
// main script. Each `import { FR_MESSAGES } from './fr';` is dropped and its entry in the CATALOGS table becomes a
// getter reading locales/fr.js from the plugin folder at first use (src/entries/uxp-locale-files.ts; webpack.config.js
// builds those files). The build fails if the table stops looking like this, so a restructure cannot silently ship
// every language again or none.
const path = require('node:path');

const LOCALE_IMPORT = /^import \{ (\w+_MESSAGES) \} from '\.\/([\w-]+)';\n/gm;

module.exports = function catalogsFromPluginFolder(source) {
  // English areas the main script leaves out with their ids (webpack.config.js, tools/english-areas-for-premiere-loader.cjs).
  const { englishAreasLeftOut = [] } = this.getOptions?.() ?? {};
  const options = englishAreasLeftOut.length === 0 ? '' : `, { areasLeftOut: ${JSON.stringify(englishAreasLeftOut)} }`;
  const foldersByName = new Map();
  const withoutImports = source.replace(LOCALE_IMPORT, (line, name, folder) => {
    if (folder === 'en') return line;
    foldersByName.set(name, folder);
    return '';
  });
  if (foldersByName.size === 0)
    throw new Error(`catalogs-from-plugin-folder-loader: no non-English catalog import in ${this.resourcePath}`);
  const helper = path.join(__dirname, '../src/entries/uxp-locale-files.ts').split(path.sep).join('/');
  let replaced = 0;
  const withGetters = withoutImports.replace(/^(\s+)('[\w-]+'|[\w]+): (\w+_MESSAGES),$/gm, (entry, indent, key, name) => {
    const folder = foldersByName.get(name);
    if (folder == null) return entry;
    replaced += 1;
    return `${indent}get ${key}() { return catalogFromPluginFolder('${folder}', '${name}', EN_MESSAGES${options}); },`;
  });
  if (replaced !== foldersByName.size) {
    throw new Error(
      `catalogs-from-plugin-folder-loader: ${foldersByName.size} catalogs imported but ${replaced} table entries found in ${this.resourcePath}`,
    );
  }
  return `import { catalogFromPluginFolder } from '${helper}';\n${withGetters}`;
};
