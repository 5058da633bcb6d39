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
 * Every socket read of a connection lands in the same buffer, and its body bytes are copied out
 * before the next read: into the reader's own buffer (a BYOB read), or into a chunk of their own
 * (a default read). The buffer stays hot in cache and nothing is allocated per read — a fresh
 * buffer per read (node:http's way, and our earlier arenas) made the kernel fault in new pages
 * again and again once freed memory went back to the system, most of a loopback download's
 * system time. Just under 128 KiB: glibc serves larger requests with an mmap of their own.
 */
const READ_BUFFER_BYTES = 124 * 1024;
/** A reader's buffer with less room than this left is handed over rather than filled further. */
const MIN_ROOM_BYTES = 16 * 1024;

/**
 * One GET over its own connection, read without node:http: the socket reads into one reused buffer
 * (`onread`), an incremental HTTP/1.1 parser frames the body, and the body is a readable byte
 * stream. A BYOB reader (downloadToSink, with buffers it recycles) gets the bytes copied straight
 * into its buffer, which is filled across socket reads while more data is waiting, so a fast
 * download allocates nothing per read; any other reader gets each read's bytes as a chunk of their
 * own. The connection is closed after the response (`Connection: close`). Rejects with
 * TypeError("fetch failed") (cause: the socket error) before the response head, errors the body
 * with TypeError("terminated") after it; the signal aborts both with its reason.
 */
export function socketGet(url: URL, headers: Headers, signal: AbortSignal, options: SocketGetOptions): Promise<SocketResponse> {
  return new Promise((resolve, reject) => {
    let response: SocketResponse | undefined;
    let controller: ReadableByteStreamController | undefined;
    let decoder: Transform | undefined;
    let finished = false;
    let received = false;
    const readBuffer = Buffer.allocUnsafeSlow(READ_BUFFER_BYTES); // uninitialised: only bytes read into it are ever copied out
    // Body bytes not handed on yet, in order: views of readBuffer (no socket read happens while
    // any is here), or a decoder's output.
    const waiting: Uint8Array[] = [];
    let waitingBytes = 0;
    let bodyDone = false; // every body byte is in `waiting` or handed on
    // How the body is read, known at the first pull: BYOB reads are filled in place; default reads
    // get chunks of their own, read ahead up to bufferBytes.
    let readerKind: 'byob' | 'default' | undefined;
    let filledBytes = 0; // copied into the pending BYOB read's buffer, not yet handed over
    let lastReadBytes = 0;
    let paused = false;

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

    const takeWaiting = (target: Uint8Array, offset: number): number => {
      let copied = 0;
      while (waiting.length > 0 && offset + copied < target.length) {
        const next = waiting[0]!;
        const count = Math.min(next.length, target.length - offset - copied);
        target.set(count === next.length ? next : next.subarray(0, count), offset + copied);
        copied += count;
        if (count === next.length) waiting.shift();
        else waiting[0] = next.subarray(count);
      }
      waitingBytes -= copied;
      return copied;
    };
    /** Hands on what can be handed on now, and ends the body once everything is out. */
    const deliver = () => {
      if (finished) return;
      if (controller == null) return void (bodyDone && cleanUp()); // no body to hand on (a HEAD-like response)
      const request = controller.byobRequest;
      if (request?.view != null) {
        const view = request.view as Uint8Array;
        filledBytes += takeWaiting(view, filledBytes);
        // Filled further while the socket still brings full reads (a fast link: fewer, larger chunks);
        // handed over when nearly full, when nothing more is on its way right now, or at the end.
        const moreComing = decoder == null && !bodyDone && lastReadBytes === READ_BUFFER_BYTES;
        if (filledBytes > 0 && (view.length - filledBytes < MIN_ROOM_BYTES || waitingBytes > 0 || !moreComing)) {
          const count = filledBytes;
          filledBytes = 0;
          request.respond(count);
        }
      } else if (readerKind === 'default' && waitingBytes > 0) {
        const chunk = new Uint8Array(waitingBytes);
        takeWaiting(chunk, 0);
        controller.enqueue(chunk);
      }
      if (bodyDone && waitingBytes === 0 && filledBytes === 0) {
        cleanUp();
        controller.close();
        // A BYOB read still waiting is answered "done" (the stream's rule after close).
        controller.byobRequest?.respond(0);
      }
    };
    /** Reading stops while body bytes wait in the read buffer (the next read would overwrite them) or too much is queued. */
    const shouldPause = (): boolean =>
      decoder == null ? waitingBytes > 0 || (controller?.desiredSize ?? 0) <= -options.bufferBytes : waitingBytes >= options.bufferBytes;
    const take = (bytes: Uint8Array) => {
      // zlib may read its input later: it gets a copy, since the read buffer is reused.
      if (decoder != null) return void decoder.write(Buffer.from(bytes));
      waiting.push(bytes);
      waitingBytes += bytes.length;
    };
    const endBody = () => {
      if (decoder != null) {
        // Every byte is in: the connection may go while zlib finishes.
        received = true;
        socket.destroy();
        return void decoder.end();
      }
      received = true;
      bodyDone = true;
      deliver();
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
            waiting.push(chunk);
            waitingBytes += chunk.length;
            deliver();
            if (shouldPause()) {
              paused = true;
              socket.pause();
            }
          });
          decoder.once('end', () => {
            if (finished) return;
            bodyDone = true;
            deliver();
          });
          decoder.once('error', (error) => fail(error));
        }
        resolve(response);
      },
      onBody: take,
      onEnd: endBody,
    });

    const bodyStream = () =>
      new ReadableStream(
        {
          type: 'bytes',
          start(streamController) {
            controller = streamController;
          },
          pull(streamController) {
            readerKind ??= streamController.byobRequest == null ? 'default' : 'byob';
            deliver();
            if (paused && !finished && !shouldPause()) {
              paused = false;
              socket.resume();
            }
          },
          cancel() {
            if (finished) return;
            cleanUp();
          },
        },
        { highWaterMark: 0 },
      );

    /** Where the next socket read goes: the read buffer, unless (never expected) bytes of the last read still wait there. */
    const nextReadBuffer = (): Uint8Array => (decoder == null && waitingBytes > 0 ? Buffer.allocUnsafe(READ_BUFFER_BYTES) : readBuffer);
    const onRead = (byteCount: number, buffer: Uint8Array): boolean => {
      if (finished) return false;
      lastReadBytes = byteCount;
      try {
        parser.push(buffer.subarray(0, byteCount));
      } catch (error) {
        fail(error);
        return false;
      }
      if (finished) return false;
      if (controller == null) return true;
      deliver();
      paused = !finished && shouldPause();
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
