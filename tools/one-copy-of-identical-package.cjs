// One copy of a package that npm installed twice at the same version (nested under two dependents), for the panel
// bundles: a module rule whose resolve alias points the first dependent's requests at the second's copy. Two copies
// of @lit/reactive-element 1.6.3 (under lit and under lit-element) cost the Premiere script ~1 KiB gzip, and each
// copy registers its own ReactiveElement base class. The build fails when the copies' package.json versions differ,
// so an upgrade that splits them for real never gets one silently swapped for the other.
const { readFileSync } = require('node:fs');
const path = require('node:path');

/**
 * @param {{ root: string, name: string, from: string, to: string }} options `from`/`to`: the dependents (folders
 *   under node_modules) whose nested copies of `name` are the same; `from`'s requests get `to`'s copy.
 * @returns {import('webpack').RuleSetRule}
 */
function oneCopyOfIdenticalPackage({ root, name, from, to }) {
  const nested = (dependent) => path.join(root, 'node_modules', dependent, 'node_modules', name);
  const versionOf = (folder) => JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')).version;
  const [fromVersion, toVersion] = [versionOf(nested(from)), versionOf(nested(to))];
  if (fromVersion !== toVersion) {
    throw new Error(`one-copy-of-identical-package: ${name} is ${fromVersion} under ${from} but ${toVersion} under ${to}; drop the rule`);
  }
  return {
    test: new RegExp(`[\\\\/]node_modules[\\\\/]${from.replace(/[/\\.]/g, '[\\\\/.]')}[\\\\/](?!node_modules[\\\\/])`),
    resolve: { alias: { [name]: nested(to) } },
  };
}

module.exports = { oneCopyOfIdenticalPackage };
