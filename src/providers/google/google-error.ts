import type { ErrorBodyMapper, MappedErrorBody } from '../http';
import type { ProviderErrorKind } from '../spec';
import { googleErrorBodySchema, googleErrorDetailSchema, type GoogleErrorDetail } from './google-api-schemas';

/** Which call failed: the same status means different things on a create and on a poll. */
export type GoogleCall = 'create' | 'poll' | 'download';

/**
 * Google's `{error: {code, status, message, details}}` in our kinds, with advice, mapped once for
 * both platforms. The canonical `status` decides, with two refinements from `details`:
 * an INVALID_ARGUMENT whose ErrorInfo reason is API_KEY_INVALID is an auth problem (that is how
 * the Gemini API answers a wrong key), and a RESOURCE_EXHAUSTED whose QuotaFailure names a daily
 * quota is an empty quota, not a rate limit to wait out.
 * @see research/providers.md §2 "Errors / rate limits"
 */
export function mapGoogleErrorBody(status: number, body: unknown, call: GoogleCall): MappedErrorBody {
  const parsed = googleErrorBodySchema.safeParse(body);
  if (!parsed.success) return typeof body === 'string' && body !== '' ? { message: body } : {};
  const { error } = parsed.data;
  const details = (error.details ?? []).flatMap((detail) => {
    const read = googleErrorDetailSchema.safeParse(detail);
    return read.success ? [read.data] : [];
  });
  const canonical = error.status ?? undefined;
  const message = error.message ?? undefined;
  const { kind, advice } = classify(canonical, status, message, details, call);
  const field = details.flatMap((detail) => detail.fieldViolations ?? []).find((violation) => violation.field != null)?.field;
  const retryDelay = details.find((detail) => detail.retryDelay != null)?.retryDelay;
  const text = [
    message,
    field == null ? undefined : `field ${field}`,
    advice,
    retryDelay == null ? undefined : `Google suggests retrying in ${retryDelay}`,
  ]
    .filter((part) => part != null && part !== '')
    .join(' — ');
  return { kind, message: text === '' ? undefined : text, providerCode: canonical ?? (error.code == null ? undefined : String(error.code)) };
}

/** A mapper for toProviderError that also blanks out any secret a message might echo. */
export function createGoogleErrorMapper(call: GoogleCall, secrets: readonly string[]): ErrorBodyMapper {
  return (status, body) => {
    const mapped = mapGoogleErrorBody(status, body, call);
    return mapped.message == null ? mapped : { ...mapped, message: redactSecrets(mapped.message, secrets) };
  };
}

function classify(
  canonical: string | undefined,
  httpStatus: number,
  message: string | undefined,
  details: readonly GoogleErrorDetail[],
  call: GoogleCall,
): { kind?: ProviderErrorKind; advice?: string } {
  const reasons = details.map((detail) => detail.reason).filter((reason) => reason != null);
  switch (canonical) {
    case 'UNAUTHENTICATED':
      return { kind: 'auth', advice: 'check the API key, or get a fresh access token (they last an hour)' };
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
      if (quotaIds.some((id) => /PerDay/i.test(id))) return { kind: 'quota', advice: 'the daily quota is used up; try tomorrow or raise the quota' };
      return { kind: 'rate-limit', advice: 'too many requests; wait and try again' };
    }
    case 'NOT_FOUND':
      if (call === 'create' && /models\//.test(message ?? '')) {
        return {
          kind: 'not-found',
          advice: 'this model is retired or not offered at this endpoint; choose another model (Veo model ids differ between the Gemini API and Vertex AI)',
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
