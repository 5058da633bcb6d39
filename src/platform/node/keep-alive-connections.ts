import { connect as connectTcp, isIP, type OnReadOpts, type Socket } from 'node:net';
import { connect as connectTls, type ConnectionOptions } from 'node:tls';

/** What reads a connection while one exchange (a request and its response) uses it. */
interface ConnectionReader {
  /** Where the next socket read goes. */
  readBuffer(): Uint8Array;
  /** Bytes read; false stops reading until the socket is resumed. */
  onRead(byteCount: number, buffer: Uint8Array): boolean;
  onEnd(): void;
  onClose(): void;
  onError(error: Error): void;
}

/** One connection to an origin, used by one exchange at a time. */
export interface Connection {
  readonly socket: Socket;
  /** Reads land here unless the reader says otherwise: one buffer per connection, reused. */
  readonly buffer: Buffer;
  /** It carried an exchange before: the server may have closed it meanwhile, so a failure before any reply byte is worth one retry. */
  readonly reused: boolean;
  /** Reads go to `reader` from now on. */
  attach(reader: ConnectionReader): void;
  /** The exchange is over and the connection is clean: it waits, idle, for the next GET to its origin. */
  release(): void;
  /** Closes it for good. */
  destroy(): void;
}

/**
 * An idle connection is closed after this long. Longer than most servers keep one (Node 5 s,
 * many CDNs 5–60 s): a server's close is seen (its FIN ends the idle socket) and a request that
 * races it is retried on a new connection, so keeping it longer costs nothing.
 */
const IDLE_MS = 30_000;
/** Idle connections kept per origin: polls and a download at a time need one or two. */
const MAX_IDLE_PER_ORIGIN = 4;
/** Just under 128 KiB: glibc serves larger requests with an mmap of their own. */
const READ_BUFFER_BYTES = 124 * 1024;

/**
 * Keep-alive connections for GETs, per origin: a status poll every few seconds reuses one
 * connection instead of paying a TCP (and TLS) handshake each time, as fetch does. An idle
 * connection does not keep the process alive (unref'd), and is dropped when its server closes it,
 * sends anything unasked, or it has waited IDLE_MS.
 */
export class KeepAliveConnections {
  private readonly idle = new Map<string, Connection[]>();

  /** @param ca certificate authorities for HTTPS (PEM), or undefined for Node's own roots */
  constructor(private readonly ca?: readonly string[]) {}

  /** An idle connection to the URL's origin, else a new one. */
  take(url: URL): Connection {
    const key = originKey(url);
    const waiting = this.idle.get(key);
    for (let connection = waiting?.pop(); connection != null; connection = waiting?.pop()) {
      if (!connection.socket.destroyed) {
        if (waiting!.length === 0) this.idle.delete(key);
        return connection;
      }
    }
    this.idle.delete(key);
    return this.open(url);
  }

  /** A new connection, never an idle one (the retry after a reused one failed). */
  open(url: URL): Connection {
    const key = originKey(url);
    let reader: ConnectionReader | undefined;
    let idleTimer: ReturnType<typeof setTimeout> | undefined;
    let reused = false;
    const buffer = Buffer.allocUnsafeSlow(READ_BUFFER_BYTES);
    const forget = () => {
      clearTimeout(idleTimer);
      const waiting = this.idle.get(key);
      const index = waiting?.indexOf(connection) ?? -1;
      if (index !== -1) waiting!.splice(index, 1);
      if (waiting?.length === 0) this.idle.delete(key);
    };
    const onread: OnReadOpts = {
      buffer: () => reader?.readBuffer() ?? buffer,
      callback: (byteCount, bytes) => {
        if (reader != null) return reader.onRead(byteCount, bytes);
        connection.destroy(); // an idle connection was sent something it did not ask for
        return false;
      },
    };
    const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    const https = url.protocol === 'https:';
    const port = url.port === '' ? (https ? 443 : 80) : Number(url.port);
    // tls.connect hands onread on to its socket (checked with Node 20 against a local HTTPS server); its options type leaves it out.
    const tlsOptions: ConnectionOptions & { onread: OnReadOpts } = {
      host,
      port,
      servername: isIP(host) === 0 ? host : undefined,
      ALPNProtocols: ['http/1.1'],
      ...(this.ca == null ? {} : { ca: [...this.ca] }),
      onread,
    };
    const socket: Socket = https ? connectTls(tlsOptions) : connectTcp({ host, port, onread });
    socket.on('error', (error) => (reader == null ? connection.destroy() : reader.onError(error)));
    socket.on('end', () => (reader == null ? connection.destroy() : reader.onEnd()));
    socket.on('close', () => {
      forget();
      reader?.onClose();
    });
    // Flowing, so the socket reports its end (no 'data' listener would otherwise switch it on).
    socket.resume();

    const connection: Connection = {
      socket,
      buffer,
      get reused() {
        return reused;
      },
      attach: (next) => {
        forget();
        reader = next;
        socket.ref();
      },
      release: () => {
        reader = undefined;
        reused = true;
        if (socket.destroyed) return;
        const waiting = this.idle.get(key) ?? [];
        if (waiting.length >= MAX_IDLE_PER_ORIGIN) return connection.destroy();
        waiting.push(connection);
        this.idle.set(key, waiting);
        socket.unref();
        socket.resume(); // an exchange may have paused it; idle, it must still see the server's close
        idleTimer = setTimeout(() => connection.destroy(), IDLE_MS);
        idleTimer.unref();
      },
      destroy: () => {
        reader = undefined;
        forget();
        socket.destroy();
      },
    };
    return connection;
  }
}

function originKey(url: URL): string {
  return `${url.protocol}//${url.host}`;
}
