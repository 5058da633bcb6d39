import { readErrorBody, type ErrorBodyMapper, type MappedErrorBody } from '../http';
import type { ProviderErrorKind } from '../spec';
import { googleErrorBodySchema, googleErrorDetailSchema, type GoogleErrorDetail } from './google-api-schemas';

/** Which call failed: the same status means different things on a create and on a poll. */
export type GoogleCall = 'create' | 'poll' | 'download' | 'list';

/** Which API answered; an auth failure is fixed differently on each. @default 'gemini-api' */
export type GoogleErrorPlatform = 'gemini-api' | 'vertex-ai';

/**
 * Google's `{error: {code, status, message, details}}` in our kinds, with advice, mapped once for
 * both platforms. The canonical `status` decides, with two refinements from `details`:
 * an INVALID_ARGUMENT whose ErrorInfo reason is API_KEY_INVALID is an auth problem (that is how
 * the Gemini API answers a wrong key), and a RESOURCE_EXHAUSTED whose QuotaFailure names a daily
 * quota is an empty quota, not a rate limit to wait out.
 * @see research/providers.md §2 "Errors / rate limits"
 */
export function mapGoogleErrorBody(
  status: number,
  body: unknown,
  call: GoogleCall,
  platform: GoogleErrorPlatform = 'gemini-api',
): MappedErrorBody {
  const parsed = googleErrorBodySchema.safeParse(body);
  if (!parsed.success) return typeof body === 'string' && body !== '' ? { message: body } : {};
  const { error } = parsed.data;
  const details = (error.details ?? []).flatMap((detail) => {
    const read = googleErrorDetailSchema.safeParse(detail);
    return read.success ? [read.data] : [];
  });
  const canonical = error.status ?? undefined;
  const message = error.message ?? undefined;
  const { kind, advice } = classify(canonical, status, message, details, call, platform);
  const field = details.flatMap((detail) => detail.fieldViolations ?? []).find((violation) => violation.field != null)?.field;
  const retryInfo = details.find((detail) => detail['@type'] === RETRY_INFO_TYPE && detail.retryDelay != null);
  const retryDelay = retryInfo?.retryDelay ?? undefined;
  const retryAfterMs = retryDelay == null ? undefined : parseGoogleDurationMs(retryDelay);
  const text = [
    message,
    field == null ? undefined : `field ${field}`,
    advice,
    retryDelay == null ? undefined : `Google suggests retrying in ${retryDelay}`,
  ]
    .filter((part) => part != null && part !== '')
    .join(' — ');
  return {
    kind,
    message: text === '' ? undefined : text,
    providerCode: canonical ?? (error.code == null ? undefined : String(error.code)),
    retryAfterMs,
  };
}

/** google.rpc.RetryInfo, Google's retry hint on 429 and 503 (instead of a Retry-After header). */
const RETRY_INFO_TYPE = 'type.googleapis.com/google.rpc.RetryInfo';

/**
 * A protobuf Duration in its JSON form — seconds with an "s" suffix and up to nine fractional
 * digits, e.g. "12s", "1.500s", "0.000000001s" (protobuf's JSON mapping of google.protobuf.Duration)
 * — in ms. Undefined when it is not one.
 */
export function parseGoogleDurationMs(duration: string): number | undefined {
  const match = /^(\d+)(?:\.(\d{1,9}))?s$/.exec(duration.trim());
  if (match == null) return undefined;
  const fraction = match[2] == null ? 0 : Number(`0.${match[2]}`);
  return (Number(match[1]) + fraction) * 1000;
}

/**
 * The retry wait a Google error body asks for (RetryInfo.retryDelay), read from a clone of the
 * response so the body stays readable for the error mapping; for createHttpClient's `retryHintMs`.
 */
export async function googleRetryHintMs(response: Response): Promise<number | undefined> {
  const body = await readErrorBody(response.clone());
  if (body == null || typeof body === 'string') return undefined;
  return mapGoogleErrorBody(response.status, body, 'poll').retryAfterMs;
}

/** A mapper for toProviderError that also blanks out any secret a message might echo. */
export function createGoogleErrorMapper(
  call: GoogleCall,
  secrets: readonly string[],
  platform: GoogleErrorPlatform = 'gemini-api',
): ErrorBodyMapper {
  return (status, body) => {
    const mapped = mapGoogleErrorBody(status, body, call, platform);
    return mapped.message == null ? mapped : { ...mapped, message: redactSecrets(mapped.message, secrets) };
  };
}

