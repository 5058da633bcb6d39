import { FetchFailureCause } from './fetch-failure-cause';

/** The status line and header fields of a final (non-1xx) response. */
export interface Http1ResponseHead {
  readonly status: number;
  readonly statusText: string;
  /** Field names and values, alternating, as received (Node's `rawHeaders` shape). */
  readonly rawHeaders: readonly string[];
  /** False when the response has no body at all (HEAD, 204, 304): fetch's "null body". */
  readonly hasBody: boolean;
  /** The body's length when Content-Length frames it, else undefined (chunked, or up to the close). */
  readonly bodyBytes: number | undefined;
}

interface Http1ResponseHandlers {
  onHead(head: Http1ResponseHead): void;
  /** Body bytes: a view into the bytes pushed, valid only during the call (copy to keep them). */
  onBody(bytes: Uint8Array): void;
  onEnd(): void;
}

interface Http1ResponseParser {
  /** Feeds bytes as they arrive, split anywhere. Throws FetchFailureCause on a malformed response. */
  push(bytes: Uint8Array): void;
  /** The connection closed: ends a body framed by the close, throws if the response is incomplete. */
  close(): void;
  readonly finished: boolean;
  /**
   * The response is complete and the connection may carry the next request: HTTP/1.1 without
   * `Connection: close` (1.0 only with `keep-alive`), a body not framed by the close, and no byte
   * after the response (we never pipeline, so any would be a broken server).
   */
  readonly connectionReusable: boolean;
}

/** Status line plus header fields; more is not a response we want (Node's own limit is 16 KiB). */
const MAX_HEAD_BYTES = 64 * 1024;
/** A chunk-size line or one trailer field. */
const MAX_LINE_BYTES = 8 * 1024;
/** Trailer fields after a chunked body, all together: a server streaming them endlessly would never end the body. */
const MAX_TRAILER_BYTES = 64 * 1024;
/** Interim (1xx) responses before the final one: real servers send one or two (100 Continue, 103 Early Hints). */
const MAX_INTERIM_RESPONSES = 16;
const LF = 0x0a;

type State = 'head' | 'length' | 'chunk-size' | 'chunk-data' | 'chunk-data-end' | 'trailers' | 'until-close' | 'done';

/**
 * An incremental HTTP/1.1 response parser (RFC 9112) for one response: status line and fields, interim 1xx responses skipped, and the body framed by
 * Transfer-Encoding: chunked, Content-Length, or the connection's close (§6.3, in that order).
 * Body bytes are handed on as views of the input, never copied. Lenient where common servers
 * are (bare LF line ends, folded field lines), strict where a wrong guess would corrupt the body
 * (conflicting Content-Length values, a malformed chunk size).
 */
