import type { MappedErrorBody } from '../http';
import type { ProviderErrorKind } from '../spec';
import { klingErrorBodySchema } from './kling-api-schemas';

/**
 * Kling's service codes, in our kinds, with advice. HTTP statuses alone are ambiguous on Kling
 * (429 means rate limit, concurrency, IP allow-list or an empty account).
 * @see research/providers.md §3 "Errors", from Kling's "Error Code" page
 */
export function klingKindForCode(code: number): { kind: ProviderErrorKind; advice?: string } | undefined {
  if (code >= 1000 && code <= 1003) return { kind: 'auth', advice: 'check the Kling access key and secret key' };
  if (code === 1004) return { kind: 'auth', advice: 'the token has expired; check the computer clock' };
  if (code >= 1100 && code <= 1102) return { kind: 'quota', advice: 'top up the Kling account or resource pack' };
  if (code === 1103) return { kind: 'auth', advice: 'the account has no permission for this model or feature' };
  if (code === 1200 || code === 1201) return { kind: 'invalid-request' };
  if (code === 1202 || code === 1203) return { kind: 'not-found' };
  if (code === 1300) return { kind: 'invalid-request', advice: 'the request breaks a Kling platform policy' };
  if (code === 1301) return { kind: 'moderation', advice: 'change the prompt' };
  if (code === 1302) return { kind: 'rate-limit', advice: 'too many requests; wait and try again' };
  if (code === 1303) return { kind: 'rate-limit', advice: 'too many jobs at once for the resource pack; wait for one to finish' };
  if (code === 1304) return { kind: 'auth', advice: "this computer's IP address is not on the account's allow-list" };
  if (code >= 5000 && code <= 5002) return { kind: 'server', advice: 'Kling is having trouble; try again later' };
  return undefined;
}

/** The body mapper for toProviderError: Kling's `{code, message}` envelope to kind and sentence. */
export function mapKlingErrorBody(_status: number, body: unknown): MappedErrorBody {
  const parsed = klingErrorBodySchema.safeParse(body);
  if (!parsed.success || parsed.data.code == null) return {};
  return describeKlingCode(parsed.data.code, parsed.data.message);
}

/** Kind, message and code for a service code (also used when Kling answers HTTP 200 with code ≠ 0). */
export function describeKlingCode(code: number, message: string | null | undefined): MappedErrorBody {
  const known = klingKindForCode(code);
  const text = [message, known?.advice].filter((part) => part != null && part !== '').join(' — ');
  return { kind: known?.kind, message: text === '' ? undefined : text, providerCode: String(code) };
}

/** Whether a failed task's message reads as a content-safety refusal. */
export function isKlingModerationMessage(message: string): boolean {
  return /risk|safety|sensitive|moderat|violat|policy|1301/i.test(message);
}
