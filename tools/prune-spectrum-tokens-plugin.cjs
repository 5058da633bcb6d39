// @ts-check
// Webpack plugin: in each emitted script, drops the Spectrum theme's custom-property definitions that nothing else in
// that script names (tools/prune-custom-properties.cjs). It runs on the joined, not yet minified bundle, so "nothing
// else" is exactly what ships: the wrapped components' CSS, our styles and scripts. A theme file it cannot find
// verbatim is a build error, never a silent no-op.
const { readFileSync } = require('node:fs');
const { Compilation, sources } = require('webpack');
const { pruneCustomProperties } = require('./prune-custom-properties.cjs');

const NAME = 'PruneSpectrumTokensPlugin';

/** The CSS between the first and last backtick of a `css\`…\`` module (theme files hold one literal, no `${}`). */
function cssLiteralBody(/** @type {string} */ file) {
  const text = readFileSync(file, 'utf8');
  return text.slice(text.indexOf('`') + 1, text.lastIndexOf('`'));
}

/** Every module's file, concatenated modules opened up. */
function* moduleResources(/** @type {Iterable<any>} */ modules) {
  for (const module of modules) {
    if (module.modules) yield* moduleResources(module.modules);
    else if (typeof module.resource === 'string') yield module.resource;
  }
}

class PruneSpectrumTokensPlugin {
  /** @param {{ test: RegExp }} options which modules are theme token files */
  constructor(options) {
    this.test = options.test;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      // Before minification (OPTIMIZE_SIZE), so the literals are still verbatim; the source map follows the edit.
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE }, () => {
        const themeFiles = [...new Set(moduleResources(compilation.modules))].filter((file) => this.test.test(file)).sort();
        if (themeFiles.length === 0) return;
        const bodies = themeFiles.map(cssLiteralBody);
        for (const asset of compilation.getAssets().filter((candidate) => candidate.name.endsWith('.js'))) {
          const code = String(asset.source.source());
          const found = bodies.map((body) => ({ body, start: code.indexOf(body) }));
          if (found.every(({ start }) => start < 0)) continue;
          const missing = themeFiles.filter((_, i) => found[i].start < 0);
          if (missing.length > 0) {
            compilation.errors.push(new Error(`${NAME}: ${asset.name} holds some theme files but not verbatim: ${missing.join(', ')}`));
            continue;
          }
          let referencing = code;
          for (const body of bodies) referencing = referencing.split(body).join('');
          const pruned = pruneCustomProperties(bodies, referencing);
          const edited = new sources.ReplaceSource(asset.source);
          found.forEach(({ body, start }, i) => edited.replace(start, start + body.length - 1, pruned[i]));
          compilation.updateAsset(asset.name, edited);
        }
      });
    });
  }
}

module.exports = { PruneSpectrumTokensPlugin };
