import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FetchFailureCause } from '../../../src/platform/node/fetch-failure-cause';
import { http1ResponseParser, type Http1ResponseHead } from '../../../src/platform/node/http1-response-parser';

const encoder = new TextEncoder();

interface Parsed {
  heads: Http1ResponseHead[];
  body: number[];
  ends: number;
}

/** Feeds `pieces` one by one (then the close, if asked) and records what the parser reported. */
function parse(pieces: readonly Uint8Array[], options: { method?: string; close?: boolean } = {}): Parsed {
  const parsed: Parsed = { heads: [], body: [], ends: 0 };
  const parser = http1ResponseParser(options.method ?? 'GET', {
    onHead: (head) => parsed.heads.push(head),
    onBody: (bytes) => parsed.body.push(...bytes),
    onEnd: () => (parsed.ends += 1),
  });
  for (const piece of pieces) parser.push(piece);
  if (options.close === true) parser.close();
  return parsed;
}

/** Splits bytes at the given cut points (any, in any order). */
function splitAt(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const pieces: Uint8Array[] = [];
  let from = 0;
  for (const point of [...points, bytes.length]) {
    pieces.push(bytes.subarray(from, point));
    from = point;
  }
  return pieces;
}

function concat(parts: readonly (string | Uint8Array)[]): Uint8Array {
  const bytes = parts.map((part) => (typeof part === 'string' ? encoder.encode(part) : part));
  const all = new Uint8Array(bytes.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of bytes) {
    all.set(part, offset);
    offset += part.length;
  }
  return all;
}

type Framing = 'length' | 'chunked' | 'close';

/** A response as a server might write it: optional interim 103, CRLF or bare LF, chunk sizes and extensions of its choosing. */
const responses = fc.record({
  status: fc.constantFrom(200, 206, 404, 500),
  body: fc.uint8Array({ maxLength: 3000 }),
  framing: fc.constantFrom<Framing>('length', 'chunked', 'close'),
  chunkSizes: fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 8 }),
  chunkExtension: fc.boolean(),
  trailer: fc.boolean(),
  interim: fc.boolean(),
  newline: fc.constantFrom('\r\n', '\n'),
  extraHeaders: fc.array(fc.tuple(fc.constantFrom('X-Id', 'etag', 'Content-Type'), fc.stringMatching(/^[!-~]([ !-~]{0,20}[!-~])?$/)), {
    maxLength: 4,
  }),
  cuts: fc.array(fc.nat(), { maxLength: 12 }),
});

type GeneratedResponse = typeof responses extends fc.Arbitrary<infer Value> ? Value : never;

function serialize(response: GeneratedResponse): Uint8Array {
  const nl = response.newline;
  const parts: (string | Uint8Array)[] = [];
  if (response.interim) parts.push(`HTTP/1.1 103 Early Hints${nl}Link: </style.css>; rel=preload${nl}${nl}`);
  parts.push(`HTTP/1.1 ${response.status} Some Reason${nl}`);
  for (const [name, value] of response.extraHeaders) parts.push(`${name}: ${value}${nl}`);
  if (response.framing === 'length') parts.push(`Content-Length: ${response.body.length}${nl}`);
  if (response.framing === 'chunked') parts.push(`Transfer-Encoding: chunked${nl}`);
  parts.push(nl);
  if (response.framing !== 'chunked') return concat([...parts, response.body]);
  let offset = 0;
  for (let index = 0; offset < response.body.length; index++) {
    const wanted = response.chunkSizes.at(index % response.chunkSizes.length) ?? 1;
    const size = Math.min(wanted, response.body.length - offset);
    parts.push(
      `${size.toString(16)}${response.chunkExtension ? ';name=value' : ''}\r\n`,
      response.body.subarray(offset, offset + size),
      '\r\n',
    );
    offset += size;
  }
  parts.push(`0\r\n${response.trailer ? 'Expires: never\r\n' : ''}\r\n`);
  return concat(parts);
}

