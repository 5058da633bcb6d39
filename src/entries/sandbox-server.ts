import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mountEmulators } from '../emulators/mount-emulators';
import { createMediaStore } from './sandbox/media-store';
import { serveStaticFile } from './sandbox/static-files';

export interface SandboxServerOptions {
  /** 0 picks a free port. @default 5173 */
  readonly port: number;
  /** Loopback only: the emulators accept public demo keys. @default '127.0.0.1' */
  readonly host?: string;
  /** The built sandbox page (dist/sandbox). */
  readonly staticDir: string;
  /** The MP4 every emulated job returns. */
  readonly videoBytes: Uint8Array;
}

/**
 * The sandbox's server: the built page, the provider emulators under /emulators/<provider>, and
 * the media store under /sandbox/media where downloaded clips live.
 */
export async function startSandboxServer(options: SandboxServerOptions): Promise<{ url: string; close(): Promise<void> }> {
  const host = options.host ?? '127.0.0.1';
  const emulators = mountEmulators({ videoBytes: options.videoBytes, basePath: '/emulators' });
  const media = createMediaStore();

  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    const handled = path.startsWith('/sandbox/media/')
      ? media.handle(request, response, decodeURIComponent(path.slice('/sandbox/media/'.length))).then(() => true)
      : emulators.handle(request, response).then((done) => done || (request.method === 'GET' && serveStaticFile(options.staticDir, path, response)));
    handled.then(
      (done) => {
        if (!done) response.writeHead(404, { 'content-type': 'text/plain' }).end(`Nothing at ${path}`);
      },
      (error: unknown) => {
        if (response.headersSent) response.destroy();
        else response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
