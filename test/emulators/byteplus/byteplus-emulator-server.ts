import type { FaultInjector } from '../../../src/emulators/faults';
import {
  classifyBytePlusRequest,
  createBytePlusEmulator,
  byteplusErrorBody,
  type BytePlusEmulator,
  type BytePlusEmulatorOptions,
} from '../../../src/emulators/byteplus';
import { DEMO_CLIP } from '../openai/openai-emulator-server';
import { serveEmulatorMount } from '../../support/serve-emulator-mount';

export { DEMO_CLIP, createManualClock } from '../openai/openai-emulator-server';

export interface RunningBytePlusEmulator {
  readonly emulator: BytePlusEmulator;
  /** What a client uses as its base URL: the stand-in for https://ark.ap-southeast.bytepluses.com/api/v3. */
  readonly baseUrl: string;
  /** The shared fault injector the mount is wrapped in, as the emulator server wraps every mount. */
  readonly faults: FaultInjector;
  close(): Promise<void>;
}

/**
 * The BytePlus emulator alone on an ephemeral loopback port, mounted at /byteplus (wrapped in the
 * shared fault injector). Unknown paths answer 404.
 */
export async function startBytePlusEmulator(options: Partial<BytePlusEmulatorOptions> = {}): Promise<RunningBytePlusEmulator> {
  const emulator = createBytePlusEmulator({ apiKey: 'emulator-ark-key', videoBytes: DEMO_CLIP, ...options, basePath: '/byteplus' });
  const served = await serveEmulatorMount({
    name: 'byteplus',
    prefix: '/byteplus',
    handle: emulator.handle,
    classify: classifyBytePlusRequest,
    errorBody: byteplusErrorBody,
  });
  return { ...served, emulator };
}
