import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The API version the emulator (like Runway today) accepts in `X-Runway-Version`. */
const RUNWAY_EMULATED_API_VERSION = '2024-11-06';

/** A refusal in Runway's terms: status and the `{"error": "…"}` sentence. */
interface RunwayAuthFailure {
  readonly status: 400 | 401;
  readonly error: string;
}

/**
 * Checks `Authorization: Bearer <secret>` (401 when wrong or missing), then the required
 * `X-Runway-Version` header (400 when missing or unknown) — research/providers.md §4 "Base / auth /
 * version". The sentences are ours; Runway's exact wording is not documented.
 */
export function checkRunwayAuth(req: IncomingMessage, apiSecret: string): RunwayAuthFailure | undefined {
  const authorization = header(req, 'authorization');
  const match = authorization == null ? null : /^Bearer\s+(.+)$/i.exec(authorization.trim());
  if (match == null) return { status: 401, error: 'No API key provided. Pass it as "Authorization: Bearer <API secret>".' };
  if (!sameSecret(match[1]!, apiSecret)) return { status: 401, error: 'Invalid API key.' };

  const version = header(req, 'x-runway-version');
  if (version == null || version.trim() === '') {
    return { status: 400, error: `The X-Runway-Version header is required. Set it to ${RUNWAY_EMULATED_API_VERSION}.` };
  }
  if (version.trim() !== RUNWAY_EMULATED_API_VERSION) {
    return {
      status: 400,
      error: `API version ${version.trim()} is not supported. Set X-Runway-Version to ${RUNWAY_EMULATED_API_VERSION}.`,
    };
  }
  return undefined;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
