import { loopedClip } from '../../../src/media';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FAL_EMULATOR_DEMO_CREDENTIALS } from '../../../src/emulators/fal';
import { falRegistration } from '../../../src/providers/fal';
import { pollUntilDone } from '../../../src/workflows/poll-until-done';
import { createMemoryByteSink } from '../../support/memory-byte-sink';
import { DEMO_CLIP, startFalEmulatorServer, type FalEmulatorServer } from '../../emulators/fal/fal-emulator-server';
import { emulatorPath } from '../../../src/emulators/emulator-paths';

let server: FalEmulatorServer;
beforeAll(async () => {
  server = await startFalEmulatorServer();
});
afterAll(() => server.close());

it('fal registration with the demo key generates and downloads the demo clip under its emulator path, as the sandbox wires it', async () => {
  const provider = falRegistration.create({
    credentials: FAL_EMULATOR_DEMO_CREDENTIALS.fal,
    baseUrl: `${server.url}${emulatorPath(falRegistration.id)}`,
  });
  const { ref } = await provider.start({
    model: 'fal-ai/veo3.1/fast',
    prompt: 'kites on a beach',
    durationSeconds: 6,
    aspectRatio: '16:9',
    audio: true,
    clientJobId: 'reg-fal',
  });
  const done = await pollUntilDone(provider, ref, { intervalMs: 1, timeoutMs: 60_000, delay: async () => undefined });
  const sink = createMemoryByteSink();
  await provider.download(done.assets[0]!, sink);
  // The emulator serves a clip as long as the 6 s asked for.
  expect(Buffer.from(sink.bytes()).equals(Buffer.from(loopedClip(DEMO_CLIP, 6)))).toBe(true);
});
