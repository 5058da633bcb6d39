import { afterAll, beforeAll, expect, it } from 'vitest';
import { COMFYUI_EMULATOR_DEMO_CREDENTIALS } from '../../../src/emulators/comfyui';
import { comfyUiRegistration } from '../../../src/providers/comfyui';
import { pollUntilDone } from '../../../src/workflows/poll-until-done';
import { createMemoryByteSink } from '../../support/memory-byte-sink';
import { DEMO_CLIP, startComfyUiEmulatorServer, type ComfyUiEmulatorServer } from '../../emulators/comfyui/comfyui-emulator-server';
import { emulatorPath } from '../../../src/emulators/emulator-paths';

let server: ComfyUiEmulatorServer;
beforeAll(async () => {
  server = await startComfyUiEmulatorServer();
});
afterAll(() => server.close());

it('ComfyUI registration with no credentials runs the built-in workflow on the emulator under its emulator path', async () => {
  const provider = comfyUiRegistration.create({
    credentials: COMFYUI_EMULATOR_DEMO_CREDENTIALS.comfyui,
    baseUrl: `${server.url}${emulatorPath(comfyUiRegistration.id)}`,
  });
  const { ref } = await provider.start({
    model: 'comfyui-workflow',
    prompt: 'a paper lantern drifting',
    durationSeconds: 5,
    aspectRatio: '16:9',
    audio: false,
    clientJobId: 'reg-comfy',
  });
  const done = await pollUntilDone(provider, ref, { intervalMs: 1, timeoutMs: 60_000, delay: async () => undefined });
  const sink = createMemoryByteSink();
  await provider.download(done.assets[0]!, sink);
  expect(Buffer.from(sink.bytes()).equals(Buffer.from(DEMO_CLIP))).toBe(true);
});
