import { HTTPError, TimeoutError } from 'ky';
import { AppError, type LocalizedMessage } from '../../shared/app-error';
import { redactEchoedSecrets, redactQueryValuesOf } from '../../shared/redact-echoed-secrets';
import { ProviderApiError, type ProviderErrorKind } from '../spec';
import { parseRetryAfterMs } from './parse-retry-after';
import { readErrorBody } from './read-response-body';

/** What a vendor's error body says, in our terms. Any field left out falls back to the HTTP status. */
export interface MappedErrorBody {
  readonly kind?: ProviderErrorKind;
  /** A sentence for the user, e.g. the provider's own message with advice. */
  readonly message?: string;
  readonly providerCode?: string;
  /** A retry wait the body asks for (Google's RetryInfo); a Retry-After header still wins. */
  readonly retryAfterMs?: number;
}

/** Reads a vendor's error body (parsed JSON when it was JSON, else its text). */
export type ErrorBodyMapper = (status: number, body: unknown) => MappedErrorBody;

interface ToProviderErrorOptions {
  /** Provider id stored on the error, e.g. "kling". */
  readonly provider: string;
  /** Name used in messages, e.g. "Kling". */
  readonly providerName: string;
  readonly mapBody?: ErrorBodyMapper;
  /** When this signal has aborted, the abort reason is passed through untouched. */
  readonly signal?: AbortSignal;
}

const MAX_BODY_CHARS = 2_000;

/**
 * Turns whatever a ky call threw into our error tree. Aborts and our own AppErrors pass through;
 * HTTP errors, timeouts and network failures become ProviderApiError. The cause is a redacted copy
 * because ky's errors hold the Request, whose headers carry credentials.
 */
export async function toProviderError(error: unknown, options: ToProviderErrorOptions): Promise<unknown> {
  if (options.signal?.aborted === true) return options.signal.reason;
  if (AppError.isInstance(error) || isAbortError(error)) return error;

  if (error instanceof HTTPError) return fromHttpError(error, options);

  if (error instanceof TimeoutError) {
    return new ProviderApiError({
      provider: options.provider,
      kind: 'network',
      message: `${options.providerName} did not answer in time (${describeRequest(error.request)}). Try again later.`,
      localized: { id: 'errors.providerTimedOut', values: { provider: options.providerName, request: describeRequest(error.request) } },
      cause: redact(error),
    });
  }

  // Our Node fetch names what was wrong with an answer it got (conflicting lengths, an oversized
  // header, a redirect loop or to another scheme): the server answered, so "could not reach" would mislead.
  const unusable = unusableAnswerReason(error);
  if (unusable != null) {
    return new ProviderApiError({
      provider: options.provider,
      kind: 'network',
      message: `${options.providerName} answered, but not in a form that can be used (${unusable}). Try again later; if it keeps happening, a proxy or the provider is at fault.`,
      localized: { id: 'errors.providerAnswerUnusable', values: { provider: options.providerName, reason: unusable } },
      cause: redact(error as Error),
    });
  }

  // fetch rejects with a TypeError for DNS failures, refused connections and dropped sockets.
  if (error instanceof TypeError) {
    const detail = networkErrorCode(error);
    return new ProviderApiError({
      provider: options.provider,
      kind: 'network',
      neverSent: detail != null && NEVER_CONNECTED_CODES.has(detail),
      message: `Could not reach ${options.providerName}${detail == null ? '' : ` (${detail})`}. Check the connection and try again.`,
      localized:
        detail == null
          ? { id: 'errors.providerUnreachable', values: { provider: options.providerName } }
          : { id: 'errors.providerUnreachableCode', values: { provider: options.providerName, code: detail } },
      cause: redact(error),
    });
  }
  return error;
}

/**
 * The reason a fetch TypeError carries when the answer itself was unusable (its cause a
 * FetchFailureCause, by name: the Node platform's class, which providers do not import), else null.
 * Dropped connections ("socket closed …") are not this: they stay "could not reach".
 */
function unusableAnswerReason(error: unknown): string | null {
  if (!(error instanceof TypeError) || !(error.cause instanceof Error) || error.cause.name !== 'FetchFailureCause') return null;
  const reason = error.cause.message;
  return /redirect|not valid http|unsupported protocol/i.test(reason) ? redactEchoedSecrets(reason) : null;
}

/** The error answer a ky call failed with (its status and body), so vendors need not import ky. */
export function httpErrorResponse(error: unknown): Response | undefined {
  return error instanceof HTTPError ? error.response : undefined;
}

