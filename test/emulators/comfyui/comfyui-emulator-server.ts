import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { classifyComfyUiRequest, comfyUiErrorBody, createComfyUiEmulator, type ComfyUiEmulator, type ComfyUiEmulatorOptions } from '../../../src/emulators/comfyui';
import { routeEmulatorRequest } from '../../../src/emulators/emulator-router';
import { FaultInjector, withFaults } from '../../../src/emulators/faults';

export const DEMO_CLIP = new Uint8Array(readFileSync(join(__dirname, '../../../assets/demo-clip.mp4')));

export interface ComfyUiEmulatorServer {
  readonly url: string;
  /** Where the emulator is mounted: what a provider's baseUrl should be (stands for http://127.0.0.1:8188). */
  readonly baseUrl: string;
  readonly emulator: ComfyUiEmulator;
  readonly faults: FaultInjector;
  close(): Promise<void>;
}

/** The ComfyUI emulator alone on an ephemeral loopback port, mounted at /comfyui with scripted faults. */
export async function startComfyUiEmulatorServer(overrides: Partial<ComfyUiEmulatorOptions> = {}): Promise<ComfyUiEmulatorServer> {
  const emulator = createComfyUiEmulator({ videoBytes: DEMO_CLIP, ...overrides });
  const faults = new FaultInjector();
  const mount = withFaults({ name: 'comfyui', prefix: '/comfyui', handle: emulator.handle, classify: classifyComfyUiRequest, errorBody: comfyUiErrorBody }, faults);
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
    baseUrl: `${url}/comfyui`,
    emulator,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
