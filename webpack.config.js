// Three bundles from one source tree (see ../shared/DESIGN.md "Four ways in, one core"):
//   dist/uxp      the Premiere panel, loaded by UXP (premierepro/uxp are provided by the host)
//   dist/sandbox  the same panel for a browser, against the in-memory host
//   dist/node     the CLI and the sandbox server
const { readdirSync } = require('node:fs');
const path = require('node:path');
const CopyPlugin = require('copy-webpack-plugin');
const { DefinePlugin, optimize } = require('webpack');
const { packHosts, manifestWithPackHosts } = require('./tools/pack-hosts.cjs');
const { PruneSpectrumTokensPlugin } = require('./tools/prune-spectrum-tokens-plugin.cjs');
const { oneCopyOfIdenticalPackage } = require('./tools/one-copy-of-identical-package.cjs');

const root = __dirname;
// Hosts agency packs may be subscribed from (cliprelay.build.json, --env pack-host=…): into the manifest and the panel.
const PACK_HOSTS = packHosts({ root, argv: process.argv, env: process.env });

// One entry per non-English catalog folder (src/shared/i18n/catalogs/<folder>/index.ts) for the Premiere build.
const CATALOGS_DIR = path.join(root, 'src/shared/i18n/catalogs');
const LOCALE_FILE_ENTRIES = Object.fromEntries(
  readdirSync(CATALOGS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'en')
    .map((entry) => [`locales/${entry.name}`, { import: path.join(CATALOGS_DIR, entry.name, 'index.ts'), library: { type: 'commonjs2' } }]),
);

/**
 * English areas the Premiere main script does not carry (tools/english-areas-for-premiere-loader.cjs): left out with
 * their ids (Diagnostics formats its own English in its chunk; the CLI's words and the sandbox page's frame never show
 * in the panel), or read
 * from locales/en-<area>.js the first time one of their messages is formatted (rare paths).
 */
const ENGLISH_AREAS_LEFT_OUT = ['diagnostics', 'cli', 'sandbox'];
const ENGLISH_AREAS_ON_DEMAND = ['host', 'packs'];
const ENGLISH_AREA_FILE_ENTRIES = Object.fromEntries(
  ENGLISH_AREAS_ON_DEMAND.map((area) => [
    `locales/en-${area}`,
    { import: path.join(CATALOGS_DIR, 'en', `${area}.ts`), library: { type: 'commonjs2' } },
  ]),
);

/**
 * The panel bundles (Premiere, sandbox) ship each catalog message as its parsed syntax tree and no ICU parser: see
 * tools/precompiled-catalog-loader.cjs. The sandbox does the same so the browser tests run what Premiere runs.
 */
const PRECOMPILED_CATALOGS = {
  rule: {
    test: /[\\/]src[\\/]shared[\\/]i18n[\\/]catalogs[\\/][\w-]+[\\/](?!index\.ts$)[\w-]+\.ts$/,
    enforce: 'post',
    loader: path.join(root, 'tools/precompiled-catalog-loader.cjs'),
  },
  resolve: {
    extensions: ['.ts', '.tsx', '.js', '.mjs'],
    alias: { '@formatjs/icu-messageformat-parser$': require.resolve('@formatjs/icu-messageformat-parser/no-parser.js') },
  },
};

// The panel bundles' Spectrum components reach @lit/reactive-element through lit and lit-element, each with its own
// nested copy of the same version: one copy ships (see the tool).
const ONE_REACTIVE_ELEMENT = oneCopyOfIdenticalPackage({ root, name: '@lit/reactive-element', from: 'lit', to: 'lit-element' });

/**
 * @typedef {{ moduleRules?: import('webpack').RuleSetRule[], splitOnDemand?: boolean }} BaseOptions
 * @type {(extra: import('webpack').Configuration & BaseOptions) => import('webpack').Configuration}
 */
const base = ({ moduleRules = [], splitOnDemand = false, plugins = [], ...extra }) => ({
  mode: 'production',
  // UXP forbids eval: never an eval-based source map.
  devtool: 'source-map',
  resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  module: {
    rules: [
      { test: /\.tsx?$/, loader: 'ts-loader', options: { transpileOnly: true, configFile: path.join(root, 'tsconfig.json') } },
      // zod's code generator (`new Function`) must not ship; see the loader for why this is safe.
      { test: /[\\/]zod[\\/]v4[\\/]core[\\/](util|doc|compile)\.js$/, loader: path.join(root, 'tools/zod-without-codegen-loader.cjs') },
      ...moduleRules,
    ],
    // Spectrum Web Components load parts with import() (overlay, polyfills): those stay in the bundle. Our own
    // on-demand parts ask for "lazy" explicitly; only the uxp bundle splits them out (the others keep one file).
    parser: { javascript: { dynamicImportMode: 'eager' } },
  },
  performance: { hints: false },
  ...extra,
  // One file per bundle unless it loads its on-demand parts separately (uxp); import() then resolves in place.
  plugins: [...plugins, ...(splitOnDemand ? [] : [new optimize.LimitChunkCountPlugin({ maxChunks: 1 })])],
});

