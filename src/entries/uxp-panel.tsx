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
import { KLING_CREDENTIALS, klingChoice } from './kling-choice';
import { MissingCredentialsError } from './missing-credentials-error';

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
  providers: [
    klingChoice({
      catalog: loadBuiltinCatalog(),
      displayName: 'Kling',
      credentials: KLING_CREDENTIALS,
      async readKeys() {
        const [accessKey, secretKey] = await Promise.all(KLING_CREDENTIALS.map((field) => secrets.get(field.name)));
        if (accessKey == null || secretKey == null) throw new MissingCredentialsError('Kling', KLING_CREDENTIALS.map((field) => field.label));
        return { accessKey, secretKey };
      },
    }),
  ],
};

createRoot(document.getElementById('root')!).render(<PanelApp services={services} />);
