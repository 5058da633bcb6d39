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
  /**
   * A catch-all line (fal submits to any endpoint id): a method it does not take leaves the path
   * unknown (404) rather than making it a 405. @default false
   */
  readonly fallback?: boolean;
}

type RouteMatch =
  | { readonly kind: 'found'; readonly route: EmulatorRoute; readonly params: readonly string[] }
  | { readonly kind: 'wrong-method'; readonly allowed: readonly string[] }
  | { readonly kind: 'unknown' };

/** The one matcher: the first line whose pattern and method fit; else whether the path exists under another method. */
export function matchRoute(routes: readonly EmulatorRoute[], method: string, pathname: string, decodeParams = true): RouteMatch {
  const allowed = new Set<string>();
  for (const route of routes) {
    const match = route.pattern.exec(pathname);
    if (match == null) continue;
    if (route.methods.includes(method)) {
      const params = match.slice(1).map((param) => param ?? '');
      return { kind: 'found', route, params: decodeParams ? params.map(safeDecode) : params };
    }
    if (route.fallback === true) continue;
    for (const allowedMethod of route.methods) allowed.add(allowedMethod);
  }
  return allowed.size === 0 ? { kind: 'unknown' } : { kind: 'wrong-method', allowed: [...allowed] };
}

/** How a wrong method is answered: JSON in the vendor's error envelope, or the vendor's own answer. */
type WrongMethodAnswer =
  | {
      /** The vendor's own error envelope for a status: 405s are answered in it, as the real API does. */
      readonly errorBody: (status: number, detail: string) => unknown;
      readonly answerWrongMethod?: never;
    }
  | {
      /** Answers a wrong method itself, in the vendor's words, headers and status (a 405 with `Allow`, Google's 404). */
      readonly answerWrongMethod: (request: RoutedRequest, allowed: readonly string[]) => void;
      readonly errorBody?: never;
    };

type RouteTableOptions = WrongMethodAnswer & {
  /**
   * Runs for every path the table knows, before its method is checked: what the real API checks
   * first (authentication, a shut-down API, a CORS preflight or Origin check). `route` is the line
   * that will answer, undefined when the method is wrong. Resolves true when it answered.
   */
  readonly before?: (request: RoutedRequest, route: EmulatorRoute | undefined) => boolean | Promise<boolean>;
  /**
   * Match the percent-decoded path, as Google's front end routes; params are then taken as they
   * are, not decoded twice. @default false (match the path as sent, decode each param)
   */
  readonly matchDecodedPath?: boolean;
};

/**
 * An emulator's `handle` from its route table: the `before` hook first, then a wrong method is
 * answered 405 with `Allow` in the vendor's error shape (or by `answerWrongMethod`); a path no line knows resolves false, so the mount answers 404 (see
 * routeEmulatorRequest) or the host serves it.
 */
export function routeTable(
  routes: readonly EmulatorRoute[],
  options: RouteTableOptions,
): (req: IncomingMessage, res: ServerResponse, path: string) => Promise<boolean> {
  return async (req, res, path) => {
    const url = new URL(path, 'http://emulator');
    const method = req.method ?? 'GET';
    const decodedFirst = options.matchDecodedPath === true;
    const match = matchRoute(routes, method, decodedFirst ? safeDecode(url.pathname) : url.pathname, !decodedFirst);
    if (match.kind === 'unknown') return false;
    const request: RoutedRequest = { req, res, url, params: match.kind === 'found' ? match.params : [] };
    if ((await options.before?.(request, match.kind === 'found' ? match.route : undefined)) === true) return true;
    if (match.kind === 'wrong-method') {
      req.resume();
      if (options.answerWrongMethod != null) options.answerWrongMethod(request, match.allowed);
      else
        sendJson(res, 405, options.errorBody(405, `Method ${method} is not allowed on ${url.pathname}.`), {
          allow: match.allowed.join(', '),
        });
      return true;
    }
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
