import '../shared/zod-jitless';
// The same Spectrum elements as the sandbox page: Resolve's panel is a Chromium page too.
import './spectrum/sandbox-spectrum-elements';
import type { ReactElement } from 'react';
import { localStoragePreferences } from '../platform/browser/local-storage-preferences';
import { createBrowserPackFetcher } from '../platform/browser/browser-pack-fetcher';
import { createBrowserPackFileSource } from '../platform/browser/pick-pack-file';
import { pickImageFile } from '../platform/browser/pick-image-file';
import { createJsonDocumentSettingsStore } from '../platform/json-settings-document';
import { loadBuiltinCatalog } from '../providers/catalog';
import { UnavailableFeatureError } from '../shared/app-error';
import { PanelMessages } from '../ui/i18n/panel-messages';
import { PanelApp } from '../ui/panel-app';
import { browserThemeSource } from '../ui/spectrum/host-theme';
import { SpectrumTheme } from '../ui/spectrum/spectrum-theme';
import { startPanel } from '../ui/start-panel';
import { sdkPollPolicy } from '../workflows/jobs/sdk-poll-policy';
import { composePanelServices } from './compose-panel-services';
import type { ResolvePreloadApi } from './resolve/resolve-bridge-api';
import { bridgeCall } from './resolve/resolve-bridge-client';
import { bridgedFetch } from './resolve/resolve-bridged-fetch';
import { bridgedLedger, bridgedMediaFolder, bridgedReadMedia, bridgedSecrets, bridgedSidecars } from './resolve/resolve-bridged-platform';
import { firstSoundDecoder, uncompressedSoundDecoder, webAudioSoundDecoder } from './resolve/render-ducked-audio';
import { renderedAudioDucking } from './resolve/rendered-audio-ducking';
import { storedDuckingPath } from './resolve/resolve-ducking-path';
import { ResolveDuckingPathField } from './resolve/resolve-ducking-path-field';
import { connectResolveHost } from './resolve/resolve-host-proxy';
import { ResolveUndoBar } from './resolve/resolve-undo-bar';

// Composition root of the panel page inside DaVinci Resolve (a sandboxed Electron page). Resolve, the clip
// folder, API keys, the job ledger (a file in the plugin's data folder) and the network are reached through
// the preload's narrow bridge; the preferences live in the page's own storage, as in the sandbox.
async function compose(): Promise<ReactElement> {
  const api = (window as unknown as { cliprelayResolve?: ResolvePreloadApi }).cliprelayResolve;
  if (api == null) {
    throw new UnavailableFeatureError({
      feature: 'cliprelayResolve',
      message: 'ClipRelay must be opened from Workspace › Workflow Integrations in DaVinci Resolve Studio',
    });
  }
  const call = bridgeCall(api);
  // Provider calls leave through the main process: a plugin page gets no CORS answers from the providers.
  globalThis.fetch = bridgedFetch(call) as typeof fetch;
  const duckingPath = storedDuckingPath(window.localStorage);
  // Rendering needs the clip's sound decoded here: WAV/AIFF always, compressed sound where the page has Web Audio.
  const webAudio = webAudioSoundDecoder(window);
  const host = await connectResolveHost(call, {
    choice: duckingPath,
    swapInRenderedAudio: renderedAudioDucking(call, firstSoundDecoder([uncompressedSoundDecoder, webAudio])),
  });
  const secrets = bridgedSecrets(call);
  const mediaFolder = bridgedMediaFolder(call);
  const services = await composePanelServices({
    host,
    catalog: loadBuiltinCatalog(),
    providerAccess: (registration) => ({
      asksForKeys: true,
      readCredentials: async () =>
        Object.fromEntries(
          await Promise.all(
            registration.credentials.map(async (spec) => [spec.name, (await secrets.get(spec.name)) ?? undefined] as const),
          ),
        ),
    }),
    preferences: localStoragePreferences(window.localStorage),
    ledgerStorage: bridgedLedger(call, window.localStorage),
    mediaFolder,
    sidecars: bridgedSidecars(call),
    // Adaptive, never more often than each provider's SDK default: a finished clip is fetched within ~0.5 s.
    poll: { intervalMs: 5000, timeoutMs: 15 * 60_000, schedule: sdkPollPolicy },
    secrets,
    readMedia: bridgedReadMedia(call),
    pickImage: () => pickImageFile(),
    runDiagnostics: (options) => call('host.runDiagnostics', options),
    diagnosticsHost: 'resolve',
    // Agency packs: fetched by the main process (the bridged fetch) from the build's pack hosts only, kept in the page's storage.
    packs: {
      fetcher: createBrowserPackFetcher(),
      settings: createJsonDocumentSettingsStore({
        read: () => Promise.resolve(window.localStorage.getItem('cliprelay.settings')),
        write: (text) => Promise.resolve(window.localStorage.setItem('cliprelay.settings', text)),
      }),
      files: createBrowserPackFileSource(),
    },
  });
  services.jobs.resumeAll();
  return (
    <SpectrumTheme source={browserThemeSource(window.matchMedia?.bind(window), 'dark')}>
      {/* Resolve's page has no UI-language API: the Settings choice, else the page's (the system's) languages. */}
      <PanelMessages preferences={services.preferences} runtime={{ navigator }}>
        <ResolveUndoBar undo={() => host.undoLastChange()} />
        <PanelApp
          services={services}
          duckTabExtra={
            <ResolveDuckingPathField
              choice={duckingPath}
              writesGainSteps={() => host.capabilities.writesGainSteps === true}
              canRender={webAudio != null}
            />
          }
        />
      </PanelMessages>
    </SpectrumTheme>
  );
}

// startPanel never rejects: a failure becomes the start-failure screen with its cause.
void startPanel(document.getElementById('root')!, compose, 'start.reopenResolve', () => ({ navigator }));