export function http1ResponseParser(requestMethod: string, handlers: Http1ResponseHandlers): Http1ResponseParser {
  let state: State = 'head';
  let headText = '';
  let line = '';
  let remaining = 0; // body bytes left: of the Content-Length, or of the current chunk
  let trailerBytes = 0;
  let interimResponses = 0;
  let keepAlive = false;
  let bytesAfterResponse = false;

  const fail = (message: string): never => {
    throw new FetchFailureCause({ message: `the server's reply is not valid HTTP/1.1: ${message}` });
  };

  const finish = () => {
    state = 'done';
    handlers.onEnd();
  };

  /** Reads a CRLF- (or LF-) terminated line from `bytes` at `index`; returns where it ended, or -1 for "needs more". */
  const readLine = (bytes: Uint8Array, index: number): number => {
    const end = bytes.indexOf(LF, index);
    const stop = end === -1 ? bytes.length : end;
    line += latin1(bytes.subarray(index, stop));
    if (line.length > MAX_LINE_BYTES) fail('a line is too long');
    return end === -1 ? -1 : end + 1;
  };
  const takeLine = (): string => {
    const text = line.endsWith('\r') ? line.slice(0, -1) : line;
    line = '';
    return text;
  };

  /** Parses a complete head; an interim (1xx) response is skipped. */
  const parseHead = (text: string): void => {
    const lines = text.split('\n').map((each) => (each.endsWith('\r') ? each.slice(0, -1) : each));
    const statusLine = /^HTTP\/1\.([01]) (\d{3})(?: (.*))?$/.exec(lines[0] ?? '');
    if (statusLine == null) fail(`unexpected status line "${(lines[0] ?? '').slice(0, 40)}"`);
    const status = Number(statusLine![2]);
    const rawHeaders: string[] = [];
    for (const fieldLine of lines.slice(1)) {
      if (fieldLine === '') continue;
      if ((fieldLine.startsWith(' ') || fieldLine.startsWith('\t')) && rawHeaders.length > 0) {
        rawHeaders[rawHeaders.length - 1] = `${rawHeaders[rawHeaders.length - 1]!} ${fieldLine.trim()}`; // obsolete line folding
        continue;
      }
      const colon = fieldLine.indexOf(':');
      if (colon <= 0 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(fieldLine.slice(0, colon)))
        fail(`malformed header field "${fieldLine.slice(0, 40)}"`);
      rawHeaders.push(fieldLine.slice(0, colon), fieldLine.slice(colon + 1).trim());
    }
    if (status === 101) fail('the server switched protocols, which was not asked for');
    if (status >= 100 && status < 200) {
      if (++interimResponses > MAX_INTERIM_RESPONSES) fail(`more than ${MAX_INTERIM_RESPONSES} interim (1xx) responses`);
      return;
    }
    const hasBody = requestMethod !== 'HEAD' && status !== 204 && status !== 304;
    const framing = hasBody ? bodyFraming(fieldValues(rawHeaders, 'transfer-encoding'), fieldValues(rawHeaders, 'content-length')) : 'done';
    const bodyBytes = typeof framing === 'number' ? framing : undefined;
    const connectionTokens = (fieldValues(rawHeaders, 'connection') ?? '')
      .toLowerCase()
      .split(',')
      .map((token) => token.trim());
    keepAlive =
      (statusLine![1] === '1' ? !connectionTokens.includes('close') : connectionTokens.includes('keep-alive')) && framing !== 'until-close';
    handlers.onHead({ status, statusText: statusLine![3] ?? '', rawHeaders, hasBody, bodyBytes });
    if (framing === 'done' || framing === 0) return finish();
    if (typeof framing === 'number') {
      remaining = framing;
      state = 'length';
    } else {
      state = framing;
    }
  };

  /** Consumes head bytes; returns the index after the head, or -1 when the head is still incomplete. */
  const readHead = (bytes: Uint8Array, index: number): number => {
    const before = headText.length;
    headText += latin1(bytes.subarray(index, Math.min(bytes.length, index + MAX_HEAD_BYTES + 4 - before)));
    const searchFrom = Math.max(0, before - 3);
    const crlf = headText.indexOf('\r\n\r\n', searchFrom);
    const lf = headText.indexOf('\n\n', searchFrom);
    const end = crlf !== -1 && (lf === -1 || crlf < lf) ? crlf + 4 : lf !== -1 ? lf + 2 : -1;
    if (end === -1) {
      if (headText.length > MAX_HEAD_BYTES) fail('the header is larger than 64 KiB');
      return -1;
    }
    const text = headText.slice(0, end);
    headText = '';
    parseHead(text); // after an interim (1xx) response the state stays 'head': the final one follows
    return index + (end - before);
  };

  return {
    push(bytes) {
      if (state === 'done' && bytes.length > 0) bytesAfterResponse = true;
      let index = 0;
      while (index < bytes.length && state !== 'done') {
        switch (state) {
          case 'head': {
            const next = readHead(bytes, index);
            if (next === -1) return;
            index = next;
            break;
          }
          case 'length': {
            const take = Math.min(remaining, bytes.length - index);
            handlers.onBody(bytes.subarray(index, index + take));
            index += take;
            remaining -= take;
            if (remaining === 0) finish();
            break;
          }
          case 'until-close':
            handlers.onBody(index === 0 ? bytes : bytes.subarray(index));
            index = bytes.length;
            break;
          case 'chunk-size': {
            const next = readLine(bytes, index);
            if (next === -1) return;
            index = next;
            const size = /^([0-9A-Fa-f]{1,12})[ \t]*(?:;.*)?$/.exec(takeLine());
            if (size == null) fail('malformed chunk size');
            remaining = parseInt(size![1]!, 16);
            state = remaining === 0 ? 'trailers' : 'chunk-data';
            break;
          }
          case 'chunk-data': {
            const take = Math.min(remaining, bytes.length - index);
            handlers.onBody(bytes.subarray(index, index + take));
            index += take;
            remaining -= take;
            if (remaining === 0) state = 'chunk-data-end';
            break;
          }
          case 'chunk-data-end': {
            const next = readLine(bytes, index);
            if (next === -1) return;
            index = next;
            if (takeLine() !== '') fail('a chunk is longer than its declared size');
            state = 'chunk-size';
            break;
          }
          case 'trailers': {
            const next = readLine(bytes, index);
            if (next === -1) return;
            index = next;
            const trailer = takeLine();
            trailerBytes += trailer.length + 2;
            if (trailerBytes > MAX_TRAILER_BYTES) fail('the trailer fields are larger than 64 KiB');
            if (trailer === '') finish(); // trailer fields themselves are not used
            break;
          }
        }
      }
      if (state === 'done' && index < bytes.length) bytesAfterResponse = true;
    },
    close() {
      if (state === 'done') return;
      if (state === 'until-close') return finish();
      throw new FetchFailureCause({ message: 'the connection closed before the body was complete' });
    },
    get finished() {
      return state === 'done';
    },
    get connectionReusable() {
      return state === 'done' && keepAlive && !bytesAfterResponse;
    },
  };
}

