import type { FaultInjector } from '../../../src/emulators/faults';
import {
  classifyRunwayRequest,
  createRunwayEmulator,
  runwayErrorBody,
  type RunwayEmulator,
  type RunwayEmulatorOptions,
} from '../../../src/emulators/runway';
import { DEMO_CLIP } from '../openai/openai-emulator-server';
import { serveEmulatorMount } from '../../support/serve-emulator-mount';

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
  const served = await serveEmulatorMount({
    name: 'runway',
    prefix: '/runway',
    handle: emulator.handle,
    classify: classifyRunwayRequest,
    errorBody: runwayErrorBody,
  });
  return { ...served, emulator };
}
