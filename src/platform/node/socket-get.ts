import type { Transform } from 'node:stream';
import { FetchFailureCause } from './fetch-failure-cause';
import { http1ResponseParser, rawHeader, type Http1ResponseHead } from './http1-response-parser';
import type { Connection, KeepAliveConnections } from './keep-alive-connections';

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
  /** Where the GET finds its connection (an idle one to the same origin, or a new one) and leaves it after a clean response. */
  readonly connections: KeepAliveConnections;
}

/** A reader's buffer with less room than this left is handed over rather than filled further. */
const MIN_ROOM_BYTES = 16 * 1024;

/**
 * One GET read without node:http: every socket read of the connection lands in the same buffer
 * (`onread`), an incremental HTTP/1.1 parser frames the body, and the body is a readable byte
 * stream whose bytes are copied out before the next read — straight into a BYOB reader's buffer
 * (downloadToSink, with buffers it recycles), filled across socket reads while more data is
 * waiting, or into a chunk of their own for any other reader. Nothing is allocated per read: a
 * fresh buffer per read (node:http's way, and our earlier arenas) made the kernel fault in new
 * pages again and again once freed memory went back to the system, most of a loopback download's
 * system time. The connection is kept for the next GET to the origin after a clean response;
 * a reused one that fails before any reply byte (its server closed it meanwhile) is retried once
 * on a new one. Rejects with TypeError("fetch failed") (cause: the socket error) before the
 * response head, errors the body with TypeError("terminated") after it; the signal aborts both
 * with its reason.
 */
export function socketGet(url: URL, headers: Headers, signal: AbortSignal, options: SocketGetOptions): Promise<SocketResponse> {
  return new Promise((resolve, reject) => {
    let response: SocketResponse | undefined;
    let controller: ReadableByteStreamController | undefined;
    let decoder: Transform | undefined;
    let finished = false;
    let received = false;
    let replied = false; // a byte of the reply arrived
    let connection: Connection = options.connections.take(url);
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

    let connectionDone = false;
    /**
     * Done with the connection, exactly once: left clean, it waits for the next GET; else it is closed. Once handed
     * back it may be carrying another GET, so nothing here touches it again.
     */
    const leaveConnection = (clean: boolean) => {
      if (connectionDone) return;
      connectionDone = true;
      if (clean && parser.connectionReusable) connection.release();
      else connection.destroy();
    };
    /** The exchange is over. */
    const cleanUp = (connectionClean = false) => {
      finished = true;
      signal.removeEventListener('abort', onAbort);
      leaveConnection(connectionClean);
      decoder?.destroy();
    };
    const fail = (cause: unknown) => {
      if (finished) return;
      if (!replied && connection.reused && !signal.aborted) {
        // The server closed the idle connection as we sent the request: once more, on a new one.
        connection.destroy();
        return startOn(options.connections.open(url));
      }
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
      if (controller == null) return void (bodyDone && cleanUp(true)); // no body to hand on (a HEAD-like response)
      const request = controller.byobRequest;
      if (request?.view != null) {
        const view = request.view as Uint8Array;
        filledBytes += takeWaiting(view, filledBytes);
        // Filled further while the socket still brings full reads (a fast link: fewer, larger chunks);
        // handed over when nearly full, when nothing more is on its way right now, or at the end.
        const moreComing = decoder == null && !bodyDone && lastReadBytes === connection.buffer.length;
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
        cleanUp(true); // every byte is out of the read buffer: the connection may serve the next GET
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
        // Every byte is in (zlib has copies): the connection may serve the next GET while zlib finishes.
        received = true;
        leaveConnection(true);
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
            // Once every byte is in, the connection may be serving another GET: it is not ours to pause.
            if (!connectionDone && shouldPause()) {
              paused = true;
              connection.socket.pause();
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
            if (paused && !finished && !connectionDone && !shouldPause()) {
              paused = false;
              connection.socket.resume();
            }
          },
          cancel() {
            if (finished) return;
            cleanUp();
          },
        },
        { highWaterMark: 0 },
      );

    /** Where the next socket read goes: the connection's buffer, unless (never expected) bytes of the last read still wait there. */
    const readBuffer = (): Uint8Array =>
      decoder == null && waitingBytes > 0 ? Buffer.allocUnsafe(connection.buffer.length) : connection.buffer;
    const onRead = (byteCount: number, buffer: Uint8Array): boolean => {
      if (finished) return false;
      replied ||= byteCount > 0;
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
    const onEnd = () => {
      if (finished) return;
      try {
        parser.close();
      } catch (error) {
        fail(error);
      }
    };
    const onClose = () => {
      if (!received) fail(new FetchFailureCause({ message: 'the connection closed before the body was complete' }));
    };

    /** Sends the request on `next` and reads its reply from there. */
    const startOn = (next: Connection) => {
      connection = next;
      next.attach({ readBuffer, onRead, onEnd, onClose, onError: fail });
      next.socket.resume(); // reading stops while onRead returns false and starts again in pull
      next.socket.write(requestHead(url, headers), 'latin1');
    };
    if (signal.aborted) {
      connection.release(); // not used: still clean
      return reject(abortReason(signal));
    }
    signal.addEventListener('abort', onAbort, { once: true });
    startOn(connection);
  });
}

function requestHead(url: URL, headers: Headers): string {
  let head = `GET ${url.pathname}${url.search} HTTP/1.1\r\n`;
  if (!headers.has('host')) head += `host: ${url.host}\r\n`;
  headers.forEach((value, name) => {
    if (name !== 'connection') head += `${name}: ${value}\r\n`;
  });
  return `${head}\r\n`; // HTTP/1.1 keeps the connection open unless a side says close
}

// The signal's own reason is whatever the caller aborted with (usually an Error): it is handed back untouched.
function abortReason(signal: AbortSignal): Error {
  return (signal.reason as Error | undefined) ?? new DOMException('This operation was aborted', 'AbortError');
}
