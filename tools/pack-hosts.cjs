// The build's allowed pack hosts (README, "For agencies"): from cliprelay.build.json, from
// `npm run build -- --env pack-host=HOST` (repeatable; read from the command line because the
// webpack config is an array, which webpack-cli gives no env object) and from CLIPRELAY_PACK_HOSTS
// (comma separated). Each becomes https://HOST in the built manifest's network domains, and the
// panel gets the list (DefinePlugin __CLIPRELAY_PACK_HOSTS__) to refuse other hosts up front.
const { readFileSync } = require('node:fs');
const path = require('node:path');

const HOST = /^(\*\.)?([a-z0-9-]+\.)+[a-z]{2,}$/;

/** Pack hosts named on a webpack command line: `--env pack-host=a.com`, `--env=pack-host=a.com,b.com`. */
function hostsFromArgv(argv) {
  const hosts = [];
  argv.forEach((arg, index) => {
    const value = arg === '--env' ? argv[index + 1] : arg.startsWith('--env=') ? arg.slice('--env='.length) : null;
    if (value != null && value.startsWith('pack-host=')) hosts.push(...value.slice('pack-host='.length).split(','));
  });
  return hosts;
}

/**
 * Every allowed pack host, checked: lower-case host names, "*." for subdomains, never "all" or a URL.
 * @param {{ root: string, argv?: readonly string[], env?: Record<string, string | undefined> }} options
 */
function packHosts(options) {
  const file = path.join(options.root, 'cliprelay.build.json');
  const settings = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(settings.packHosts)) throw new Error(`${file}: "packHosts" must be a list of host names`);
  const fromEnv = (options.env?.CLIPRELAY_PACK_HOSTS ?? '').split(',');
  const all = [...settings.packHosts, ...hostsFromArgv(options.argv ?? []), ...fromEnv].map((host) => String(host).trim().toLowerCase());
  const hosts = [...new Set(all.filter((host) => host !== ''))];
  for (const host of hosts) {
    if (!HOST.test(host))
      throw new Error(`Pack host "${host}" is not a host name (e.g. packs.acme.com or *.acme.com; no https://, no path, never "all")`);
  }
  return hosts;
}

/** The manifest's text with https://HOST added to requiredPermissions.network.domains for each pack host. */
function manifestWithPackHosts(manifestText, hosts) {
  const manifest = JSON.parse(manifestText);
  const domains = manifest.requiredPermissions.network.domains;
  for (const host of hosts) if (!domains.includes(`https://${host}`)) domains.push(`https://${host}`);
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

module.exports = { packHosts, manifestWithPackHosts };