describe('http1ResponseParser', () => {
  it('reads status, fields and body however the bytes are split, under every framing', () => {
    fc.assert(
      fc.property(responses, (response) => {
        const parsed = parse(splitAt(serialize(response), response.cuts), { close: response.framing === 'close' });
        expect(parsed.heads).toHaveLength(1); // the interim 103 is skipped
        const head = parsed.heads[0]!;
        expect(head.status).toBe(response.status);
        expect(head.statusText).toBe('Some Reason');
        const names = head.rawHeaders.filter((_, index) => index % 2 === 0);
        expect(names.slice(0, response.extraHeaders.length)).toEqual(response.extraHeaders.map(([name]) => name));
        expect(head.rawHeaders.filter((_, index) => index % 2 === 1).slice(0, response.extraHeaders.length)).toEqual(
          response.extraHeaders.map(([, value]) => value),
        );
        expect(head.bodyBytes).toBe(response.framing === 'length' ? response.body.length : undefined);
        expect(parsed.body).toEqual([...response.body]);
        expect(parsed.ends).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a body cut short when its length is known (Content-Length, chunked), never ending it early', () => {
    fc.assert(
      fc.property(
        responses.filter((response) => response.framing !== 'close'),
        fc.nat(),
        (response, cut) => {
          const bytes = serialize(response);
          const prefix = bytes.subarray(0, cut % bytes.length); // at least one byte missing
          const parsed: Parsed = { heads: [], body: [], ends: 0 };
          const parser = http1ResponseParser('GET', {
            onHead: (head) => parsed.heads.push(head),
            onBody: (body) => parsed.body.push(...body),
            onEnd: () => (parsed.ends += 1),
          });
          parser.push(prefix);
          expect(parsed.ends).toBe(0);
          expect(parser.finished).toBe(false);
          expect(() => parser.close()).toThrow(FetchFailureCause);
          expect(parsed.body).toEqual([...response.body.subarray(0, parsed.body.length)]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives HEAD, 204 and 304 answers no body even when they declare a length', () => {
    const head = parse([encoder.encode('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n')], { method: 'HEAD' });
    expect(head.heads[0]!.hasBody).toBe(false);
    expect(head.ends).toBe(1);
    for (const status of [204, 304]) {
      const parsed = parse([encoder.encode(`HTTP/1.1 ${status} X\r\nContent-Length: 10\r\n\r\n`)]);
      expect(parsed.heads[0]!.hasBody).toBe(false);
      expect(parsed.ends).toBe(1);
    }
  });

  it('reads Transfer-Encoding over Content-Length, repeated equal lengths, folded lines and a status without reason', () => {
    const chunked = parse([
      encoder.encode('HTTP/1.1 200 OK\r\nContent-Length: 99\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n'),
    ]);
    expect(String.fromCharCode(...chunked.body)).toBe('abc');
    const repeated = parse([encoder.encode('HTTP/1.1 200\r\nContent-Length: 2\r\nContent-Length: 2\r\nX-Long: a\r\n b\r\n\r\nhi')]);
    expect(repeated.heads[0]!.statusText).toBe('');
    expect(repeated.heads[0]!.rawHeaders).toEqual(['Content-Length', '2', 'Content-Length', '2', 'X-Long', 'a b']);
    expect(String.fromCharCode(...repeated.body)).toBe('hi');
  });

  it('refuses what would corrupt the body: conflicting lengths, a bad chunk size, an over-long chunk, not HTTP/1.1', () => {
    const refused = [
      'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nabc',
      'HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n',
      'HTTP/2 200\r\n\r\n',
      '<html>not http</html>\r\n\r\n',
      'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n',
      'HTTP/1.1 200 OK\r\nbad field line\r\n\r\n',
    ];
    for (const text of refused) expect(() => parse([encoder.encode(text)]), text).toThrow(FetchFailureCause);
    expect(() => parse([encoder.encode(`HTTP/1.1 200 OK\r\nX: ${'a'.repeat(70_000)}`)])).toThrow(/64 KiB/);
  });

  it('stops a hostile server that never ends a reply: endless interim responses or trailer fields', () => {
    const interim = 'HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n';
    expect(parse([encoder.encode(`${interim.repeat(2)}HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx`)]).body).toEqual([0x78]);
    expect(() => parse([encoder.encode(interim.repeat(17))])).toThrow(/interim/);
    const chunked = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n';
    expect(parse([encoder.encode(`${chunked}Checksum: abc\r\n\r\n`)]).ends).toBe(1);
    const endless = Array.from({ length: 100 }, () => encoder.encode(`X-Padding: ${'p'.repeat(1_000)}\r\n`));
    expect(() => parse([encoder.encode(chunked), ...endless])).toThrow(/trailer fields are larger than 64 KiB/);
  });
});
