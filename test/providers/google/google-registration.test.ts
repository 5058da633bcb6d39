import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOGLE_EMULATOR_DEMO_CREDENTIALS } from '../../../src/emulators/google';
import { googleRegistration, googleVertexRegistration } from '../../../src/providers/google';
import type { ProviderRegistration, VideoProvider } from '../../../src/providers/spec';
import { pollUntilDone } from '../../../src/workflows/poll-until-done';
import { createMemoryByteSink } from '../../support/memory-byte-sink';
import { DEMO_CLIP, startGoogleEmulatorServer, type GoogleEmulatorServer } from '../../emulators/google/google-emulator-server';
import { emulatorPath } from '../../../src/emulators/emulator-paths';

let server: GoogleEmulatorServer;
beforeAll(async () => {
  server = await startGoogleEmulatorServer();
});
afterAll(() => server.close());

async function generate(provider: VideoProvider, model: string): Promise<Uint8Array> {
  const { ref } = await provider.start({
    model,
    prompt: 'tide pools at sunrise',
    durationSeconds: 4,
    aspectRatio: '16:9',
    audio: true,
    clientJobId: `reg-${model}`,
  });
  const done = await pollUntilDone(provider, ref, { intervalMs: 1, timeoutMs: 60_000, delay: async () => undefined });
  const sink = createMemoryByteSink();
  await provider.download(done.assets[0]!, sink);
  return sink.bytes();
}

describe('Google registrations with the emulator\u2019s demo credentials, as the sandbox wires them', () => {
  it.each([
    ['Gemini API', googleRegistration, 'veo-3.1-generate-preview'],
    ['Gemini API, Gemini Omni (Interactions API)', googleRegistration, 'gemini-omni-1.2-flash'],
    ['Vertex AI', googleVertexRegistration, 'veo-3.1-fast-generate-001'],
    ['Vertex AI, Gemini Omni (Interactions API, location global)', googleVertexRegistration, 'vertex/gemini-omni-1.2-flash'],
  ] as [string, ProviderRegistration, string][])(
    '%s: generates and downloads the demo clip under its emulator path',
    async (_label, registration, model) => {
      const credentials = GOOGLE_EMULATOR_DEMO_CREDENTIALS[registration.id as keyof typeof GOOGLE_EMULATOR_DEMO_CREDENTIALS];
      const provider = registration.create({ credentials, baseUrl: `${server.url}${emulatorPath(registration.id)}` });
      expect(Buffer.from(await generate(provider, model)).equals(Buffer.from(DEMO_CLIP))).toBe(true);
    },
  );
});
