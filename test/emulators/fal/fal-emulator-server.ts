import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { routeEmulatorRequest } from '../../../src/emulators/emulator-router';
import { classifyFalRequest, createFalEmulator, DEMO_FAL_KEY, falErrorBody, type FalEmulator, type FalEmulatorOptions } from '../../../src/emulators/fal';
import { FaultInjector, withFaults } from '../../../src/emulators/faults';

export const DEMO_CLIP = new Uint8Array(readFileSync(join(__dirname, '../../../assets/demo-clip.mp4')));

export interface FalEmulatorServer {
  readonly url: string;
  /** Where the emulator is mounted: what a provider's baseUrl should be (stands for https://queue.fal.run). */
  readonly baseUrl: string;
  readonly emulator: FalEmulator;
  readonly faults: FaultInjector;
  close(): Promise<void>;
}

/** The fal emulator alone on an ephemeral loopback port, mounted at /fal with scripted faults. */
export async function startFalEmulatorServer(overrides: Partial<FalEmulatorOptions> = {}): Promise<FalEmulatorServer> {
  const emulator = createFalEmulator({ apiKey: DEMO_FAL_KEY, videoBytes: DEMO_CLIP, ...overrides, basePath: '/fal' });
  const faults = new FaultInjector();
  const mount = withFaults({ name: 'fal', prefix: '/fal', handle: emulator.handle, classify: classifyFalRequest, errorBody: falErrorBody }, faults);
  const server = createServer((req, res) => {
    routeEmulatorRequest([mount], req, res).then(
      (handled) => {
        if (!handled) res.writeHead(404, { 'content-type': 'text/plain' }).end('no route');
      },
      (error: unknown) => res.destroy(error instanceof Error ? error : new Error(String(error))),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    baseUrl: `${url}/fal`,
    emulator,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
