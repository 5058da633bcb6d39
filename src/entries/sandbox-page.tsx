import '../shared/zod-jitless';
import { createRoot } from 'react-dom/client';
import { BUILTIN_DUCK_PRESETS } from '../domain/ducking';
import { createSandboxState, DEMO_SEQUENCE, SandboxHost } from '../hosts/sandbox';
import { inspectMp4 } from '../media';
import { createSandboxMediaFolder } from '../platform/browser/sandbox-media-folder';
import { loadBuiltinCatalog } from '../providers/catalog';
import type { PanelServices } from '../ui/panel-services';
import { EMULATOR_DEMO_CREDENTIALS } from '../emulators/demo-credentials';
import { providerChoice } from './provider-choice';
import { PROVIDER_REGISTRATIONS } from './provider-registrations';
import { SandboxApp } from './sandbox/sandbox-app';

// Composition root of the sandbox: the real panel and workflows, the in-memory host, and the
// provider emulators served by the sandbox server on this same origin.
const origin = window.location.origin;
const mediaFolder = createSandboxMediaFolder(origin);
const host = new SandboxHost(createSandboxState(DEMO_SEQUENCE), {
  async probeMedia(path) {
    const info = inspectMp4(await mediaFolder.readFile(path));
    return { durationSeconds: info.durationSeconds, hasVideo: info.video != null, hasAudio: info.audio != null };
  },
});

const services: PanelServices = {
  host,
  mediaFolder,
  presets: BUILTIN_DUCK_PRESETS,
  poll: { intervalMs: 700, timeoutMs: 120_000 },
  newJobId: () => `cliprelay-${crypto.randomUUID()}`,
  providers: PROVIDER_REGISTRATIONS.map((registration) =>
    providerChoice(registration, {
      catalog: loadBuiltinCatalog(),
      displayName: `${registration.displayName} (emulated)`,
      baseUrl: `${origin}/emulators${registration.emulatorPath}`,
      asksForKeys: false,
      readCredentials: async () => EMULATOR_DEMO_CREDENTIALS[registration.id] ?? {},
    }),
  ),
};

// Browser tests read the host's state through this hook; it carries no secrets.
(window as unknown as { cliprelaySandbox: unknown }).cliprelaySandbox = { host };

createRoot(document.getElementById('root')!).render(<SandboxApp host={host} services={services} />);
