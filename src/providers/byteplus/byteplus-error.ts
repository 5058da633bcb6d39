import type { MappedErrorBody } from '../http';
import type { ProviderErrorKind } from '../spec';
import { byteplusErrorBodySchema } from './byteplus-api-schemas';

/**
 * ModelArk's error codes, in our kinds, with advice. The codes are Volcano Engine Ark's published
 * list (volcengine.com/docs/82379/1299023, grade V for Volcano Ark); BytePlus ModelArk is the same
 * platform abroad, so that it uses the same codes is our inference (I). Unknown codes fall back to
 * the HTTP status.
 */
export function byteplusKindForCode(code: string): { kind: ProviderErrorKind; advice?: string } | undefined {
  if (code === 'AuthenticationError') return { kind: 'auth', advice: 'check ARK_API_KEY; ModelArk keys work in their own region only' };
  if (code === 'AccessDenied') return { kind: 'auth', advice: 'the key has no access to this model' };
  if (code === 'ModelNotOpen')
    return { kind: 'auth', advice: 'activate the model for this account in the ModelArk console, then try again' };
  if (code === 'AccountOverdueError' || code.startsWith('QuotaExceeded')) return { kind: 'quota', advice: 'top up the BytePlus account' };
  if (code.startsWith('InvalidEndpointOrModel'))
    return { kind: 'not-found', advice: 'the model id is unknown here; it may have been retired' };
  if (isBytePlusModerationCode(code)) return { kind: 'moderation', advice: 'change the prompt or the image' };
  if (code.startsWith('RateLimitExceeded') || code === 'ServerOverloaded')
    return { kind: 'rate-limit', advice: 'too many requests; wait and try again' };
  if (code.startsWith('MissingParameter') || code.startsWith('InvalidParameter')) return { kind: 'invalid-request' };
  if (code === 'InternalServiceError') return { kind: 'server', advice: 'BytePlus is having trouble; try again later' };
  return undefined;
}

/** The body mapper for toProviderError: ModelArk's `{error: {code, message}}` to kind and sentence. */
export function mapBytePlusErrorBody(_status: number, body: unknown): MappedErrorBody {
  const parsed = byteplusErrorBodySchema.safeParse(body);
  const error = parsed.success ? parsed.data.error : undefined;
  if (error?.code == null || error.code === '') return { message: error?.message ?? undefined };
  const known = byteplusKindForCode(error.code);
  const text = [error.message, known?.advice].filter((part) => part != null && part !== '').join(' — ');
  return { kind: known?.kind, message: text === '' ? undefined : text, providerCode: error.code };
}

/**
 * Content-safety refusals: `SensitiveContentDetected*`, `Input…SensitiveContentDetected`,
 * `Output…SensitiveContentDetected`, `…RiskDetection` (the same V page).
 */
export function isBytePlusModerationCode(code: string): boolean {
  return /SensitiveContentDetected|RiskDetection/.test(code);
}
