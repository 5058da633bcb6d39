import { connect as connectTcp, isIP, type OnReadOpts, type Socket } from 'node:net';
import { connect as connectTls, type ConnectionOptions } from 'node:tls';
import type { Transform } from 'node:stream';
import { FetchFailureCause } from './fetch-failure-cause';
import { http1ResponseParser, rawHeader, type Http1ResponseHead } from './http1-response-parser';

/** A response whose body has not been read yet. */
export interface SocketResponse extends Http1ResponseHead {
  /** The body as it arrives; null when the response has none (fetch's null body). */
  readonly body: ReadableStream<Uint8Array> | null;
  /** Drops the response and its connection (a redirect's body is not wanted). */
  discard(): void;
}

interface SocketGetOptions {
  /** Turns the raw body into decoded bytes for a Content-Encoding, or returns undefined for none. */
  readonly decoderFor: (contentEncoding: string | null) => Transform | undefined;
  /** Body bytes read ahead of the consumer before the socket stops reading. */
  readonly bufferBytes: number;
  /** Certificate authorities trusted for HTTPS (PEM): Node's roots plus any the user added. @default Node's roots */
  readonly ca?: readonly string[];
}

/**
 * Socket reads land in arenas of this size, one after another, and body bytes are handed on as
 * views of them: no copy, and no arena region is read into twice. Just under 128 KiB on purpose:
 * glibc's malloc serves larger requests with a fresh mmap each time, and faulting in new pages
 * cost more than the rest of the read (measured: 1 MiB blocks 0.6–0.8 ms of CPU per MiB, 124 KiB
 * blocks 0.09).
 */
const ARENA_BYTES = 124 * 1024;
/** A read into less room than this starts a new arena instead. */
const MIN_READ_BYTES = 16 * 1024;

/**
 * One GET over its own connection, read without node:http (whose parser allocates and copies
 * every socket read into a new buffer, most of a fast download's CPU time): the socket reads
 * straight into arenas we hand it (`onread`), an incremental HTTP/1.1 parser frames the body, and
 * the body reaches the stream as views of those arenas, neighbouring reads joined into one chunk
 * while the reader is busy. The connection is closed after the response
 * (`Connection: close`). Rejects with TypeError("fetch failed") (cause: the socket error) before
 * the response head, errors the body with TypeError("terminated") after it; the signal aborts
 * both with its reason.
 */
