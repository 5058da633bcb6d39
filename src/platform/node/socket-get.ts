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
}

/** What one socket read may return: the kernel usually has less ready on a fast link, rarely more. */
const READ_BUFFER_BYTES = 256 * 1024;
/**
 * Body bytes are gathered into blocks of up to this size while the consumer is busy, so a reader
 * that fell behind gets fewer, larger chunks. Just under 128 KiB on purpose: glibc's malloc serves
 * larger requests with a fresh mmap each time, and faulting in new pages cost more than the rest of
 * the copy (measured: 1 MiB blocks 0.6–0.8 ms of CPU per MiB, 124 KiB blocks 0.09).
 */
const BLOCK_BYTES = 124 * 1024;

/**
 * One GET over its own connection, read without node:http (whose parser allocates and copies
 * every socket read into a new buffer, most of a fast download's CPU time): the socket reads into
 * one reused buffer (`onread`), an incremental HTTP/1.1 parser frames the body, and the body bytes
 * are copied once, into blocks handed to the stream. The connection is closed after the response
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
    // The block being filled: bytes [0, filled) are not handed on yet.
    let block = new Uint8Array(0);
    let filled = 0;
    let readerWaiting = false;
    let paused = false; // reading stopped until the reader catches up
    // Known from Content-Length: the last block is allocated no larger than the rest of the body.
    let bodyBytesLeft: number | undefined;

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

    /** Hands on what the block holds; the rest of its allocation is filled next. */
    const handOn = () => {
      if (filled === 0 || controller == null) return;
      controller.enqueue(block.subarray(0, filled));
      block = block.subarray(filled);
      filled = 0;
      readerWaiting = false;
    };
    const take = (bytes: Uint8Array) => {
      if (decoder != null) {
        decoder.write(Buffer.from(bytes)); // a copy: the read buffer is reused before zlib gets to it
        return;
      }
      let from = 0;
      while (from < bytes.length) {
        if (filled === block.length) {
          block = new Uint8Array(Math.min(BLOCK_BYTES, Math.max(bodyBytesLeft ?? BLOCK_BYTES, bytes.length - from)));
          filled = 0;
        }
        const count = Math.min(bytes.length - from, block.length - filled);
        block.set(bytes.subarray(from, from + count), filled);
        filled += count;
        from += count;
        if (bodyBytesLeft != null) bodyBytesLeft -= count;
        if (filled === block.length) handOn();
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
        bodyBytesLeft = head.bodyBytes;
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
            if (filled > 0) handOn();
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

    const onRead = (byteCount: number, buffer: Uint8Array): boolean => {
      if (finished) return false;
      try {
        parser.push(buffer.subarray(0, byteCount));
      } catch (error) {
        fail(error);
        return false;
      }
      if (finished || controller == null) return true;
      // A waiting reader gets what this read brought at once; a busy one finds it gathered in a block.
      if (readerWaiting) handOn();
      // Pausing here (rather than in pull) keeps at most a few MiB waiting unread.
      paused = -controller.desiredSize! >= options.bufferBytes;
      return !paused;
    };

    const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    const https = url.protocol === 'https:';
    const port = url.port === '' ? (https ? 443 : 80) : Number(url.port);
    const onread: OnReadOpts = { buffer: Buffer.allocUnsafe(READ_BUFFER_BYTES), callback: onRead };
    // tls.connect hands onread on to its socket (checked with Node 20 against a local HTTPS server); its options type leaves it out.
    const tlsOptions: ConnectionOptions & { onread: OnReadOpts } = {
      host,
      port,
      servername: isIP(host) === 0 ? host : undefined,
      ALPNProtocols: ['http/1.1'],
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
