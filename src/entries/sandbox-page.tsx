import '../shared/zod-jitless';
// The Spectrum elements, defined before the first render (React then sets their properties, not attributes).
import './spectrum/sandbox-spectrum-elements';
import type { ReactElement } from 'react';
import { EMULATOR_DEMO_CREDENTIALS } from '../emulators/demo-credentials';
import { emulatorPath } from '../emulators/emulator-paths';
import {
  createSandboxState,
  DEMO_SEQUENCE,
  loadSandboxState,
  SandboxHost,
  saveSandboxState,
  ResolveLikeSandboxHost,
} from '../hosts/sandbox';
import { inspectMp4 } from '../media';
import { fetchMediaReader } from '../platform/browser/fetch-media-reader';
import { pickImageFile } from '../platform/browser/pick-image-file';
import { downloadTextFile } from '../platform/browser/download-text-file';
import { localStorageLedger } from '../platform/browser/local-storage-ledger';
import { localStoragePreferences } from '../platform/browser/local-storage-preferences';
import { createSandboxMediaFolder } from '../platform/browser/sandbox-media-folder';
import { createSandboxSidecarWriter } from '../platform/browser/sandbox-sidecar-writer';
import { createWebAudioMedia } from '../platform/browser/web-audio-media';
import { loadBuiltinCatalog } from '../providers/catalog';
import { PanelMessages } from '../ui/i18n/panel-messages';
import { startPanel } from '../ui/start-panel';
import { composePanelServices } from './compose-panel-services';
import { createDuckPlanFeed } from './sandbox/duck-plan-feed';
import { SandboxApp } from './sandbox/sandbox-app';
import { createSegmentedAudioPlayer } from './sandbox/segmented-audio-player';
import { warmUpAudioOutput } from './sandbox/audio-output-warm-up';
import { createVideoFrameGrabber } from './sandbox/video-frame-grab';
import { createWaveformSource } from './sandbox/waveform-source';
import { sandboxPackSubscriptions } from './sandbox/sandbox-pack-subscriptions';
import { sandboxDiagnosticsRunner } from './sandbox/sandbox-diagnostics';

// Composition root of the sandbox: the real panel and workflows, the in-memory host, and the
// provider emulators served by the sandbox server on this same origin. The "project" (timeline),
// the job ledger and the preferences live in localStorage, so a reload behaves like reopening
// Premiere: unfinished jobs resume and land once.
const PROJECT_KEY = 'cliprelay.sandbox.project';

async function compose(): Promise<ReactElement> {
  // Everything that can fail (storage, media) happens here, so a failure reaches the start-failure screen.
  const origin = window.location.origin;
  const storage = window.localStorage;
  const catalog = loadBuiltinCatalog();
  const mediaFolder = createSandboxMediaFolder(origin);
  // ?rules=resolve: the same sandbox under DaVinci Resolve's rules (no overwrite, gain as level steps).
  const rules = new URLSearchParams(window.location.search).get('rules') === 'resolve' ? 'resolve' : 'premiere';
  const Host = rules === 'resolve' ? ResolveLikeSandboxHost : SandboxHost;
  const host = new Host(loadSandboxState(storage, PROJECT_KEY) ?? createSandboxState(DEMO_SEQUENCE), {
    grabFrame: createVideoFrameGrabber(origin),
    async probeMedia(path) {
      const info = inspectMp4(await mediaFolder.readFile(path));
      return { durationSeconds: info.durationSeconds, hasVideo: info.video != null, hasAudio: info.audio != null };
    },
  });
  host.subscribe((state) => saveSandboxState(storage, PROJECT_KEY, state));
  // The timeline's waveforms and Play share one decoded copy of each media file.
  const audioMedia = createWebAudioMedia(origin);
  // Long WAV/AIFF files play from segments decoded in slices, never one whole-file buffer (a long task).
  const audio = {
    waveforms: createWaveformSource(fetchMediaReader(origin), audioMedia),
    player: createSegmentedAudioPlayer(fetchMediaReader(origin), audioMedia.buffer, warmUpAudioOutput(navigator.mediaDevices)),
  };
  const duckPlans = createDuckPlanFeed(() => host.state);
  // The emulators the panel's providers talk to, as composition hands each provider its address (Diagnostics probes them).
  const emulators: { provider: string; url: string }[] = [];
  const composed = await composePanelServices({
    host,
    catalog,
    providerAccess: (registration) => {
      const baseUrl = `${origin}/emulators${emulatorPath(registration.id)}`;
      emulators.push({ provider: registration.displayName, url: baseUrl });
      return {
        displayName: `${registration.displayName} (emulated)`,
        baseUrl,
        asksForKeys: false,
        readCredentials: async () => EMULATOR_DEMO_CREDENTIALS[registration.id] ?? {},
      };
    },
    preferences: localStoragePreferences(storage),
    ledgerStorage: localStorageLedger(storage),
    mediaFolder,
    sidecars: createSandboxSidecarWriter(origin),
    poll: { intervalMs: 700, timeoutMs: 120_000 },
    readMedia: fetchMediaReader(origin),
    pickImage: () => pickImageFile(),
    saveTextFile: (name, text) => downloadTextFile(name, text),
    packs: sandboxPackSubscriptions(storage),
    // Settings › Diagnostics: facts about this browser, the in-memory host, storage and the emulators on this origin.
    diagnosticsHost: 'sandbox',
    runDiagnostics: sandboxDiagnosticsRunner({
      capabilities: host.capabilities,
      rules,
      userAgent: navigator.userAgent,
      localStorage: () => window.localStorage,
      indexedDB: typeof indexedDB === 'undefined' ? null : indexedDB,
      emulators,
      fetch: (url, init) => fetch(url, init),
      now: () => Date.now(),
    }),
  });
  const services = { ...composed, onDuckPlan: duckPlans.publish };
  const { jobs } = services;
  jobs.resumeAll();
  const resetDemo = () => {
    storage.removeItem(PROJECT_KEY);
    storage.removeItem('cliprelay.jobs');
    window.location.reload();
  };
  // Browser tests read the host's state through this hook; it carries no secrets.
  (window as unknown as { cliprelaySandbox: unknown }).cliprelaySandbox = {
    host,
    jobs,
    player: audio.player,
    media: { waveform: audio.waveforms.waveform, buffer: audioMedia.buffer },
  };
  // The sandbox follows the browser's languages until one is chosen in Settings or the header.
  return (
    <PanelMessages preferences={services.preferences} runtime={{ navigator }}>
      <SandboxApp host={host} services={services} audio={audio} duckPlans={duckPlans} onResetDemo={resetDemo} />
    </PanelMessages>
  );
}

// startPanel never rejects: a failure becomes the start-failure screen with its cause.
void startPanel(document.getElementById('root')!, compose, 'start.reopenSandbox', () => ({ navigator }));
