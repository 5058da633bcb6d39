import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeFetch, nodeFetch } from '../../../src/platform/node/node-fetch';

/**
 * HTTPS through the Node fetch's own socket reader (GET) and node:https (requests with a body): a server with a
 * certificate made for this run (openssl, as a private CA's would be), trusted only when the caller says so.
 */
let server: Server;
let port: number;
let certificate: string;
const body = Buffer.from(Uint8Array.from({ length: 3 * 1024 * 1024 + 17 }, (_, index) => (index * 31 + (index >> 9)) & 0xff));
/** Byte equality without a deep comparison of three million elements. */
const sameBytes = (bytes: ArrayBuffer) => Buffer.from(bytes).equals(body);

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cliprelay-tls-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
      '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore' }); // prettier-ignore
    certificate = readFileSync(join(dir, 'cert.pem'), 'utf8');
    const key = readFileSync(join(dir, 'key.pem'), 'utf8');
    server = createServer({ key, cert: certificate }, (request, response) => {
      if (request.method === 'POST') {
        const parts: Buffer[] = [];
        request.on('data', (part: Buffer) => parts.push(part));
        request.on('end', () => response.end(JSON.stringify({ echoed: Buffer.concat(parts).toString('utf8') })));
      } else if (request.url === '/gzip') {
        response.writeHead(200, { 'content-encoding': 'gzip' });
        response.end(gzipSync(body)); // no Content-Length: chunked
      } else {
        response.writeHead(200, { 'content-length': String(body.byteLength) });
        response.end(body);
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('the Node fetch over HTTPS', () => {
  it('reads a file body byte for byte from a server whose CA the caller trusts', async () => {
    const fetch = createNodeFetch({ extraCertificates: [certificate] });
    const response = await fetch(`https://localhost:${port}/clip.mp4`);
    expect(response.status).toBe(200);
    expect(sameBytes(await response.arrayBuffer())).toBe(true);
  });

  it('polls over one TLS connection: the handshake is paid once, not per GET', async () => {
    let handshakes = 0;
    const count = () => (handshakes += 1);
    server.on('secureConnection', count);
    try {
      const fetch = createNodeFetch({ extraCertificates: [certificate] });
      for (let poll = 0; poll < 4; poll++)
        expect(sameBytes(await (await fetch(`https://localhost:${port}/status`)).arrayBuffer())).toBe(true);
      expect(handshakes).toBe(1);
    } finally {
      server.off('secureConnection', count);
    }
  });

  it('decodes a chunked gzip body over TLS', async () => {
    const response = await createNodeFetch({ extraCertificates: [certificate] })(`https://localhost:${port}/gzip`);
    expect(sameBytes(await response.arrayBuffer())).toBe(true);
  });

  it('sends a request body over node:https with the same trust', async () => {
    const response = await createNodeFetch({ extraCertificates: [certificate] })(`https://localhost:${port}/jobs`, {
      method: 'POST',
      body: 'prompt: harbour at dawn',
    });
    expect(await response.json()).toEqual({ echoed: 'prompt: harbour at dawn' });
  });

  it.each(['GET', 'POST'])('refuses a certificate no trusted CA signed (%s)', async (method) => {
    const failure = await nodeFetch(`https://localhost:${port}/clip.mp4`, { method, body: method === 'POST' ? '{}' : undefined }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(TypeError);
    expect(String((failure as TypeError).cause)).toMatch(/self[- ]signed/i);
  });

  it('refuses a trusted certificate made out to another host name', async () => {
    const failure = await createNodeFetch({ extraCertificates: [certificate] })(`https://127.0.0.1:${port}/clip.mp4`).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(TypeError);
    expect(String((failure as TypeError).cause)).toMatch(/altnames|does not match|not in the cert/i);
  });
});
