// Order matters: polyfills and zod configuration before any module that uses them.
import '../platform/uxp/text-encoding-polyfill';
import '../shared/zod-jitless';
// The Spectrum Web Components, defined before the first render (React then sets their properties, not attributes).
import './spectrum/uxp-spectrum-elements';
import type { ReactElement } from 'react';
import { loadPremiereRuntime, loadUxpHostInfo, loadUxpXmp, PremiereHost } from '../hosts/premiere';
import { NATIVE_RUNTIME_FEATURES } from '../platform/uxp/text-encoding-polyfill';
import { uxpLedgerStorage } from '../platform/uxp/uxp-ledger-storage';
import { createUxpMediaFolder } from '../platform/uxp/uxp-media-folder';
import { createUxpMediaReader } from '../platform/uxp/uxp-media-reader';
import { uxpFrameFolder } from '../platform/uxp/uxp-frame-folder';
import { createUxpImagePicker } from '../platform/uxp/uxp-pick-image';
import { createUxpTextFileSaver } from '../platform/uxp/uxp-save-text-file';
import { loadUxpModule } from '../platform/uxp/uxp-module';
import { uxpPreferences } from '../platform/uxp/uxp-preferences';
import { createUxpSecretStore } from '../platform/uxp/uxp-secret-store';
import { createUxpSettingsStore } from '../platform/uxp/uxp-settings-store';
import { createUxpPackFetcher } from '../platform/uxp/uxp-pack-fetcher';
import { createUxpPackFileSource } from '../platform/uxp/uxp-pick-pack-file';
import { uxpLedgerThumbnailFolder } from '../platform/uxp/uxp-ledger-thumbnail-folder';
import { keepJobThumbnailsInStep } from '../workflows/jobs/ledger-thumbnails';
import { createUxpSidecarWriter } from '../platform/uxp/uxp-sidecar-writer';
import { loadBuiltinCatalog } from '../providers/catalog';
import { abortableDelay } from '../shared/abortable-delay';
import { PanelMessages } from '../ui/i18n/panel-messages';
import { PanelApp } from '../ui/panel-app';
import { uxpThemeSource } from '../ui/spectrum/host-theme';
import { SpectrumTheme } from '../ui/spectrum/spectrum-theme';
import { startPanel } from '../ui/start-panel';
import { sdkPollPolicy } from '../workflows/jobs/sdk-poll-policy';
import { composePanelServices } from './compose-panel-services';
import { premiereDiagnosticsOnDemand } from './premiere-diagnostics-on-demand';

// Composition root of the Premiere panel: the Premiere host, UXP secure storage and file system,
// the job ledger in the plugin data folder, and the real provider endpoints.
async function compose(): Promise<ReactElement> {
  // Everything that can fail (the host module, storage) happens here, so a failure reaches the start-failure screen.
  const uxp = loadUxpModule();
  const ppro = loadPremiereRuntime();
  const secrets = createUxpSecretStore(uxp);
  const settings = createUxpSettingsStore(uxp);
  const catalog = loadBuiltinCatalog();
  const host = new PremiereHost(ppro, {
    delay: (ms) => abortableDelay(ms),
    xmp: loadUxpXmp(),
    // Frames go to the plugin's data folder; a still in the project is read with the media reader's folder grants.
    frames: uxpFrameFolder(uxp, (mediaPath) => mediaReader.read(mediaPath)),
  });
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
  const services = await composePanelServices({
    host,
    catalog,
    providerAccess: (registration) => ({
      asksForKeys: true,
      readCredentials: async () =>
        Object.fromEntries(
          await Promise.all(
            registration.credentials.map(async (spec) => [spec.name, (await secrets.get(spec.name)) ?? undefined] as const),
          ),
        ),
    }),
    preferences: uxpPreferences(uxp),
    // The ledger and, beside it, the archive of finished jobs it moves out.
    ledgerStorage: uxpLedgerStorage(uxp),
    mediaFolder,
    choosableMediaFolder: mediaFolder,
    sidecars: createUxpSidecarWriter(uxp, mediaFolder.folder),
    // Adaptive, never more often than each provider's SDK default: a finished clip is fetched within ~0.5 s.
    poll: { intervalMs: 5000, timeoutMs: 15 * 60_000, schedule: sdkPollPolicy },
    secrets,
    readMedia: mediaReader.read,
    pickImage: createUxpImagePicker(uxp),
    saveTextFile: createUxpTextFileSaver(uxp),
    // Agency packs from the hosts this build allows (the manifest lists the same hosts).
    packs: { fetcher: createUxpPackFetcher(), settings, files: createUxpPackFileSource(uxp, settings) },
    runDiagnostics: premiereDiagnosticsOnDemand(ppro, {
      host,
      hostInfo: loadUxpHostInfo(),
      runtimeFeatures: NATIVE_RUNTIME_FEATURES,
      manifest: { manifestVersion: 5, minVersion: '25.6.0' },
      now: Date.now,
    }),
  });
  services.jobs.resumeAll();
  // Thumbnails of jobs no longer in the ledger are deleted on start and whenever jobs move to the archive.
  keepJobThumbnailsInStep(services.jobs.ledger, uxpLedgerThumbnailFolder(uxp));
  // Premiere's light, dark or darkest, followed live (dark where the host has no theme API).
  return (
    <SpectrumTheme source={uxpThemeSource(document)}>
      {/* The Settings choice, else Premiere's UI language (host.uiLocale). */}
      <PanelMessages preferences={services.preferences} runtime={{ uxp }}>
        <PanelApp services={services} />
      </PanelMessages>
    </SpectrumTheme>
  );
}

// startPanel never rejects: a failure becomes the start-failure screen with its cause.
void startPanel(document.getElementById('root')!, compose, 'start.reopenPremiere', () => ({ uxp: loadUxpModule() }));
