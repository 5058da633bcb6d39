import type { ModelCatalog } from '../../providers/catalog';

/** Agency packs over HTTPS from the hosts this build allows (buildPackHosts), as the Premiere manifest lists them. */
export function packHostAllowList(hosts: readonly string[]): (url: URL) => boolean {
  return (url) => url.protocol === 'https:' && hosts.includes(url.host);
}

/**
 * The hosts the main process may fetch for the page: every API and download host the catalog lists for a
 * model not retired ("https://*.fal.media" matches any subdomain), exactly the Premiere manifest's domains.
 */
export function catalogUrlAllowList(catalog: ModelCatalog, extraOrigins: readonly string[] = []): (url: URL) => boolean {
  const patterns = [
    ...new Set(
      catalog.models
        .filter((model) => model.lifecycle?.status !== 'retired')
        .flatMap((model) => [...model.apiHosts, ...model.downloadHosts]),
    ),
    ...extraOrigins,
  ];
  return (url) =>
    patterns.some((pattern) => {
      const wildcard = /^(https?):\/\/\*\.(.+)$/.exec(pattern);
      if (wildcard == null) return url.origin === pattern;
      return url.protocol === `${wildcard[1]}:` && url.port === '' && url.hostname.endsWith(`.${wildcard[2]}`);
    });
}
