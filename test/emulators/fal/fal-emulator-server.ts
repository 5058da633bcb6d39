import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  classifyFalRequest,
  createFalEmulator,
  DEMO_FAL_KEY,
  falErrorBody,
  type FalEmulator,
  type FalEmulatorOptions,
} from '../../../src/emulators/fal';
import type { FaultInjector } from '../../../src/emulators/faults';
import { serveEmulatorMount } from '../../support/serve-emulator-mount';

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
  const served = await serveEmulatorMount({
    name: 'fal',
    prefix: '/fal',
    handle: emulator.handle,
    classify: classifyFalRequest,
    errorBody: falErrorBody,
  });
  return { ...served, emulator };
}
