import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './emulator-http';

/** A request a route answers, with the pattern's capture groups (URL-decoded). */
export interface RoutedRequest {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly url: URL;
  readonly params: readonly string[];
}

/** One line of an emulator's route table. */
export interface EmulatorRoute {
  /** The methods this line answers; list HEAD with GET where the vendor serves it. */
  readonly methods: readonly string[];
  /** Matched against the whole path (no query string); capture groups become `params`. */
  readonly pattern: RegExp;
  readonly handle: (request: RoutedRequest) => void | Promise<void>;
}

type RouteMatch =
  | { readonly kind: 'found'; readonly route: EmulatorRoute; readonly params: readonly string[] }
  | { readonly kind: 'wrong-method'; readonly allowed: readonly string[] }
  | { readonly kind: 'unknown' };

/** The one matcher: the first line whose pattern and method fit; else whether the path exists under another method. */
export function matchRoute(routes: readonly EmulatorRoute[], method: string, pathname: string): RouteMatch {
  const allowed = new Set<string>();
  for (const route of routes) {
    const match = route.pattern.exec(pathname);
    if (match == null) continue;
    if (route.methods.includes(method)) {
      return { kind: 'found', route, params: match.slice(1).map((param) => (param == null ? '' : safeDecode(param))) };
    }
    for (const allowedMethod of route.methods) allowed.add(allowedMethod);
  }
  return allowed.size === 0 ? { kind: 'unknown' } : { kind: 'wrong-method', allowed: [...allowed] };
}

interface RouteTableOptions {
  /** The vendor's own error envelope for a status: 405s are answered in it, as the real API does. */
  readonly errorBody: (status: number, detail: string) => unknown;
  /** Runs before a found route (authentication, scripted faults); resolves true when it answered. */
  readonly before?: (request: RoutedRequest, route: EmulatorRoute) => boolean | Promise<boolean>;
}

/**
 * An emulator's `handle` from its route table: a wrong method is answered 405 with `Allow` in the
 * vendor's error shape; a path no line knows resolves false, so the mount answers 404 (see
 * routeEmulatorRequest) or the host serves it.
 */
export function routeTable(
  routes: readonly EmulatorRoute[],
  options: RouteTableOptions,
): (req: IncomingMessage, res: ServerResponse, path: string) => Promise<boolean> {
  return async (req, res, path) => {
    const url = new URL(path, 'http://emulator');
    const method = req.method ?? 'GET';
    const match = matchRoute(routes, method, url.pathname);
    if (match.kind === 'unknown') return false;
    if (match.kind === 'wrong-method') {
      req.resume();
      sendJson(res, 405, options.errorBody(405, `Method ${method} is not allowed on ${url.pathname}.`), {
        allow: match.allowed.join(', '),
      });
      return true;
    }
    const request: RoutedRequest = { req, res, url, params: match.params };
    if ((await options.before?.(request, match.route)) === true) return true;
    await match.route.handle(request);
    return true;
  };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
