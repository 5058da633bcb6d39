import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FaultInjector } from '../../../src/emulators/faults';
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
import { serveEmulatorMount } from '../../support/serve-emulator-mount';

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

/**
 * The Google emulator alone on an ephemeral loopback port, mounted at /google with scripted faults.
 * It serves the Gemini API's Veo ids as they were before Google shut them down (`legacyGeminiVeo`),
 * because most of these tests prove that wire format; tests of today's state pass
 * `legacyGeminiVeo: false` (the emulator's own default).
 */
export async function startGoogleEmulatorServer(overrides: Partial<GoogleEmulatorOptions> = {}): Promise<GoogleEmulatorServer> {
  const emulator = createGoogleEmulator({
    apiKey: DEMO_GEMINI_API_KEY,
    accessToken: DEMO_VERTEX_ACCESS_TOKEN,
    project: DEMO_VERTEX_PROJECT,
    videoBytes: DEMO_CLIP,
    legacyGeminiVeo: true,
    ...overrides,
    basePath: '/google',
  });
  const served = await serveEmulatorMount({
    name: 'google',
    prefix: '/google',
    handle: emulator.handle,
    classify: classifyGoogleRequest,
    errorBody: googleErrorBody,
    retryHintInBody: true,
  });
  return { ...served, emulator };
}
