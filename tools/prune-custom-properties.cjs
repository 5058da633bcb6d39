// @ts-check
// Spectrum's UXP theme (@swc-uxp-internal/theme) defines ~3,500 CSS custom properties for every Spectrum component;
// the panel's three wrapped components and its own styles read a few hundred. This drops the definitions nothing
// can reach, so the Premiere bundle stops carrying ~200 KiB of unused design tokens (see webpack.config.js).

// A definition starts a declaration (after `{` or `;`): `.spectrum-Body--sizeL:lang(ja)` is a selector, not one.
const DECLARATION = /(?<=[{;]\s*)(--[\w-]+)\s*:([^;}]*);?/g;
const TOKEN = /--[\w-]+/g;

/**
 * The custom properties still reachable: named anywhere in `referencingText` (outside the theme) or in the theme's
 * ordinary declarations, or named in the value of a reachable definition (`--a: var(--b)` keeps `--b` once `--a` is kept).
 * @param {readonly string[]} cssBodies
 * @param {string} referencingText
 * @returns {Set<string>}
 */
function reachableCustomProperties(cssBodies, referencingText) {
  /** @type {Map<string, string[]>} */
  const valuesByName = new Map();
  for (const body of cssBodies) {
    for (const [, name, value] of body.matchAll(DECLARATION)) valuesByName.set(name, [...(valuesByName.get(name) ?? []), value]);
  }
  // The theme's own ordinary declarations (`.spectrum-Body{font-family:var(--…)}`) read tokens too.
  const ordinaryDeclarations = cssBodies.map((body) => body.replace(DECLARATION, '')).join('');
  const reachable = new Set();
  const pending = [...new Set(`${referencingText}${ordinaryDeclarations}`.match(TOKEN) ?? [])].filter((name) => valuesByName.has(name));
  while (pending.length > 0) {
    const name = /** @type {string} */ (pending.pop());
    if (reachable.has(name)) continue;
    reachable.add(name);
    for (const value of valuesByName.get(name) ?? []) {
      for (const used of value.match(TOKEN) ?? []) if (valuesByName.has(used) && !reachable.has(used)) pending.push(used);
    }
  }
  return reachable;
}

/**
 * Each CSS body without the custom-property definitions nobody reaches. Ordinary declarations, selectors and rules
 * stay as they are, so only unreachable names (which no var() could read) disappear.
 * @param {readonly string[]} cssBodies
 * @param {string} referencingText everything else in the bundle
 * @returns {string[]}
 */
function pruneCustomProperties(cssBodies, referencingText) {
  const reachable = reachableCustomProperties(cssBodies, referencingText);
  return cssBodies.map((body) => body.replace(DECLARATION, (declaration, name) => (reachable.has(name) ? declaration : '')));
}

module.exports = { pruneCustomProperties, reachableCustomProperties };
