import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { OpenAIEmulatorError } from './openai-emulator-request';

/** 'openai' answers like api.openai.com; 'azure' like Azure OpenAI's v1 API. */
export type OpenAIEmulatorAuthStyle = 'openai' | 'azure';

/**
 * Checks the key the way each service does, with each service's refusal: OpenAI wants
 * `Authorization: Bearer <key>` and echoes a masked wrong key in its message (which is why clients
 * must never repeat that message verbatim); Azure's v1 API takes the key in `api-key` or, for the
 * OpenAI SDKs pointed at it, as a Bearer token (Microsoft's "API version lifecycle" page), and
 * refuses with its own envelope. Returns undefined when the key is good.
 */
export function checkOpenAIAuth(req: IncomingMessage, apiKey: string, style: OpenAIEmulatorAuthStyle): OpenAIEmulatorError | undefined {
  if (style === 'azure') {
    const given = headerValue(req, 'api-key') ?? bearerToken(req);
    if (given != null && sameSecret(given, apiKey)) return undefined;
    return {
      status: 401,
      azure: true,
      code: '401',
      message:
        'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.',
    };
  }
  const given = bearerToken(req);
  if (given == null) {
    return {
      status: 401,
      code: null,
      message:
        "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API from your browser and are prompted for a username and password. You can obtain an API key from https://platform.openai.com/account/api-keys.",
    };
  }
  if (sameSecret(given, apiKey)) return undefined;
  return {
    status: 401,
    code: 'invalid_api_key',
    message: `Incorrect API key provided: ${maskKey(given)}. You can find your API key at https://platform.openai.com/account/api-keys.`,
  };
}

/** OpenAI's masking: the first few and the last four characters stay visible. */
function maskKey(key: string): string {
  if (key.length <= 8) return '*'.repeat(key.length);
  return `${key.slice(0, 3)}${'*'.repeat(Math.min(40, key.length - 7))}${key.slice(-4)}`;
}

function bearerToken(req: IncomingMessage): string | undefined {
  const authorization = headerValue(req, 'authorization');
  const match = authorization == null ? null : /^Bearer\s+(.+)$/i.exec(authorization.trim());
  return match?.[1];
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