function classify(
  canonical: string | undefined,
  httpStatus: number,
  message: string | undefined,
  details: readonly GoogleErrorDetail[],
  call: GoogleCall,
  platform: GoogleErrorPlatform,
): { kind?: ProviderErrorKind; advice?: string } {
  const reasons = details.map((detail) => detail.reason).filter((reason) => reason != null);
  switch (canonical) {
    case 'UNAUTHENTICATED':
      if (platform === 'vertex-ai') {
        // Vertex takes an OAuth access token the user pasted; gcloud's last one hour
        // (research/providers.md update item 7), so an expired one is the usual cause.
        const expired = reasons.includes('ACCESS_TOKEN_EXPIRED')
          ? 'the access token has expired'
          : 'the access token is not valid or has expired';
        return {
          kind: 'auth',
          advice: `${expired}: run \`gcloud auth print-access-token\` and paste the new token as the Vertex AI access token (GOOGLE_VERTEX_ACCESS_TOKEN for the CLI); tokens last one hour`,
        };
      }
      return { kind: 'auth', advice: 'check the Gemini API key' };
    case 'PERMISSION_DENIED':
      return { kind: 'auth', advice: 'the key or token has no access to this model, project or location' };
    case 'INVALID_ARGUMENT':
      if (reasons.some((reason) => /API_KEY/.test(reason))) return { kind: 'auth', advice: 'check the Gemini API key' };
      return { kind: 'invalid-request' };
    case 'FAILED_PRECONDITION':
    case 'OUT_OF_RANGE':
    case 'UNIMPLEMENTED':
      return { kind: 'invalid-request' };
    case 'RESOURCE_EXHAUSTED': {
      const quotaIds = details.flatMap((detail) => detail.violations ?? []).map((violation) => violation.quotaId ?? '');
      if (quotaIds.some((id) => /PerDay/i.test(id)))
        return { kind: 'quota', advice: 'the daily quota is used up; try tomorrow or raise the quota' };
      return { kind: 'rate-limit', advice: 'too many requests; wait and try again' };
    }
    case 'NOT_FOUND':
      if (call === 'create' && /models\//.test(message ?? '')) {
        return {
          kind: 'not-found',
          advice:
            'this model is retired or not offered at this endpoint; choose another model (Veo model ids differ between the Gemini API and Vertex AI)',
        };
      }
      if (call === 'poll') return { kind: 'not-found', advice: 'the operation no longer exists; Google keeps them about two days' };
      return { kind: 'not-found' };
    case 'UNAVAILABLE':
    case 'INTERNAL':
    case 'DEADLINE_EXCEEDED':
    case 'UNKNOWN':
    case 'ABORTED':
      return { kind: 'server', advice: 'Google is having trouble; try again later' };
    default:
      // No canonical status (a proxy's page): the HTTP status decides, in toProviderError.
      return httpStatus === 404 && call === 'create' ? { kind: 'not-found' } : {};
  }
}

/**
 * Whether a failed operation's message reads as a content-safety refusal. Google words them as
 * breaking its "usage guidelines" / Responsible AI policies (exact strings unverified, research §10.3).
 */
export function isGoogleModerationMessage(message: string): boolean {
  return /usage guidelines|responsible ai|\brai\b|safety|sensitive|prohibited|blocked|celebrity|child/i.test(message);
}

function redactSecrets(text: string, secrets: readonly string[]): string {
  return secrets.filter((secret) => secret.length >= 4).reduce((result, secret) => result.split(secret).join('[redacted]'), text);
}

/**
 * The mapper for result-file downloads (Gemini files and GCS objects answer in Google's envelope),
 * shared by Veo and Omni so a gone file reads the same on both: expired, with how long Google keeps it.
 */
export function createGoogleDownloadErrorMapper(secrets: readonly string[], platform: GoogleErrorPlatform): ErrorBodyMapper {
  const google = createGoogleErrorMapper('download', secrets, platform);
  return (status, body) => {
    const mapped = google(status, body);
    if (status === 404 || status === 410) {
      return {
        ...mapped,
        kind: 'not-found',
        message: `${mapped.message ?? 'not found'} — the result file is gone; Gemini keeps results two days`,
      };
    }
    return mapped;
  };
}
