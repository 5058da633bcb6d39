import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FaultInjector } from '../../../src/emulators/faults';
import {
  classifyOpenAIRequest,
  createOpenAIEmulator,
  openaiErrorBody,
  type OpenAIEmulator,
  type OpenAIEmulatorOptions,
} from '../../../src/emulators/openai';
import { serveEmulatorMount } from '../../support/serve-emulator-mount';

export const DEMO_CLIP = new Uint8Array(readFileSync(join(__dirname, '../../../assets/demo-clip.mp4')));

export interface RunningOpenAIEmulator {
  readonly emulator: OpenAIEmulator;
  /** What a client uses as its base URL: the stand-in for https://api.openai.com/v1. */
  readonly baseUrl: string;
  /** The shared fault injector the mount is wrapped in, as the emulator server wraps every mount. */
  readonly faults: FaultInjector;
  close(): Promise<void>;
}

/**
 * The OpenAI emulator alone on an ephemeral loopback port, mounted at /openai the way the emulator
 * server mounts it (wrapped in the shared fault injector), independent of the shared mount list.
 * Unknown paths answer 404. It serves the Videos API as it was before the 2026-09-24 shutdown
 * (`legacyVideosApi`), because these tests prove that wire format; tests of today's state pass
 * `legacyVideosApi: false` (the emulator's own default).
 */
export async function startOpenAIEmulator(options: Partial<OpenAIEmulatorOptions> = {}): Promise<RunningOpenAIEmulator> {
  const emulator = createOpenAIEmulator({ apiKey: 'emulator-openai-key', videoBytes: DEMO_CLIP, legacyVideosApi: true, ...options });
  const served = await serveEmulatorMount({
    name: 'openai',
    prefix: '/openai',
    handle: emulator.handle,
    classify: classifyOpenAIRequest,
    errorBody: openaiErrorBody,
  });
  return { ...served, emulator };
}

/** A clock tests move by hand: emulators and adapters read it, nobody waits on it. */
export function createManualClock(startMs = Date.parse('2026-09-01T10:00:00Z')) {
  let nowMs = startMs;
  return {
    now: () => nowMs,
    advance: (ms: number) => {
      nowMs += ms;
    },
  };
}
