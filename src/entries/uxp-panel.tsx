// Order matters: polyfills and zod configuration before any module that uses them.
import '../platform/uxp/text-encoding-polyfill';
import '../shared/zod-jitless';
import { createRoot } from 'react-dom/client';
import { loadPremiereRuntime, loadUxpHostInfo, loadUxpXmp, premiereDiagnosticsRunner, PremiereHost } from '../hosts/premiere';
import { NATIVE_RUNTIME_FEATURES } from '../platform/uxp/text-encoding-polyfill';
import { uxpDataFile } from '../platform/uxp/uxp-data-file';
import { createUxpMediaFolder } from '../platform/uxp/uxp-media-folder';
import { createUxpMediaReader } from '../platform/uxp/uxp-media-reader';
import { createUxpImagePicker } from '../platform/uxp/uxp-pick-image';
import { loadUxpModule } from '../platform/uxp/uxp-module';
import { uxpPreferences } from '../platform/uxp/uxp-preferences';
import { createUxpSecretStore } from '../platform/uxp/uxp-secret-store';
import { createUxpSettingsStore } from '../platform/uxp/uxp-settings-store';
import { createUxpSidecarWriter } from '../platform/uxp/uxp-sidecar-writer';
import { loadBuiltinCatalog } from '../providers/catalog';
import { abortableDelay } from '../shared/abortable-delay';
import { PanelApp } from '../ui/panel-app';
import type { PanelServices } from '../ui/panel-services';
import { cachedPreferences } from '../ui/preferences-cache';
import { JobLedger } from '../workflows/jobs/job-ledger';
import { JobRunner } from '../workflows/jobs/job-runner';
import { jobNaming } from './job-naming';
import { providerChoice } from './provider-choice';
import { PROVIDER_REGISTRATIONS } from '../providers/registry';

// Composition root of the Premiere panel: the Premiere host, UXP secure storage and file system,
// the job ledger in the plugin data folder, and the real provider endpoints.
const uxp = loadUxpModule();
const ppro = loadPremiereRuntime();
const secrets = createUxpSecretStore(uxp);
const settings = createUxpSettingsStore(uxp);
const catalog = loadBuiltinCatalog();
const host = new PremiereHost(ppro, { delay: (ms) => abortableDelay(ms), xmp: loadUxpXmp() });
const mediaFolder = createUxpMediaFolder(uxp, settings, {
  // The picker cannot carry a message and alerts need a manifest flag: the reason goes to the console
  // here, and into the job's error if the editor cancels the picker (FolderNotChosenError).
  onForgotten: (message) => console.warn(message),
});
const mediaReader = createUxpMediaReader(uxp, settings, {
  // UXP has confirm() only with enableAlerts; the folder picker's own title says what it is for.
  confirmFolderRequest: async () => true,
  // The clip folder is granted already; describe() never opens a picker, so only a remembered one counts.
  alsoGranted: async () => ((await mediaFolder.folder.describe()) == null ? null : mediaFolder.folder.get()),
});
const preferences = cachedPreferences(uxpPreferences(uxp));
const providers = PROVIDER_REGISTRATIONS.map((registration) =>
  providerChoice(registration, {
    catalog,
    asksForKeys: true,
    readCredentials: async () =>
      Object.fromEntries(
        await Promise.all(registration.credentials.map(async (spec) => [spec.name, (await secrets.get(spec.name)) ?? undefined])),
      ),
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
    sidecars: createUxpSidecarWriter(uxp, mediaFolder.folder),
    ...jobNaming(() => preferences.current),
  });
  const services: PanelServices = {
    host,
    providers,
    catalog,
    jobs,
    preferences,
    secrets,
    mediaFolder,
    readMedia: mediaReader.read,
    pickImage: createUxpImagePicker(uxp),
    runDiagnostics: premiereDiagnosticsRunner(ppro, {
      host,
      hostInfo: loadUxpHostInfo(),
      runtimeFeatures: NATIVE_RUNTIME_FEATURES,
      manifest: { manifestVersion: 5, minVersion: '25.6.0' },
      now: Date.now,
    }),
    newJobId: () => `cliprelay-${crypto.randomUUID()}`,
    now: Date.now,
  };
  jobs.resumeAll();
  createRoot(document.getElementById('root')!).render(<PanelApp services={services} />);
}

void start();
