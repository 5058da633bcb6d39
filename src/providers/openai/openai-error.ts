import type { ErrorBodyMapper, MappedErrorBody } from '../http';
import { openaiErrorBodySchema } from './openai-api-schemas';

/** Which kind of call failed: the same status means different things on each. */
export type OpenAICall = 'create' | 'read' | 'download';

/**
 * Said whenever a model or the Videos API itself is gone. No endpoint serves Sora any more: OpenAI
 * shut the API down on 2026-09-24 (developers.openai.com/api/docs/models/sora-2, V; openai-node
 * `src/resources/videos.ts` @deprecated, S) and Azure OpenAI retired its last `sora-2` version on
 * 2026-10-15 (Microsoft Learn model-retirement table, V) — so the advice is another provider.
 */
export const OPENAI_RETIREMENT_NOTE =
  'retired at this endpoint (OpenAI shut the Sora API down on 2026-09-24 and Azure OpenAI retired sora-2 on 2026-10-15; choose a model from another provider, such as Kling 3.0 or Veo 3.1)';

/**
 * Codes that mean the content was refused. `sentinel_block` (400 on create) and `moderation_blocked`
 * (failed job) are OpenAI's (research/providers.md §1 "Errors", [2nd] sources); `content_filter`
 * and `ResponsibleAIPolicyViolation` are Azure OpenAI's content-filter codes.
 */
const MODERATION_CODES = new Set([
  'sentinel_block',
  'moderation_blocked',
  'content_policy_violation',
  'content_filter',
  'ResponsibleAIPolicyViolation',
]);

/** OpenAI's quota codes, sent with HTTP 429 like a rate limit but not fixed by waiting. */
const QUOTA_CODES = new Set(['insufficient_quota', 'billing_hard_limit_reached', 'billing_not_active']);

export function isOpenAIModerationCode(code: string | null | undefined): boolean {
  return code != null && MODERATION_CODES.has(code);
}

/**
 * The body mapper for toProviderError, per call. OpenAI's envelope is
 * `{"error": {message, type, param, code}}` (Azure: `{"error": {code, message}}`).
 * A missing model or endpoint is reported as retired, never as a crash.
 */
export function openaiErrorMapper(call: OpenAICall): ErrorBodyMapper {
  return (status, body) => mapOpenAIErrorBody(call, status, body);
}

export function mapOpenAIErrorBody(call: OpenAICall, status: number, body: unknown): MappedErrorBody {
  const parsed = openaiErrorBodySchema.safeParse(body);
  const error = parsed.success ? parsed.data.error : undefined;
  const code = error?.code ?? undefined;
  const message = error?.message == null || error.message === '' ? undefined : redactKeyFragments(error.message);
  const providerCode = code ?? undefined;

  // "Invalid URL (POST /v1/videos)" is how OpenAI answers a path it no longer (or never) served.
  const isMissingRoute = status === 404 && message != null && /^Invalid URL\b/.test(message);
  if (code === 'model_not_found' || status === 410 || isMissingRoute || (status === 404 && call === 'create')) {
    return { kind: 'not-found', message: joinSentences(message, `the model or the Videos API is ${OPENAI_RETIREMENT_NOTE}`), providerCode };
  }
  if (status === 401 || code === 'invalid_api_key') {
    // OpenAI echoes part of a wrong key ("Incorrect API key provided: sk-ab***cd"); never repeat it.
    return {
      kind: 'auth',
      message: 'the API key was not accepted; check OPENAI_API_KEY (and, for Azure OpenAI, that the key belongs to this resource)',
      providerCode,
    };
  }
  if (isOpenAIModerationCode(code)) {
    return { kind: 'moderation', message: joinSentences(message, 'change the prompt or the reference image'), providerCode };
  }
  if (code != null && QUOTA_CODES.has(code)) {
    return { kind: 'quota', message: joinSentences(message, 'check the plan and billing of the OpenAI account'), providerCode };
  }
  if (call === 'download' && (status === 404 || status === 403)) {
    return {
      kind: 'not-found',
      message: joinSentences(
        message,
        'the video content is no longer available; OpenAI keeps it until the job\u2019s expires_at, about an hour',
      ),
      providerCode,
    };
  }
  if (status === 429) return { kind: 'rate-limit', message: joinSentences(message, 'too many requests; wait and try again'), providerCode };
  if ((status === 400 || status === 422) && error?.param != null && error.param !== '') {
    return { kind: 'invalid-request', message: `${message ?? 'invalid value'} (field: ${error.param})`, providerCode };
  }
  return { message, providerCode };
}

/** Removes anything shaped like an OpenAI key (sk-…, even partly masked) from provider text. */
export function redactKeyFragments(text: string): string {
  return text.replace(/\bsk-[A-Za-z0-9_*.-]{2,}/g, '[redacted key]');
}

function joinSentences(first: string | undefined, second: string): string {
  return first == null ? second : `${first.replace(/[.\s]+$/, '')} — ${second}`;
}