/**
 * How the body is delimited (RFC 9112 §6.3): chunked when that is the last transfer coding, to the
 * close for any other, else the Content-Length (a byte count; repeated values must agree), else the close.
 */
function bodyFraming(transferEncoding: string | undefined, contentLength: string | undefined): 'chunk-size' | 'until-close' | number {
  if (transferEncoding != null)
    return transferEncoding.split(',').at(-1)!.trim().toLowerCase() === 'chunked' ? 'chunk-size' : 'until-close';
  if (contentLength == null) return 'until-close';
  const lengths = new Set(contentLength.split(',').map((value) => value.trim()));
  const length = lengths.size === 1 && /^\d+$/.test([...lengths][0]!) ? Number([...lengths][0]) : NaN;
  if (!Number.isSafeInteger(length))
    throw new FetchFailureCause({
      message: `the server's reply is not valid HTTP/1.1: invalid Content-Length "${contentLength.slice(0, 40)}"`,
    });
  return length;
}

/** Every value of a field, joined with commas as repeated fields combine (RFC 9110 §5.3), or undefined. */
function fieldValues(rawHeaders: readonly string[], name: string): string | undefined {
  const values: string[] = [];
  for (let index = 0; index < rawHeaders.length; index += 2)
    if (rawHeaders[index]!.toLowerCase() === name) values.push(rawHeaders[index + 1]!);
  return values.length === 0 ? undefined : values.join(', ');
}

/** The first value of a field in Node's `rawHeaders` shape (names compared without case), or null. */
export function rawHeader(rawHeaders: readonly string[], name: string): string | null {
  for (let index = 0; index < rawHeaders.length; index += 2) if (rawHeaders[index]!.toLowerCase() === name) return rawHeaders[index + 1]!;
  return null;
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
