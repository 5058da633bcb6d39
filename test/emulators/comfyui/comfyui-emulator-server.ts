import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  classifyComfyUiRequest,
  comfyUiErrorBody,
  createComfyUiEmulator,
  type ComfyUiEmulator,
  type ComfyUiEmulatorOptions,
} from '../../../src/emulators/comfyui';
import type { FaultInjector } from '../../../src/emulators/faults';
import { serveEmulatorMount } from '../../support/serve-emulator-mount';

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
  const served = await serveEmulatorMount({
    name: 'comfyui',
    prefix: '/comfyui',
    handle: emulator.handle,
    classify: classifyComfyUiRequest,
    errorBody: comfyUiErrorBody,
  });
  return { ...served, emulator };
}
