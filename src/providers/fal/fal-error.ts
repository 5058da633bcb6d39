import type { ErrorBodyMapper, MappedErrorBody } from '../http';
import type { JobStatus } from '../spec';
import { falErrorBodySchema, type FalErrorBody } from './fal-api-schemas';

/** fal's moderation type in a model error's `detail[]` (fal's error-type list, research §6; verify, §10.6). */
const CONTENT_POLICY_TYPE = 'content_policy_violation';

/**
 * fal's two error shapes in our kinds, mapped once: model errors `{detail: [{loc, msg, type}]}`
 * (422 validation, content policy) and request errors `{detail: "…", error_type}` (timeouts,
 * runner failures, auth, balance). The HTTP status decides unless the body says more.
 * @see research/providers.md §6 "Errors"; https://fal.ai/docs/documentation/model-apis/request-errors
 */
export function mapFalErrorBody(status: number, body: unknown): MappedErrorBody {
  const parsed = falErrorBodySchema.safeParse(body);
  if (!parsed.success || parsed.data.detail == null) {
    return typeof body === 'string' && body !== '' ? { message: body } : {};
  }
  const { detail, error_type: errorType } = parsed.data;
  if (typeof detail === 'string') {
    if (/balance|billing|top up|exhausted/i.test(detail))
      return { kind: 'quota', message: `${detail} — top up the fal account`, providerCode: errorType ?? undefined };
    return { message: detail, providerCode: errorType ?? undefined };
  }
  const first = detail[0];
  const moderated = detail.some((entry) => entry.type === CONTENT_POLICY_TYPE);
  return {
    kind: moderated ? 'moderation' : status === 422 ? 'invalid-request' : undefined,
    message: describeFalDetail(parsed.data) ?? undefined,
    providerCode: first?.type ?? undefined,
  };
}

/** A mapper for toProviderError that also blanks out the key if a message echoes it. */
export function createFalErrorMapper(secrets: readonly string[]): ErrorBodyMapper {
  return (status, body) => {
    const mapped = mapFalErrorBody(status, body);
    if (mapped.message == null) return mapped;
    const message = secrets
      .filter((secret) => secret.length >= 4)
      .reduce((text, secret) => text.split(secret).join('[redacted]'), mapped.message);
    return { ...mapped, message };
  };
}

/**
 * The job status for a COMPLETED request whose result came back as an error. A failed run still
 * ends COMPLETED on fal; the error only shows when the result is fetched (research §6).
 */
export function falFailureFromResult(status: number, body: unknown): Extract<JobStatus, { state: 'failed' }> {
  const parsed = falErrorBodySchema.safeParse(body);
  const data = parsed.success ? parsed.data : undefined;
  const moderated = Array.isArray(data?.detail) && data.detail.some((entry) => entry.type === CONTENT_POLICY_TYPE);
  const first = Array.isArray(data?.detail) ? data.detail[0] : undefined;
  const code = first?.type ?? data?.error_type ?? String(status);
  const described = data == null ? undefined : describeFalDetail(data);
  const reason =
    data?.error_type === 'client_cancelled'
      ? `The request was cancelled${described == null ? '' : ` (${described})`}.`
      : (described ?? `fal reported the request as failed (HTTP ${status}).`);
  return { state: 'failed', reason, code, moderated };
}

/** "duration: Input should be '5' or '10'; prompt: …" — the field from `loc`, `body` dropped. */
function describeFalDetail(body: FalErrorBody): string | undefined {
  const { detail } = body;
  if (detail == null) return undefined;
  if (typeof detail === 'string') return detail;
  const parts = detail.map((entry) => {
    const field = (entry.loc ?? []).filter((part) => part !== 'body').join('.');
    const message = entry.msg ?? entry.type ?? 'invalid';
    return field === '' ? message : `${field}: ${message}`;
  });
  return parts.length === 0 ? undefined : parts.join('; ');
}
