import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { routeEmulatorRequest } from '../../../src/emulators/emulator-router';
import { FaultInjector, withFaults } from '../../../src/emulators/faults';
import { classifyOpenAIRequest, createOpenAIEmulator, openaiErrorBody, type OpenAIEmulator, type OpenAIEmulatorOptions } from '../../../src/emulators/openai';
import { startLocalHttpServer } from '../../support/local-http-server';

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
 * Unknown paths answer 404.
 */
export async function startOpenAIEmulator(options: Partial<OpenAIEmulatorOptions> = {}): Promise<RunningOpenAIEmulator> {
  const emulator = createOpenAIEmulator({ apiKey: 'emulator-openai-key', videoBytes: DEMO_CLIP, ...options });
  const faults = new FaultInjector();
  const mounts = [withFaults({ name: 'openai', prefix: '/openai', handle: emulator.handle, classify: classifyOpenAIRequest, errorBody: openaiErrorBody }, faults)];
  const server = await startLocalHttpServer(async (req, res) => {
    if (!(await routeEmulatorRequest(mounts, req, res))) res.writeHead(404, { 'content-type': 'text/plain' }).end('no emulator here');
  });
  return { emulator, baseUrl: `${server.url}/openai`, faults, close: () => server.close() };
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
