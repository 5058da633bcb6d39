/**
 * How long a server asked us to wait, in ms, from `retry-after-ms` (OpenAI/Stainless style, takes
 * precedence because it is more precise) or `Retry-After` (seconds or an HTTP date).
 * Undefined when neither header is present or readable.
 */
export function parseRetryAfterMs(headers: Headers, nowMs: number = Date.now()): number | undefined {
  const milliseconds = headers.get('retry-after-ms');
  if (milliseconds != null) {
    const value = Number(milliseconds);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const retryAfter = headers.get('retry-after');
  if (retryAfter == null || retryAfter.trim() === '') return undefined;
  const seconds = Number(retryAfter);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const dateMs = Date.parse(retryAfter);
  if (Number.isNaN(dateMs)) return undefined;
  return Math.max(0, dateMs - nowMs);
}
