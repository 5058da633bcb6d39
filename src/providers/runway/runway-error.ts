import type { MappedErrorBody } from '../http';
import { runwayErrorBodySchema } from './runway-api-schemas';

/**
 * The body mapper for toProviderError: Runway's `{error, issues?}` to kind and sentence.
 * @see https://docs.dev.runwayml.com/errors/errors (research/providers.md §4 "Errors")
 */
export function mapRunwayErrorBody(status: number, body: unknown): MappedErrorBody {
  const parsed = runwayErrorBodySchema.safeParse(body);
  const data = parsed.success ? parsed.data : undefined;
  const error = data?.error == null || data.error === '' ? undefined : data.error;
  const issues = (data?.issues ?? []).map((issue) => ({
    field: (issue.path ?? []).join('.'),
    message: issue.message ?? issue.code ?? 'invalid',
  }));

  // Body validation is a union on `model`: a model Runway no longer offers fails right there.
  if (issues.some((issue) => issue.field === 'model')) {
    return {
      kind: 'not-found',
      message: `${error ?? 'invalid model'} — the model is not offered at this endpoint; it may have been retired (field: model)`,
    };
  }
  if (status === 401) return { kind: 'auth', message: joinAdvice(error, 'check RUNWAYML_API_SECRET') };
  if (error != null && /\bcredits?\b/i.test(error))
    return { kind: 'quota', message: joinAdvice(error, 'add credits to the Runway organization') };
  if (status === 429) {
    // No per-minute limit at Runway: a 429 means the tier's daily generations are used up, or a burst.
    return { kind: 'rate-limit', message: joinAdvice(error, 'Runway\u2019s usage limits are reached; wait and try again') };
  }
  if (issues.length > 0) {
    const detail = issues.map((issue) => (issue.field === '' ? issue.message : `${issue.field}: ${issue.message}`)).join('; ');
    const fields = [...new Set(issues.map((issue) => issue.field).filter((field) => field !== ''))];
    return {
      kind: 'invalid-request',
      message: `${error ?? 'invalid request'}: ${detail}${fields.length === 0 ? '' : ` (field: ${fields.join(', ')})`}`,
    };
  }
  return { message: error };
}

/** A failed task in our terms: moderated or not, with advice, since `failure` alone is terse. */
export function describeRunwayFailure(
  failure: string | null | undefined,
  failureCode: string | null | undefined,
): { reason: string; moderated: boolean } {
  const text = failure == null || failure === '' ? 'Runway reported the task as failed without a reason' : failure.replace(/[.\s]+$/, '');
  const code = failureCode ?? '';
  const advice = adviceFor(code);
  const reason = `${text}${code === '' ? '' : ` (${code})`}${advice == null ? '' : ` — ${advice}`}`;
  return { reason, moderated: code.startsWith('SAFETY.') };
}

/** @see https://docs.dev.runwayml.com/errors/task-failures/ */
function adviceFor(code: string): string | undefined {
  if (code.startsWith('SAFETY.INPUT.')) return 'the input was moderated; change the prompt or image';
  if (code.startsWith('SAFETY.OUTPUT.')) return 'the result was moderated; change the prompt';
  if (code.startsWith('INTERNAL.BAD_OUTPUT.')) return 'the render did not meet quality checks; try again';
  if (code === 'ASSET.INVALID') return 'check the input image (format, size, reachable URL)';
  if (code.startsWith('INTERNAL')) return 'Runway had an internal error; try again later';
  return undefined;
}

function joinAdvice(message: string | undefined, advice: string): string {
  return message == null ? advice : `${message.replace(/[.\s]+$/, '')} — ${advice}`;
}
