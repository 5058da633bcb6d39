import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './emulator-http';
import type { RequestPhase } from './faults/emulator-fault';

/** One provider's emulator mounted under a path prefix, e.g. "/kling". */
export interface EmulatorMount {
  /** Provider id, e.g. "kling"; also what `cliprelay emulate` prints. */
  readonly name: string;
  /** Absolute path prefix, without a trailing slash, e.g. "/kling" or "/emulators/kling". */
  readonly prefix: string;
  /**
   * Handles a request whose path starts with the prefix. `path` is the rest, with its query
   * string, always starting with "/". Resolves false when the path is not one it knows.
   */
  handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean>;
  /** Which provider call a request is, so scripted faults can target creates, polls or downloads. */
  classify?(method: string, path: string): RequestPhase;
  /**
   * The vendor's own error envelope for an HTTP status, for faults answered in its words; `hint`
   * carries a scripted retry wait for vendors that put it in the body (see retryHintInBody).
   */
  errorBody?(status: number, hint?: { readonly retryAfterSeconds?: number }): unknown;
  /**
   * The vendor states its retry wait inside the error body (Google: `RetryInfo.retryDelay` in
   * `error.details[]`), never as a Retry-After header. @default false (a Retry-After header)
   */
  readonly retryHintInBody?: boolean;
}

/**
 * Hands the request to the mount whose prefix matches; false when none does. A path under a mount
 * that its emulator does not know is answered 404 in that vendor's error envelope (when the mount
 * has one), as the real API would, instead of falling through to the host.
 */
export async function routeEmulatorRequest(mounts: readonly EmulatorMount[], req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = req.url ?? '/';
  for (const mount of mounts) {
    if (url === mount.prefix || url.startsWith(`${mount.prefix}/`) || url.startsWith(`${mount.prefix}?`)) {
      const rest = url.slice(mount.prefix.length);
      const handled = await mount.handle(req, res, rest.startsWith('/') ? rest : `/${rest}`);
      if (handled || mount.errorBody == null) return handled;
      req.resume();
      sendJson(res, 404, mount.errorBody(404));
      return true;
    }
  }
  return false;
}
