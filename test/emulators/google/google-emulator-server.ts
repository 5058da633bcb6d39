import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { routeEmulatorRequest } from '../../../src/emulators/emulator-router';
import { FaultInjector, withFaults } from '../../../src/emulators/faults';
import {
  classifyGoogleRequest,
  createGoogleEmulator,
  DEMO_GEMINI_API_KEY,
  DEMO_VERTEX_ACCESS_TOKEN,
  DEMO_VERTEX_PROJECT,
  googleErrorBody,
  type GoogleEmulator,
  type GoogleEmulatorOptions,
} from '../../../src/emulators/google';

export const DEMO_CLIP = new Uint8Array(readFileSync(join(__dirname, '../../../assets/demo-clip.mp4')));

export interface GoogleEmulatorServer {
  /** Origin of the server, e.g. http://127.0.0.1:4321. */
  readonly url: string;
  /** Where the emulator is mounted: what a provider's baseUrl should be. */
  readonly baseUrl: string;
  readonly emulator: GoogleEmulator;
  readonly faults: FaultInjector;
  close(): Promise<void>;
}

/** The Google emulator alone on an ephemeral loopback port, mounted at /google with scripted faults. */
export async function startGoogleEmulatorServer(overrides: Partial<GoogleEmulatorOptions> = {}): Promise<GoogleEmulatorServer> {
  const emulator = createGoogleEmulator({
    apiKey: DEMO_GEMINI_API_KEY,
    accessToken: DEMO_VERTEX_ACCESS_TOKEN,
    project: DEMO_VERTEX_PROJECT,
    videoBytes: DEMO_CLIP,
    ...overrides,
    basePath: '/google',
  });
  const faults = new FaultInjector();
  const mount = withFaults({ name: 'google', prefix: '/google', handle: emulator.handle, classify: classifyGoogleRequest, errorBody: googleErrorBody }, faults);
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
    baseUrl: `${url}/google`,
    emulator,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
