/** Namespaces whose ids carry one more leading segment (SDK `utils.ts` ENDPOINT_NAMESPACES). */
const NAMESPACES = ['workflows', 'comfy'];

/**
 * The queue URLs of one request. Status, result and cancel live under `{owner}/{alias}` only —
 * the endpoint's sub-path is dropped (research §6 "note the path truncation").
 */
export interface FalQueueUrls {
  readonly statusUrl: string;
  readonly responseUrl: string;
  readonly cancelUrl: string;
}

/** The queue URLs built the way the SDK builds them, for when the submit answer lacks usable ones. */
export function buildFalQueueUrls(baseUrl: string, endpointId: string, requestId: string): FalQueueUrls {
  const parts = endpointId.split('/');
  const appLength = NAMESPACES.includes(parts[0] ?? '') ? 3 : 2;
  const app = parts.slice(0, appLength).map(encodeURIComponent).join('/');
  const requestUrl = `${baseUrl.replace(/\/+$/, '')}/${app}/requests/${encodeURIComponent(requestId)}`;
  return { statusUrl: `${requestUrl}/status`, responseUrl: requestUrl, cancelUrl: `${requestUrl}/cancel` };
}

/** The submit URL: the full endpoint id, sub-path included. */
export function falSubmitUrl(baseUrl: string, endpointId: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${endpointId.split('/').map(encodeURIComponent).join('/')}`;
}
