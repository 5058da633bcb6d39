// Order matters: polyfills and zod configuration before any module that uses them.
import '../platform/uxp/text-encoding-polyfill';
import '../shared/zod-jitless';
import { createRoot } from 'react-dom/client';
import { BUILTIN_DUCK_PRESETS } from '../domain/ducking';
import { loadPremiereRuntime, PremiereHost } from '../hosts/premiere';
import { createUxpMediaFolder } from '../platform/uxp/uxp-media-folder';
import { loadUxpModule } from '../platform/uxp/uxp-module';
import { createUxpSecretStore } from '../platform/uxp/uxp-secret-store';
import { loadBuiltinCatalog } from '../providers/catalog';
import { abortableDelay } from '../shared/abortable-delay';
import { PanelApp } from '../ui/panel-app';
import type { PanelServices } from '../ui/panel-services';
import { providerChoice } from './provider-choice';
import { PROVIDER_REGISTRATIONS } from './provider-registrations';

// Composition root of the Premiere panel: the Premiere host, UXP secure storage and file system,
// and the real provider endpoints.
const uxp = loadUxpModule();
const secrets = createUxpSecretStore(uxp);

const services: PanelServices = {
  host: new PremiereHost(loadPremiereRuntime(), { delay: (ms) => abortableDelay(ms) }),
  mediaFolder: createUxpMediaFolder(uxp, window.localStorage),
  presets: BUILTIN_DUCK_PRESETS,
  poll: { intervalMs: 5000, timeoutMs: 15 * 60_000 },
  newJobId: () => `cliprelay-${crypto.randomUUID()}`,
  secrets,
  providers: PROVIDER_REGISTRATIONS.map((registration) =>
    providerChoice(registration, {
      catalog: loadBuiltinCatalog(),
      asksForKeys: true,
      readCredentials: async () =>
        Object.fromEntries(await Promise.all(registration.credentials.map(async (spec) => [spec.name, (await secrets.get(spec.name)) ?? undefined]))),
    }),
  ),
};

createRoot(document.getElementById('root')!).render(<PanelApp services={services} />);
