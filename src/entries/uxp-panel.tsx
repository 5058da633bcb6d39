// Order matters: polyfills and zod configuration before any module that uses them.
import '../platform/uxp/text-encoding-polyfill';
import '../shared/zod-jitless';
import { createRoot } from 'react-dom/client';
import { BUILTIN_DUCK_PRESETS } from '../domain/ducking';
import { loadPremiereRuntime, PremiereHost } from '../hosts/premiere';
import { uxpDataFile } from '../platform/uxp/uxp-data-file';
import { createUxpMediaFolder } from '../platform/uxp/uxp-media-folder';
import { loadUxpModule } from '../platform/uxp/uxp-module';
import { uxpPreferences } from '../platform/uxp/uxp-preferences';
import { createUxpSecretStore } from '../platform/uxp/uxp-secret-store';
import { loadBuiltinCatalog } from '../providers/catalog';
import { abortableDelay } from '../shared/abortable-delay';
import { PanelApp } from '../ui/panel-app';
import type { PanelServices } from '../ui/panel-services';
import { cachedPreferences } from '../ui/preferences-cache';
import { JobLedger } from '../workflows/jobs/job-ledger';
import { JobRunner } from '../workflows/jobs/job-runner';
import { jobNaming } from './job-naming';
import { providerChoice } from './provider-choice';
import { PROVIDER_REGISTRATIONS } from './provider-registrations';

// Composition root of the Premiere panel: the Premiere host, UXP secure storage and file system,
// the job ledger in the plugin data folder, and the real provider endpoints.
const uxp = loadUxpModule();
const secrets = createUxpSecretStore(uxp);
const catalog = loadBuiltinCatalog();
const host = new PremiereHost(loadPremiereRuntime(), { delay: (ms) => abortableDelay(ms) });
const mediaFolder = createUxpMediaFolder(uxp, window.localStorage);
const preferences = cachedPreferences(uxpPreferences(uxp));
const providers = PROVIDER_REGISTRATIONS.map((registration) =>
  providerChoice(registration, {
    catalog,
    asksForKeys: true,
    readCredentials: async () =>
      Object.fromEntries(await Promise.all(registration.credentials.map(async (spec) => [spec.name, (await secrets.get(spec.name)) ?? undefined]))),
  }),
);

async function start(): Promise<void> {
  await preferences.read();
  const jobs = new JobRunner({
    ledger: await JobLedger.open(uxpDataFile(uxp, 'jobs.json')),
    provider: async (providerId) => {
      const choice = providers.find((candidate) => candidate.id === providerId);
      if (choice == null) throw new Error(`No provider "${providerId}" in this build.`);
      return choice.create();
    },
    host,
    mediaFolder,
    poll: { intervalMs: 5000, timeoutMs: 15 * 60_000 },
    maxConcurrentPerProvider: preferences.current.maxConcurrentPerProvider,
    ...jobNaming(() => preferences.current),
  });
  const services: PanelServices = {
    host,
    providers,
    catalog,
    presets: BUILTIN_DUCK_PRESETS,
    jobs,
    preferences,
    secrets,
    mediaFolder,
    newJobId: () => `cliprelay-${crypto.randomUUID()}`,
    now: Date.now,
  };
  jobs.resumeAll();
  createRoot(document.getElementById('root')!).render(<PanelApp services={services} />);
}

void start();