module.exports = [
  base({
    name: 'uxp',
    splitOnDemand: true,
    target: 'web',
    // Non-English catalogs as locales/<folder>.js (CommonJS), read when the language is first used (see the loader).
    entry: { index: './src/entries/uxp-panel.tsx', ...LOCALE_FILE_ENTRIES, ...ENGLISH_AREA_FILE_ENTRIES },
    // On demand (import() with webpackMode "lazy": timeline export, Diagnostics) becomes chunks/<name>.js, loaded with
    // UXP's CommonJS require, which reads plugin files relative to the requiring script (Adobe's "JavaScript Modules"
    // recipe for Premiere). Spectrum's own import() calls stay eager (parser option below).
    output: {
      path: path.join(root, 'dist/uxp'),
      filename: '[name].js',
      chunkFilename: 'chunks/[name].js',
      chunkFormat: 'commonjs',
      chunkLoading: 'require',
      clean: true,
    },
    // One chunk per on-demand part (no shared vendor chunk): each part is one require.
    optimization: { splitChunks: false },
    externalsType: 'commonjs',
    externals: { premierepro: 'premierepro', uxp: 'uxp', fs: 'fs', os: 'os', path: 'path' },
    resolve: PRECOMPILED_CATALOGS.resolve,
    moduleRules: [
      PRECOMPILED_CATALOGS.rule,
      ONE_REACTIVE_ELEMENT,
      // Folder index files only re-export: marked side-effect free, a name the panel never imports (e.g. the
      // Diagnostics runner, loaded on demand) does not pull its module into the main script.
      { test: /[\\/]src[\\/].+[\\/]index\.ts$/, sideEffects: false },
      // Only English in the main script: the others are locales/*.js (entries above), read on first use.
      {
        test: /[\\/]src[\\/]shared[\\/]i18n[\\/]catalogs[\\/]index\.ts$/,
        enforce: 'pre',
        loader: path.join(root, 'tools/catalogs-from-plugin-folder-loader.cjs'),
        options: { englishAreasLeftOut: ENGLISH_AREAS_LEFT_OUT },
      },
      // English areas left out or read on demand: see the loader.
      {
        test: /[\\/]src[\\/]shared[\\/]i18n[\\/]catalogs[\\/]en[\\/]index\.ts$/,
        enforce: 'pre',
        loader: path.join(root, 'tools/english-areas-for-premiere-loader.cjs'),
        options: { leftOut: ENGLISH_AREAS_LEFT_OUT, onDemand: ENGLISH_AREAS_ON_DEMAND },
      },
      // The panel never converts a schema to JSON Schema (the CLI and sandbox keep it): stubs, see the loader.
      {
        test: /[\\/]zod[\\/]v4[\\/]core[\\/](to-json-schema|json-schema-processors)\.js$/,
        loader: path.join(root, 'tools/zod-without-json-schema-loader.cjs'),
      },
    ],
    plugins: [
      new CopyPlugin({
        patterns: [
          { from: 'manifest.json', to: 'manifest.json', transform: (content) => manifestWithPackHosts(content.toString(), PACK_HOSTS) },
          // Copied as-is: UXP's HTML parser is not a browser's, so no HTML minification.
          { from: 'plugin', to: '.', info: { minimized: true } },
        ],
      }),
      new DefinePlugin({ __CLIPRELAY_PACK_HOSTS__: JSON.stringify(PACK_HOSTS) }),
      // Spectrum's UXP theme defines ~3,500 design tokens; only those the bundle names (≈700) ship.
      new PruneSpectrumTokensPlugin({ test: /[\\/]@swc-uxp-internal[\\/]theme[\\/]src[\\/][\w-]+\.css\.js$/ }),
    ],
  }),
  base({
    name: 'sandbox',
    target: 'web',
    entry: { sandbox: './src/entries/sandbox-page.tsx' },
    output: { path: path.join(root, 'dist/sandbox'), filename: '[name].js', clean: true },
    resolve: PRECOMPILED_CATALOGS.resolve,
    moduleRules: [PRECOMPILED_CATALOGS.rule, ONE_REACTIVE_ELEMENT],
    plugins: [
      new CopyPlugin({
        patterns: [
          { from: 'src/entries/sandbox.html', to: 'index.html', info: { minimized: true } },
          { from: 'plugin/icons', to: 'icons' },
        ],
      }),
      new DefinePlugin({ __CLIPRELAY_PACK_HOSTS__: JSON.stringify(PACK_HOSTS) }),
    ],
  }),
  base({
    name: 'node',
    target: 'node20',
    entry: {
      cli: './src/entries/cli-main.ts',
      'sandbox-server': './src/entries/sandbox-server-main.ts',
      // Not shipped: `npm run bench` runs it next to curl and ffmpeg.
      bench: './test/bench/bench-main.ts',
    },
    output: { path: path.join(root, 'dist/node'), filename: '[name].cjs', library: { type: 'commonjs2' }, clean: true },
    externalsPresets: { node: true },
    // Real __dirname, so the server finds dist/sandbox and assets/ next to its bundle.
    node: { __dirname: false, __filename: false },
    optimization: { minimize: false },
  }),
  // dist/resolve: the DaVinci Resolve Workflow Integration plugin (manifest.xml, main.js, preload.js, the page).
  // Electron is Resolve's own and Blackmagic's WorkflowIntegration.node is copied in at install: neither is bundled.
  base({
    name: 'resolve',
    target: 'web',
    entry: { main: './src/entries/resolve-main.ts', preload: './src/entries/resolve-preload.ts', panel: './src/entries/resolve-panel.tsx' },
    output: { path: path.join(root, 'dist/resolve'), filename: '[name].js', clean: true },
    externalsType: 'commonjs',
    externals: ({ request }, callback) =>
      request === 'electron' || /^node:/.test(request ?? '') ? callback(undefined, request) : callback(),
    // main.js runs in Electron's Node: its real __dirname is the plugin folder.
    node: { __dirname: false, __filename: false },
    plugins: [
      new CopyPlugin({ patterns: [{ from: 'plugin/resolve', to: '.', info: { minimized: true } }] }),
      // The main process fetches agency packs for the page from the same hosts the Premiere manifest lists.
      new DefinePlugin({ __CLIPRELAY_PACK_HOSTS__: JSON.stringify(PACK_HOSTS) }),
    ],
  }),
];
