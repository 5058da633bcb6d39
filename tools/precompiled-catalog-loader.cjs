// Webpack loader (panel bundles: Premiere and the sandbox) for one catalog area, src/shared/i18n/catalogs/<locale>/<area>.ts,
// run on ts-loader's output: every ICU message becomes the syntax tree @formatjs would parse at run time, so the
// bundle ships the trees and no message parser (webpack.config.js points @formatjs/icu-messageformat-parser at its
// no-parser build there). Measured 2026-12-06: English trees +1.4 KiB gzip, parser and skeleton parser −7.7 KiB.
// An area module is one object literal of strings; anything else, or a message that does not parse, fails the build,
// so a broken message can never reach an editor as raw ICU.
const vm = require('node:vm');
const { parse } = require('@formatjs/icu-messageformat-parser');

const AREA_EXPORT = /^export const (\w+)(?::[^=]+)? = (\{[\s\S]*\});\s*(?:\/\/# sourceMappingURL=.*)?\s*$/m;

/** The locale a folder holds, for the parser's locale-dependent skeletons (the same as the runtime would pass). */
const LOCALE_OF_FOLDER = { en: 'en', fr: 'fr', ca: 'ca', pl: 'pl', 'zh-hans': 'zh-Hans' };

module.exports = function precompiledCatalog(source) {
  const folder = this.resourcePath.split(/[\\/]/).at(-2);
  const locale = LOCALE_OF_FOLDER[folder];
  if (locale == null) throw new Error(`precompiled-catalog-loader: ${this.resourcePath} is not in a known locale folder`);
  const match = AREA_EXPORT.exec(source);
  const notOneObject = `precompiled-catalog-loader: ${this.resourcePath} is not one exported object of messages`;
  if (match == null || source.match(/^export /gm).length !== 1) throw new Error(notOneObject);
  const [, name, literal] = match;
  let messages;
  try {
    // An object literal of strings evaluates alone; a name from elsewhere in the module (a computed message) does not.
    messages = vm.runInNewContext(`(${literal})`, Object.create(null), { timeout: 1_000 });
  } catch (error) {
    throw new Error(`${notOneObject}: ${error.message}`);
  }
  const trees = {};
  for (const [id, text] of Object.entries(messages)) {
    if (typeof text !== 'string') throw new Error(`precompiled-catalog-loader: ${id} in ${this.resourcePath} is not a string`);
    try {
      trees[id] = parse(text, { locale: new Intl.Locale(locale) });
    } catch (error) {
      throw new Error(`precompiled-catalog-loader: ${id} in ${this.resourcePath} is not valid ICU: ${error.message}`);
    }
  }
  return `export const ${name} = ${JSON.stringify(trees)};\n`;
};
