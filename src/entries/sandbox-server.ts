import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readTextBody } from '../emulators/emulator-http';
import { FaultSpecError, parseFaultSpec } from '../emulators/faults';
import { mountEmulators } from '../emulators/mount-emulators';
import { createMediaStore } from './sandbox/media-store';
import { serveStaticFile } from './sandbox/static-files';

interface SandboxServerOptions {
  /** 0 picks a free port. @default 5173 */
  readonly port: number;
  /** Loopback only: the emulators accept public demo keys. @default '127.0.0.1' */
  readonly host?: string;
  /** The built sandbox page (dist/sandbox). */
  readonly staticDir: string;
  /** The MP4 every emulated job returns. */
  readonly videoBytes: Uint8Array;
  /** The demo sequence's own media (voice-over WAVs), served under /demo/. */
  readonly demoMediaDir: string;
}

/**
 * The sandbox's server: the built page, the provider emulators under /emulators/<provider>, and
 * the media store under /sandbox/media where downloaded clips live. Two loopback-only controls
 * let a person or a browser test play with failure: POST /sandbox/faults (a `--faults` spec; faults
 * for providers no emulator serves are refused), GET /sandbox/faults (what is still queued),
 * DELETE /sandbox/faults (clear them) and
 * GET /sandbox/emulator-tasks (what the emulators were asked to create).
 */
export async function startSandboxServer(options: SandboxServerOptions): Promise<{ url: string; close(): Promise<void> }> {
  const host = options.host ?? '127.0.0.1';
  const emulators = mountEmulators({ videoBytes: options.videoBytes, basePath: '/emulators' });
  const media = createMediaStore();

  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    const handled =
      path === '/sandbox/faults' && request.method === 'POST'
        ? addFaults(request, response)
        : path === '/sandbox/faults' && (request.method === 'GET' || request.method === 'DELETE')
          ? Promise.resolve(listOrClearFaults(request.method, response))
          : path === '/sandbox/emulator-tasks'
            ? Promise.resolve(sendTasks(response))
            : path.startsWith('/demo/') && request.method === 'GET'
              ? serveStaticFile(options.demoMediaDir, path.slice('/demo'.length), response)
              : path.startsWith('/sandbox/media/')
                ? media.handle(request, response, decodeURIComponent(path.slice('/sandbox/media/'.length))).then(() => true)
                : emulators
                    .handle(request, response)
                    .then((done) => done || (request.method === 'GET' && serveStaticFile(options.staticDir, path, response)));
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
  async function addFaults(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    try {
      const faults = parseFaultSpec(await readTextBody(request));
      // A fault for a provider no emulator serves would wait for ever, unseen: refuse it and say which exist.
      const known = emulators.mounts.map((mount) => mount.name);
      const unknown = faults.find((fault) => fault.provider != null && !known.includes(fault.provider));
      if (unknown != null) {
        response
          .writeHead(400, { 'content-type': 'text/plain' })
          .end(`Unknown provider "${unknown.provider}" in the fault list; emulated providers: ${known.join(', ')}.`);
        return true;
      }
      emulators.faults.add(...faults);
      response.writeHead(204).end();
    } catch (error) {
      if (!(error instanceof FaultSpecError)) throw error;
      response.writeHead(400, { 'content-type': 'text/plain' }).end(error.message);
    }
    return true;
  }

  /** GET lists the queued faults (so a person can see what a property run's case set up); DELETE clears them. */
  function listOrClearFaults(method: string, response: ServerResponse): boolean {
    if (method === 'DELETE') {
      emulators.faults.clear();
      response.writeHead(204).end();
      return true;
    }
    response
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ pending: emulators.faults.pending }, (_key, value: unknown) => (value === Infinity ? 'inf' : value)));
    return true;
  }

  function sendTasks(response: ServerResponse): boolean {
    const kling = [...emulators.kling.tasks.values()].map((task) => ({
      taskId: task.taskId,
      externalTaskId: task.externalTaskId,
      status: task.status,
      endpoint: task.endpoint,
      // The first 24 bytes of the reference image Kling received (base64), never all of it: a PNG's signature and its size.
      imageHead: imageHeadOf(task.requestBody),
    }));
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ kling }));
    return true;
  }

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

function imageHeadOf(requestBody: unknown): string | null {
  const image = (requestBody as { image?: unknown } | null)?.image;
  return typeof image === 'string' ? image.slice(0, 32) : null;
}
