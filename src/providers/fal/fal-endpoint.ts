/** The input formats ClipRelay knows how to fill, by endpoint family. */
export type FalEndpointFamily = 'kling' | 'veo';

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

/** Which input format an endpoint takes, from its id; undefined for one we cannot fill. */
export function falEndpointFamily(endpointId: string): FalEndpointFamily | undefined {
  if (/^fal-ai\/kling-video\//.test(endpointId)) return 'kling';
  if (/^fal-ai\/veo3(\.\d+)?(\/|$)/.test(endpointId)) return 'veo';
  return undefined;
}

/**
 * Whether a fal Kling endpoint takes `generate_audio`: v2.6 and newer do, earlier ones are
 * silent (research §6; the same rule as Kling's own `sound`). Decided from the id so a newer
 * version works before the catalog lists it.
 */
export function falKlingSupportsAudio(endpointId: string): boolean {
  const match = /^fal-ai\/kling-video\/v(\d+)(?:\.(\d+))?/.exec(endpointId);
  if (match == null) return false;
  const major = Number(match[1]);
  const minor = match[2] == null ? 0 : Number(match[2]);
  return major > 2 || (major === 2 && minor >= 6);
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
