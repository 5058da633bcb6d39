import { routeEmulatorRequest, type EmulatorMount } from '../../src/emulators/emulator-router';
import { FaultInjector, withFaults } from '../../src/emulators/faults';
import { startLocalHttpServer } from './local-http-server';

export interface ServedMount {
  /** Origin of the server, e.g. http://127.0.0.1:4321. */
  readonly url: string;
  /** Where the emulator is mounted: what a provider's baseUrl should be. */
  readonly baseUrl: string;
  /** The fault injector the mount is wrapped in, as the emulator server wraps every mount. */
  readonly faults: FaultInjector;
  close(): Promise<void>;
}

/**
 * One vendor's emulator alone on an ephemeral loopback port, wrapped in scripted faults the way
 * the emulator server mounts it, independent of the shared mount list. Unknown paths answer 404.
 */
export async function serveEmulatorMount(mount: EmulatorMount): Promise<ServedMount> {
  const faults = new FaultInjector();
  const mounts = [withFaults(mount, faults)];
  const server = await startLocalHttpServer(async (req, res) => {
    if (!(await routeEmulatorRequest(mounts, req, res))) res.writeHead(404, { 'content-type': 'text/plain' }).end('no emulator here');
  });
  return { url: server.url, baseUrl: `${server.url}${mount.prefix}`, faults, close: () => server.close() };
}
