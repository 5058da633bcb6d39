import { describe, expect, it, vi } from 'vitest';
import { packSigningKeyFromSeed, signPresetPack } from '../../src/domain/packs';
import { DEFAULT_PANEL_PREFERENCES } from '../../src/domain/preferences/panel-preferences';
import { composePanelServices, type PanelRuntime } from '../../src/entries/compose-panel-services';
import { createSandboxState, DEMO_SEQUENCE, SandboxHost } from '../../src/hosts/sandbox';
import type { PackFetcher } from '../../src/platform/pack-fetcher';
import { loadBuiltinCatalog } from '../../src/providers/catalog';
import type * as JobRunnerModule from '../../src/workflows/jobs/job-runner';
import type { JobRunnerOptions } from '../../src/workflows/jobs/job-runner';
import type { JobRecord } from '../../src/workflows/jobs/job-record';
import { createMemoryMediaFolder } from '../support/memory-media-folder';
import { memorySettingsStore } from '../support/memory-settings-store';
import { agencyPack, testSeed } from '../support/pack-fixtures';

// The runner's options are private; a runner that records them shows what the composition passed.
const runnerOptions = vi.hoisted(() => [] as JobRunnerOptions[]);
vi.mock('../../src/workflows/jobs/job-runner', async (importOriginal) => {
  const actual = await importOriginal<typeof JobRunnerModule>();
  class RecordingJobRunner extends actual.JobRunner {
    constructor(options: JobRunnerOptions) {
      super(options);
      runnerOptions.push(options);
    }
  }
  return { ...actual, JobRunner: RecordingJobRunner };
});

const acme = packSigningKeyFromSeed(testSeed('acme'));
const signedPack = signPresetPack(agencyPack({ policy: { ...agencyPack().policy, fileNameTemplate: 'ACME-{job}' } }), acme.secretKey);
const fetcher: PackFetcher = { fetchPack: async () => ({ kind: 'fetched', text: signedPack, validators: {} }) };
const job = { providerName: 'Kling', id: 'job-7', request: { model: 'm', prompt: 'p' } } as JobRecord;

function runtime(packs?: PanelRuntime['packs']): PanelRuntime {
  let ledgerText: string | null = null;
  return {
    host: new SandboxHost(createSandboxState(DEMO_SEQUENCE), {
      probeMedia: async () => ({ durationSeconds: 5, hasVideo: true, hasAudio: true }),
    }),
    catalog: loadBuiltinCatalog(),
    providerAccess: () => ({ asksForKeys: false, readCredentials: async () => ({}) }),
    preferences: { read: async () => ({ ...DEFAULT_PANEL_PREFERENCES, fileNameTemplate: '{provider}-{job}' }), write: async () => {} },
    ledgerStorage: { read: async () => ledgerText, write: async (text) => void (ledgerText = text) },
    mediaFolder: createMemoryMediaFolder(),
    sidecars: { writeBeside: async (mediaPath, fileName) => `${mediaPath}/../${fileName}` },
    poll: { intervalMs: 1, timeoutMs: 1000 },
    packs,
  };
}

describe('composePanelServices with pack subscriptions', () => {
  it('offers no subscriptions where the runtime brings no fetcher', async () => {
    expect((await composePanelServices(runtime())).packSubscriptions).toBeUndefined();
  });

  it("allows the runtime's extra hosts only, and names downloaded files under a subscribed pack's template once it is listed", async () => {
    runnerOptions.length = 0;
    const services = await composePanelServices(runtime({ fetcher, settings: memorySettingsStore(), extraHosts: ['packs.acme.example'] }));
    const subscriptions = services.packSubscriptions!;
    await expect(subscriptions.subscribe('https://elsewhere.example/pack.json')).rejects.toThrow(/elsewhere\.example/);
    const { fileName } = runnerOptions[0]!;
    expect(fileName(job)).toBe('Kling-job7.mp4');
    await subscriptions.subscribe('https://packs.acme.example/house.json');
    await subscriptions.list();
    expect(fileName(job)).toBe('ACME-job7.mp4');
    await subscriptions.unsubscribe((await subscriptions.list())[0]!.id);
    await subscriptions.list();
    expect(fileName(job)).toBe('Kling-job7.mp4');
  });
});
