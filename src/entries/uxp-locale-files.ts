import { describeError } from '../shared/app-error';

type Catalog = Readonly<Record<string, string>>;
/** UXP's CommonJS require (plugin files, relative to index.js). Webpack leaves `__non_webpack_require__` as `require`. */
type RequireFile = (path: string) => unknown;
declare const __non_webpack_require__: RequireFile;

const loaded = new Map<string, Catalog>();

interface PluginFolderOptions {
  /**
   * Areas the Premiere main script's English leaves out with their ids (`diagnostics`, `cli`; see
   * tools/english-areas-for-premiere-loader.cjs): a language file's ids in them are still this build's.
   */
  readonly areasLeftOut?: readonly string[];
  readonly requireFile?: RequireFile;
}

/**
 * A non-English message catalog in the Premiere build: `locales/<folder>.js` beside index.js (webpack.config.js
 * emits one per language; tools/catalogs-from-plugin-folder-loader.cjs points the catalog table here), read with
 * UXP's require the first time the language is used, so only the chosen language is parsed. A file that cannot be
 * read or holds no catalog leaves the panel in English (said once on the console), never blank.
 */
export function catalogFromPluginFolder<English extends Catalog>(
  folder: string,
  exportName: string,
  english: English,
  { areasLeftOut = [], requireFile = (path) => __non_webpack_require__(path) }: PluginFolderOptions = {},
): English {
  const cached = loaded.get(folder);
  if (cached != null) return cached as English;
  let catalog: Catalog = english;
  try {
    const exported = requireFile(`./locales/${folder}.js`) as Record<string, unknown> | null | undefined;
    const candidate = exported?.[exportName];
    if (isCatalogLike(candidate, english, areasLeftOut)) catalog = candidate;
    else console.warn(`ClipRelay: locales/${folder}.js holds no ${exportName}; the panel stays in English.`);
  } catch (error) {
    console.warn(
      `ClipRelay: locales/${folder}.js could not be read from the plugin folder (${describeError(error)}); the panel stays in English.`,
    );
  }
  loaded.set(folder, catalog);
  return catalog as English;
}

/**
 * Messages under the English ids or in an area left out of the main script (a missing id still falls back to English
 * per message in the translator): ICU text, or the syntax tree the build parsed it into
 * (tools/precompiled-catalog-loader.cjs).
 */
function isCatalogLike(value: unknown, english: Catalog, areasLeftOut: readonly string[]): value is Catalog {
  if (typeof value !== 'object' || value == null) return false;
  const entries = Object.entries(value as Record<string, unknown>);
  const known = (id: string) => id in english || areasLeftOut.some((area) => id.startsWith(`${area}.`));
  return entries.length > 0 && entries.every(([id, message]) => (typeof message === 'string' || Array.isArray(message)) && known(id));
}