async function fromHttpError(error: HTTPError, options: ToProviderErrorOptions): Promise<ProviderApiError> {
  const { status } = error.response;
  const body = await readBody(error.response);
  const mapped = options.mapBody?.(status, body) ?? {};
  const kind = mapped.kind ?? kindForStatus(status);
  const retryAfterMs = parseRetryAfterMs(error.response.headers) ?? mapped.retryAfterMs;
  // A server may echo the URL it was asked for (with a signed link's signature) in its error body.
  const askedFor = [error.request.url, error.response.url].filter((url) => url !== '');
  const said = mapped.message ?? (typeof body === 'string' && body !== '' ? body : undefined);
  const detail = said == null ? undefined : redactQueryValuesOf(said, askedFor);
  const facts = [`HTTP ${status}`, mapped.providerCode == null ? undefined : `code ${mapped.providerCode}`]
    .filter((fact) => fact != null)
    .join(', ');
  return new ProviderApiError({
    provider: options.provider,
    kind,
    status,
    providerCode: mapped.providerCode,
    retryAfterSeconds: retryAfterMs == null ? undefined : retryAfterMs / 1000,
    // A server may echo the request's credentials back in its error body: never into a message.
    message: redactEchoedSecrets(`${options.providerName} ${KIND_PHRASES[kind]}${detail == null ? '' : `: ${detail}`} (${facts})`),
    localized: localizedHttpMessage(options.providerName, kind, status, mapped.providerCode, detail),
    cause: redact(error),
  });
}

const KIND_PHRASES: Record<ProviderErrorKind, string> = {
  auth: 'rejected the credentials',
  'rate-limit': 'is rate limiting requests',
  quota: 'reports the account has no quota left',
  moderation: 'refused the content',
  'invalid-request': 'rejected the request',
  'not-found': 'could not find it',
  server: 'had a server error',
  network: 'could not be reached',
};

/** The same sentence as a catalog message; the provider's detail is its own words, redacted like the message. */
function localizedHttpMessage(
  providerName: string,
  kind: ProviderErrorKind,
  status: number,
  providerCode: string | undefined,
  detail: string | undefined,
): LocalizedMessage {
  const values = {
    provider: providerName,
    kind: KIND_SELECTORS[kind],
    status: String(status),
    code: providerCode == null ? 'none' : redactEchoedSecrets(providerCode),
  };
  if (detail == null) return { id: 'errors.providerHttp', values };
  return { id: 'errors.providerHttpSaid', values, providerSaid: { provider: providerName, text: redactEchoedSecrets(detail) } };
}

/** ICU select keys for each kind (the catalog's `{kind, select, …}` branches). */
const KIND_SELECTORS: Record<ProviderErrorKind, string> = {
  auth: 'auth',
  'rate-limit': 'rateLimit',
  quota: 'quota',
  moderation: 'moderation',
  'invalid-request': 'invalidRequest',
  'not-found': 'notFound',
  server: 'server',
  network: 'network',
};

function kindForStatus(status: number): ProviderErrorKind {
  if (status === 401 || status === 403) return 'auth';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 408) return 'network';
  if (status === 429) return 'rate-limit';
  if (status >= 500) return 'server';
  return 'invalid-request';
}

/** The error body through the one capped reader; non-JSON text is cut to what a message can carry. */
async function readBody(response: Response): Promise<unknown> {
  const body = await readErrorBody(response);
  return typeof body === 'string' ? body.slice(0, MAX_BODY_CHARS).trim() : body;
}

/** Method and path only: query strings may carry keys on some providers. */
function describeRequest(request: Request): string {
  try {
    return `${request.method} ${new URL(request.url).pathname}`;
  } catch {
    // Only used to describe the request in a message; a URL that does not parse is named by its method alone.
    return request.method;
  }
}

/**
 * System error codes of a connection that was never made: the name did not resolve, or the server
 * refused the connection. Only Node's fetch reports them (as the cause's `code`); UXP and browsers
 * say "Failed to fetch" for everything, which stays an unknown outcome.
 */
const NEVER_CONNECTED_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

function networkErrorCode(error: TypeError): string | undefined {
  const cause: unknown = error.cause;
  if (typeof cause === 'object' && cause != null && 'code' in cause && typeof cause.code === 'string') return cause.code;
  return undefined;
}

function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/**
 * A network error kept as the cause of a ProviderApiError, stripped of what ky attaches (the Request
 * and options carry auth headers). It keeps the original `name` ("TypeError", "AbortError") on
 * purpose, since callers tell network failures apart by it; `instanceof RedactedError` identifies it.
 */
class RedactedError extends AppError {
  constructor(init: { name: string; message: string }) {
    super(init.message);
    this.name = init.name;
  }
}

/** Same name and message, without the Request/options ky attaches (they carry auth headers). */
function redact(error: Error): Error {
  return new RedactedError({ name: error.name, message: error.message });
}