export function socketGet(url: URL, headers: Headers, signal: AbortSignal, options: SocketGetOptions): Promise<SocketResponse> {
  return new Promise((resolve, reject) => {
    let response: SocketResponse | undefined;
    let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
    let decoder: Transform | undefined;
    let finished = false;
    let received = false;
    // Where the next socket read goes: arena bytes from arenaUsed on have not been read into yet.
    let arena = Buffer.allocUnsafeSlow(ARENA_BYTES); // uninitialised: only bytes read into it are ever handed on
    let arenaUsed = 0;
    // Body bytes not handed on yet: a view of an arena, grown while neighbouring reads continue it.
    let pending: Uint8Array | undefined;
    let readerWaiting = false;
    let paused = false; // reading stopped until the reader catches up

    const cleanUp = () => {
      finished = true;
      signal.removeEventListener('abort', onAbort);
      socket.destroy();
      decoder?.destroy();
    };
    const fail = (cause: unknown) => {
      if (finished) return;
      cleanUp();
      // As fetch: the abort reason itself, else "fetch failed" before the head and "terminated" during the body.
      const error = signal.aborted ? abortReason(signal) : new TypeError(response == null ? 'fetch failed' : 'terminated', { cause });
      if (response == null) reject(error);
      else controller?.error(error);
    };
    const onAbort = () => fail(abortReason(signal));

    /** Hands on the body bytes gathered so far. */
    const handOn = () => {
      if (pending == null || controller == null) return;
      controller.enqueue(pending);
      pending = undefined;
      readerWaiting = false;
    };
    const take = (bytes: Uint8Array) => {
      if (decoder != null) return void decoder.write(bytes); // arena bytes are never overwritten: zlib may keep them
      if (pending != null && pending.buffer === bytes.buffer && pending.byteOffset + pending.length === bytes.byteOffset) {
        pending = new Uint8Array(pending.buffer, pending.byteOffset, pending.length + bytes.length);
      } else {
        handOn();
        pending = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
      }
    };
    const endBody = () => {
      if (decoder != null) {
        // Every byte is in: the connection may go while zlib finishes.
        received = true;
        socket.destroy();
        return void decoder.end();
      }
      handOn();
      cleanUp();
      controller?.close();
    };

    const parser = http1ResponseParser('GET', {
      onHead(head) {
        const contentEncoding = rawHeader(head.rawHeaders, 'content-encoding');
        decoder = head.hasBody ? options.decoderFor(contentEncoding) : undefined;
        const body = head.hasBody ? bodyStream() : null;
        response = { ...head, body, discard: () => fail(new FetchFailureCause({ message: 'discarded' })) };
        if (decoder != null) {
          decoder.on('data', (chunk: Buffer) => {
            if (finished) return;
            controller!.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
            if (-controller!.desiredSize! >= options.bufferBytes) {
              paused = true;
              socket.pause();
            }
          });
          decoder.once('end', () => {
            if (finished) return;
            cleanUp();
            controller!.close();
          });
          decoder.once('error', (error) => fail(error));
        }
        resolve(response);
      },
      onBody: take,
      onEnd: endBody,
    });

    const bodyStream = () =>
      new ReadableStream<Uint8Array>(
        {
          start(streamController) {
            controller = streamController;
          },
          pull() {
            // Called only while a read waits (high-water mark 0): hand on what has arrived so far.
            if (pending != null) handOn();
            else readerWaiting = true;
            if (paused && !finished) {
              paused = false;
              socket.resume();
            }
          },
          cancel() {
            if (finished) return;
            cleanUp();
          },
        },
        new ByteLengthQueuingStrategy({ highWaterMark: 0 }),
      );

    /** The room for the next socket read: the rest of the arena, or a new one. */
    const nextReadBuffer = (): Uint8Array => {
      if (ARENA_BYTES - arenaUsed < MIN_READ_BYTES) {
        arena = Buffer.allocUnsafeSlow(ARENA_BYTES);
        arenaUsed = 0;
      }
      return arena.subarray(arenaUsed);
    };
    const onRead = (byteCount: number, buffer: Uint8Array): boolean => {
      if (finished) return false;
      arenaUsed += byteCount; // read into the room nextReadBuffer gave: never handed to a read again
      try {
        parser.push(buffer.subarray(0, byteCount));
      } catch (error) {
        fail(error);
        return false;
      }
      if (finished || controller == null) return true;
      // A waiting reader gets what this read brought at once; a busy one finds neighbouring reads joined.
      if (readerWaiting) handOn();
      // Pausing here (rather than in pull) keeps at most a few MiB waiting unread.
      paused = -controller.desiredSize! >= options.bufferBytes;
      return !paused;
    };

    const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    const https = url.protocol === 'https:';
    const port = url.port === '' ? (https ? 443 : 80) : Number(url.port);
    const onread: OnReadOpts = { buffer: nextReadBuffer, callback: onRead };
    // tls.connect hands onread on to its socket (checked with Node 20 against a local HTTPS server); its options type leaves it out.
    const tlsOptions: ConnectionOptions & { onread: OnReadOpts } = {
      host,
      port,
      servername: isIP(host) === 0 ? host : undefined,
      ALPNProtocols: ['http/1.1'],
      ...(options.ca == null ? {} : { ca: [...options.ca] }),
      onread,
    };
    const socket: Socket = https ? connectTls(tlsOptions) : connectTcp({ host, port, onread });

    socket.on('error', fail);
    // Flowing, so the socket reports its end (no 'data' listener would otherwise switch it on). Reading stops
    // while onRead returns false and starts again in pull.
    socket.resume();
    socket.on('end', () => {
      if (finished) return;
      try {
        parser.close();
      } catch (error) {
        fail(error);
      }
    });
    socket.on('close', () => {
      if (!received) fail(new FetchFailureCause({ message: 'the connection closed before the body was complete' }));
    });
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    socket.write(requestHead(url, headers), 'latin1');
  });
}

function requestHead(url: URL, headers: Headers): string {
  let head = `GET ${url.pathname}${url.search} HTTP/1.1\r\n`;
  if (!headers.has('host')) head += `host: ${url.host}\r\n`;
  headers.forEach((value, name) => {
    if (name !== 'connection') head += `${name}: ${value}\r\n`;
  });
  return `${head}connection: close\r\n\r\n`;
}

// The signal's own reason is whatever the caller aborted with (usually an Error): it is handed back untouched.
function abortReason(signal: AbortSignal): Error {
  return (signal.reason as Error | undefined) ?? new DOMException('This operation was aborted', 'AbortError');
}
