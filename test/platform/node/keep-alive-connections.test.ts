import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Server as NetServer, type Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeFetch } from '../../../src/platform/node/node-fetch';

// GETs keep their connection for the next GET to the same origin (a status poll every few seconds
// then pays no new TCP/TLS handshake), unless the response or the reader says otherwise; a reused
// connection the server closed meanwhile costs one retry, never a failed request.

const servers: (Server | NetServer)[] = [];
const rawSockets: Socket[] = [];
afterEach(async () => {
  // The client keeps idle connections open: the servers close theirs, as a server's idle timeout would.
  for (const socket of rawSockets.splice(0)) socket.destroy();
  for (const server of servers.splice(0)) {
    if ('closeAllConnections' in server) server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function listen<T extends Server | NetServer>(server: T): Promise<{ server: T; base: string }> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** An HTTP server that counts the connections it accepted. */
async function countingServer(handle: Parameters<typeof createHttpServer>[1]) {
  const { server, base } = await listen(createHttpServer(handle));
  const counts = { connections: 0 };
  server.on('connection', () => (counts.connections += 1));
  return { base, counts };
}

/** A raw TCP server answering each request on a socket with `reply(requestNumberOnThisSocket, connectionNumber)`. */
async function rawServer(reply: (socket: Socket, requestOnSocket: number, connection: number) => void) {
  let connections = 0;
  const { base } = await listen(
    createNetServer((socket) => {
      rawSockets.push(socket);
      const connection = ++connections;
      let requests = 0;
      let pending = '';
      socket.on('data', (data) => {
        pending += data.toString('latin1');
        while (pending.includes('\r\n\r\n')) {
          pending = pending.slice(pending.indexOf('\r\n\r\n') + 4);
          reply(socket, ++requests, connection);
        }
      });
      socket.on('error', () => {});
    }),
  );
  return { base, connections: () => connections };
}

describe('keep-alive GETs', () => {
  it('send the next GET to the same origin over the same connection', async () => {
    const { base, counts } = await countingServer((req, res) => res.end(`body of ${req.url}`));
    const fetch = createNodeFetch();
    for (const path of ['/a', '/b', '/c']) expect(await (await fetch(`${base}${path}`)).text()).toBe(`body of ${path}`);
    expect(counts.connections).toBe(1);
  });

  it('open a new connection after a response that says close, or a body the reader cancelled', async () => {
    const { base, counts } = await countingServer((req, res) => {
      if (req.url === '/close') res.setHeader('connection', 'close');
      res.end('x'.repeat(req.url === '/big' ? 4 * 1024 * 1024 : 10));
    });
    const fetch = createNodeFetch();
    await (await fetch(`${base}/close`)).text();
    await (await fetch(`${base}/a`)).text(); // a new connection: the last one was closed
    const big = await fetch(`${base}/big`); // the same connection
    await big.body!.cancel(); // most of the body unread: the connection cannot carry another request
    await (await fetch(`${base}/b`)).text();
    expect(counts.connections).toBe(3);
  });

  it('do not reuse an HTTP/1.0 connection, or one that sent bytes after its response', async () => {
    const { base, connections } = await rawServer((socket, request, connection) => {
      if (connection === 1) socket.write('HTTP/1.0 200 OK\r\ncontent-length: 2\r\n\r\nok');
      else if (connection === 2) socket.write('HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nokGARBAGE');
      else socket.write(`HTTP/1.1 200 OK\r\ncontent-length: 3\r\n\r\n#${request}${connection}`);
    });
    const fetch = createNodeFetch();
    expect(await (await fetch(`${base}/1`)).text()).toBe('ok');
    expect(await (await fetch(`${base}/2`)).text()).toBe('ok');
    expect(await (await fetch(`${base}/3`)).text()).toBe('#13');
    expect(await (await fetch(`${base}/4`)).text()).toBe('#23');
    expect(connections()).toBe(3);
  });

  it('retry once on a new connection when the server closed the reused one as the request went out', async () => {
    const { base, connections } = await rawServer((socket, request, connection) => {
      if (connection === 1 && request === 2) return void socket.destroy(); // the idle connection's server gave up on it
      socket.write(`HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n${connection}${request}`);
    });
    const fetch = createNodeFetch();
    expect(await (await fetch(`${base}/first`)).text()).toBe('11');
    expect(await (await fetch(`${base}/second`)).text()).toBe('21');
    expect(connections()).toBe(2);
  });

  it('do not retry a new connection that fails: the error is the request’s', async () => {
    const { base } = await rawServer((socket) => socket.destroy());
    await expect(createNodeFetch()(`${base}/x`)).rejects.toThrow('fetch failed');
  });

  it('give every request its own body, in any sequence of reads, cancels and closes', async () => {
    const step = fc.record({
      bodyBytes: fc.integer({ min: 0, max: 300_000 }),
      chunked: fc.boolean(),
      gzipped: fc.boolean(),
      serverCloses: fc.boolean(),
      readerCancels: fc.boolean(),
      concurrentWith: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        const { base } = await countingServer((req, res) => {
          const index = Number(new URL(req.url!, 'http://x').searchParams.get('i'));
          const { bodyBytes, chunked, gzipped, serverCloses } = steps[index]!;
          const plain = Buffer.alloc(bodyBytes, index + 1);
          const body = gzipped ? gzipSync(plain) : plain;
          if (gzipped) res.setHeader('content-encoding', 'gzip');
          if (serverCloses) res.setHeader('connection', 'close');
          if (!chunked) res.setHeader('content-length', body.length);
          res.end(body);
        });
        const fetch = createNodeFetch();
        for (const [index, { bodyBytes, readerCancels, concurrentWith }] of steps.entries()) {
          const response = await fetch(`${base}/?i=${index}`);
          // Sometimes another GET to the origin while this body is unread: it must not get this connection.
          const other = concurrentWith ? fetch(`${base}/?i=${index}`).then((each) => each.arrayBuffer()) : undefined;
          if (readerCancels) await response.body?.cancel();
          else expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.alloc(bodyBytes, index + 1))).toBe(true);
          if (other != null) expect(Buffer.from(await other).equals(Buffer.alloc(bodyBytes, index + 1))).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  });
});
