// Webpack loader (Premiere bundle only) for src/shared/i18n/catalogs/en/index.ts: the English `diagnostics` area (the
// Diagnostics report's ~240 messages, about 6 KiB gzip) leaves the main script. Only the Diagnostics chunk formats
// English from it (src/shared/diagnostics/diagnostics-text.ts imports the area itself); the panel says the report in
// another language from that language's catalog (locales/*.js) and shows English as the report wrote it. The build fails
// if the area's import or spread is not where this loader expects, so a restructure cannot silently ship it twice.
const IMPORT = /^import \{ EN_DIAGNOSTICS \} from '\.\/diagnostics';\n/m;
const SPREAD = /^\s+\.\.\.EN_DIAGNOSTICS,\n/m;

module.exports = function englishDiagnosticsOnDemand(source) {
  if (!IMPORT.test(source) || !SPREAD.test(source)) {
    throw new Error(`english-diagnostics-on-demand-loader: no EN_DIAGNOSTICS import and spread in ${this.resourcePath}`);
  }
  return source.replace(IMPORT, '').replace(SPREAD, '');
};
