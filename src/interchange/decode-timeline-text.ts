/**
 * A timeline file's bytes as text. JSON (OTIO) is UTF-8; XML says its encoding in its declaration:
 * Premiere and older tools may write `encoding="ISO-8859-1"` (or Windows-1252), and read as UTF-8
 * every accented name would become U+FFFD — in the clips ClipRelay does not touch too. The text
 * returned declares UTF-8, which is how it is written back.
 */
export function decodeTimelineText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return declareUtf8(new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return declareUtf8(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  // The declaration is ASCII in every encoding read here; its first 200 bytes hold it.
  const head = String.fromCharCode(...bytes.subarray(start, start + 200));
  const declared = /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
  const text = new TextDecoder(SINGLE_BYTE_ENCODINGS.has(declared) ? 'windows-1252' : 'utf-8').decode(bytes.subarray(start));
  return declared === 'utf-8' || declared === 'utf8' ? text : declareUtf8(text);
}

/**
 * Latin-1 and its Windows superset, as the WHATWG decoder maps them (it reads "iso-8859-1" as
 * windows-1252, which agrees on every printable Latin-1 byte). US-ASCII is a subset of both.
 */
const SINGLE_BYTE_ENCODINGS = new Set([
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'latin-1',
  'l1',
  'windows-1252',
  'cp1252',
  'us-ascii',
  'ascii',
]);

function declareUtf8(text: string): string {
  return text.replace(/^(<\?xml[^>]*\bencoding\s*=\s*["'])[A-Za-z0-9._-]+(["'])/, '$1UTF-8$2');
}
