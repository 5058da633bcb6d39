/** What a credential is replaced with. */
const REDACTED = '[redacted]';

/**
 * Credential shapes a server may echo back in an error body or a message (a proxy repeating the
 * request's headers, a gateway printing the URL it was called with): they are blanked before the
 * text is stored in the ledger, put in an error or printed. Each pattern keeps its label, so the
 * text still says what was there.
 */
const ECHOED_SECRET_PATTERNS: readonly [RegExp, string][] = [
  // Authorization / Proxy-Authorization headers, whatever the scheme (Bearer, Basic, Key, Token).
  [/\b((?:proxy-)?authorization)(["']?\s*[:=]\s*["']?)(?:(?:bearer|basic|key|token)\s+)?[^\s"',;}]+/gi, `$1$2${REDACTED}`],
  // API-key headers, as "name: value" or JSON "name": "value".
  [/\b(x-goog-api-key|x-api-key|api-key|x-key|xi-api-key)(["']?\s*[:=]\s*["']?)[^\s"',;}]+/gi, `$1$2${REDACTED}`],
  // A bare bearer token in prose ("sent Bearer abc…").
  [/\b(bearer)\s+[A-Za-z0-9\-._~+/]{8,}=*/gi, `$1 ${REDACTED}`],
  // Names that only ever mean a credential, as query/form parameters, headers or JSON fields.
  // (x-tos-*: BytePlus TOS, which serves Seedance results; key-pair-id: CloudFront; auth_key: Alibaba/Tencent CDNs. CloudFront's Policy is blanked by value, redactQueryValuesOf: the word is prose in a moderation message.)
  [
    /\b(api[_-]?key|access[_-]?token|id[_-]?token|refresh[_-]?token|client[_-]?secret|x-goog-signature|x-goog-credential|x-amz-signature|x-amz-credential|x-amz-security-token|x-tos-signature|x-tos-credential|x-tos-security-token|key-pair-id|auth_key)(["']?\s*[=:]\s*["']?)[^\s&"',;}<>]+/gi,
    `$1$2${REDACTED}`,
  ],
  // Short names that mean a credential as a parameter ("?key=…", "&token=…") or a quoted JSON field,
  // not in prose ("unknown key: resolution" stays readable).
  [/([?&;\s]|^)(key|token|secret|signature|sig|password)=[^\s&"',;}<>]+/gi, `$1$2=${REDACTED}`],
  [/"(key|token|secret|signature|password)"(\s*:\s*)"[^"]*"/gi, `"$1"$2"${REDACTED}"`],
  // JSON Web Tokens (Kling's auth, OAuth tokens), wherever they appear.
  [/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, REDACTED],
  // Key formats vendors use on their own: Google API keys, OpenAI-style secret keys.
  [/\bAIza[0-9A-Za-z_-]{30,}/g, REDACTED],
  [/\bsk-[A-Za-z0-9_-]{16,}/g, REDACTED],
];

/** The text with every credential a server might echo back blanked (see ECHOED_SECRET_PATTERNS). */
export function redactEchoedSecrets(text: string): string {
  let redacted = text;
  for (const [pattern, replacement] of ECHOED_SECRET_PATTERNS) redacted = redacted.replace(pattern, replacement);
  return redacted;
}

/** Query values shorter than this are not blanked by value: "1", "mp4", "true" are not secrets and would blank prose. */
const MIN_SECRET_VALUE_LENGTH = 8;

/**
 * The text with the query values of `urls` blanked wherever they appear: a server that echoes the
 * URL it was asked for repeats whatever signs it (a signed link's signature, policy, key), under
 * names no list can know.
 */
export function redactQueryValuesOf(text: string, urls: readonly string[]): string {
  let redacted = text;
  for (const url of urls) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      continue;
    }
    for (const value of new Set(parsed.searchParams.values())) {
      if (value.length < MIN_SECRET_VALUE_LENGTH) continue;
      for (const form of new Set([value, encodeURIComponent(value)])) redacted = redacted.split(form).join(REDACTED);
    }
  }
  return redacted;
}
