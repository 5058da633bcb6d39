import { routeEmulatorRequest } from '../../../src/emulators/emulator-router';
import { FaultInjector, withFaults } from '../../../src/emulators/faults';
import { classifyRunwayRequest, createRunwayEmulator, runwayErrorBody, type RunwayEmulator, type RunwayEmulatorOptions } from '../../../src/emulators/runway';
import { startLocalHttpServer } from '../../support/local-http-server';
import { DEMO_CLIP } from '../openai/openai-emulator-server';

export { DEMO_CLIP, createManualClock } from '../openai/openai-emulator-server';

export interface RunningRunwayEmulator {
  readonly emulator: RunwayEmulator;
  /** What a client uses as its base URL: the stand-in for https://api.dev.runwayml.com. */
  readonly baseUrl: string;
  /** The shared fault injector the mount is wrapped in, as the emulator server wraps every mount. */
  readonly faults: FaultInjector;
  close(): Promise<void>;
}

/**
 * The Runway emulator alone on an ephemeral loopback port, mounted at /runway (wrapped in the
 * shared fault injector). Unknown paths answer 404.
 */
export async function startRunwayEmulator(options: Partial<RunwayEmulatorOptions> = {}): Promise<RunningRunwayEmulator> {
  const emulator = createRunwayEmulator({ apiSecret: 'emulator-runway-secret', videoBytes: DEMO_CLIP, ...options, basePath: '/runway' });
  const faults = new FaultInjector();
  const mounts = [withFaults({ name: 'runway', prefix: '/runway', handle: emulator.handle, classify: classifyRunwayRequest, errorBody: runwayErrorBody }, faults)];
  const server = await startLocalHttpServer(async (req, res) => {
    if (!(await routeEmulatorRequest(mounts, req, res))) res.writeHead(404, { 'content-type': 'text/plain' }).end('no emulator here');
  });
  return { emulator, baseUrl: `${server.url}/runway`, faults, close: () => server.close() };
}
