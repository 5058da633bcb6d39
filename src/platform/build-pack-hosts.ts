// Replaced at build time by webpack's DefinePlugin (tools/pack-hosts.cjs); absent in tests and the CLI.
declare const __CLIPRELAY_PACK_HOSTS__: readonly string[] | undefined;

/**
 * The hosts this build lets the panel subscribe to packs from (cliprelay.build.json, `--env
 * pack-host=…`): the same hosts the built manifest lists, so a subscription elsewhere is refused
 * with the setting to change instead of failing inside UXP. Empty outside a webpack build.
 */
export function buildPackHosts(): readonly string[] {
  return typeof __CLIPRELAY_PACK_HOSTS__ === 'undefined' ? [] : __CLIPRELAY_PACK_HOSTS__;
}
