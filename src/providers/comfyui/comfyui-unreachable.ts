import { ProviderApiError } from '../spec';

/**
 * Whether a failed call to ComfyUI looks like the runtime refusing plain http:// rather than the
 * server being down: fetch rejected with a TypeError that carries no system error code (Node
 * gives ECONNREFUSED and the like as `cause.code`; UXP and browsers say only "Failed to fetch"),
 * for an http:// address. Adobe's UXP network guide for Premiere: "Premiere Pro disallows http://
 * URLs on macOS" (AdobeDocs/uxp-premiere-pro `resources/recipes/network/index.md`, troubleshooting
 * table: "Connection fails only on macOS — HTTPS required").
 */
export function looksLikePlainHttpRefusal(error: unknown, baseUrl: string): boolean {
  if (!(error instanceof TypeError) || !baseUrl.startsWith('http://')) return false;
  const cause: unknown = error.cause;
  return !(typeof cause === 'object' && cause != null && 'code' in cause && typeof cause.code === 'string');
}

/**
 * The error for that case: both readings, each with its way out. ComfyUI can serve https
 * (`--tls-keyfile`/`--tls-certfile`, comfy/cli_args.py), but the panel's manifest lists ComfyUI
 * at http://127.0.0.1:8188 only, so in Premiere on a Mac the way out is the command line.
 */
export function comfyUiUnreachableError(baseUrl: string, cause: unknown): ProviderApiError {
  return new ProviderApiError({
    provider: 'comfyui',
    kind: 'network',
    message:
      `Could not reach ComfyUI at ${baseUrl}. Check that ComfyUI is running there (python main.py). ` +
      'In Premiere on macOS this also happens when ComfyUI is running: Premiere allows plugins only https:// addresses on macOS (Adobe\u2019s UXP network guide), ' +
      'and ClipRelay can reach ComfyUI only at http://127.0.0.1:8188 — on a Mac, generate with ComfyUI from the command line (cliprelay generate --provider comfyui) and import the clip, or use Premiere on Windows.',
    cause,
  });
}
