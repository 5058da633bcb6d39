import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendJson } from './emulator-http';
import { mountEmulators, type MountEmulatorsOptions, type MountedEmulators } from './mount-emulators';

interface EmulatorServerOptions extends Omit<MountEmulatorsOptions, 'basePath'> {
  /** 0 picks a free port. */
  readonly port: number;
  /** @default '127.0.0.1' — emulators accept demo keys, so they stay off the network. */
  readonly host?: string;
}

export interface EmulatorServer extends Pick<
  MountedEmulators,
  'kling' | 'openai' | 'runway' | 'google' | 'fal' | 'byteplus' | 'comfyui' | 'mounts' | 'faults'
> {
  /** e.g. "http://127.0.0.1:4010"; a provider's base URL is `url + mount.prefix`. */
  readonly url: string;
  close(): Promise<void>;
}

/** A standalone HTTP server with every provider emulator mounted (`cliprelay emulate`, tests). */
export async function startEmulatorServer(options: EmulatorServerOptions): Promise<EmulatorServer> {
  const host = options.host ?? '127.0.0.1';
  const emulators = mountEmulators(options);
  const server = createServer((req, res) => {
    emulators.handle(req, res).then(
      (handled) => {
        if (!handled) sendJson(res, 404, { error: `No emulator at ${req.url ?? ''}` });
      },
      (error: unknown) => {
        if (res.headersSent) res.destroy();
        else sendJson(res, 500, { error: error instanceof Error ? error.message : String(error) });
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    mounts: emulators.mounts,
    kling: emulators.kling,
    openai: emulators.openai,
    runway: emulators.runway,
    google: emulators.google,
    fal: emulators.fal,
    byteplus: emulators.byteplus,
    comfyui: emulators.comfyui,
    faults: emulators.faults,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error == null ? resolve() : reject(error)));
        // Keep-alive sockets from fetch would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
