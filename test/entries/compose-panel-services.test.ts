import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_PANEL_PREFERENCES, type PanelPreferences } from '../../src/domain/preferences/panel-preferences';
import { composePanelServices, type PanelRuntime } from '../../src/entries/compose-panel-services';
import { ProviderNotInBuildError } from '../../src/entries/provider-not-in-build-error';
import { createSandboxState, DEMO_SEQUENCE, SandboxHost } from '../../src/hosts/sandbox';
import { loadBuiltinCatalog } from '../../src/providers/catalog';
import type * as JobRunnerModule from '../../src/workflows/jobs/job-runner';
import type { JobRunnerOptions } from '../../src/workflows/jobs/job-runner';
import type { JobRecord } from '../../src/workflows/jobs/job-record';
import { createMemoryMediaFolder } from '../support/memory-media-folder';

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

const catalog = loadBuiltinCatalog();
const editorPreferences: PanelPreferences = {
  ...DEFAULT_PANEL_PREFERENCES,
  maxConcurrentPerProvider: 5,
  fileNameTemplate: '{provider}-{job}',
};

/** The pieces a runtime brings, as fakes: memory ledger, memory media folder, the sandbox's in-memory host. */
function fakeRuntime(overrides: Partial<PanelRuntime>): PanelRuntime {
  let ledgerText: string | null = null;
  return {
    host: new SandboxHost(createSandboxState(DEMO_SEQUENCE), {
      probeMedia: async () => ({ durationSeconds: 5, hasVideo: true, hasAudio: true }),
    }),
    catalog,
    providerAccess: () => ({ asksForKeys: false, readCredentials: async () => ({}) }),
    preferences: { read: async () => editorPreferences, write: async () => {} },
    ledgerStorage: { read: async () => ledgerText, write: async (text) => void (ledgerText = text) },
    mediaFolder: createMemoryMediaFolder(),
    sidecars: { writeBeside: async (mediaPath, fileName) => `${mediaPath}/../${fileName}` },
    poll: { intervalMs: 1, timeoutMs: 1000 },
    ...overrides,
  };
}

const premiereLike = (): Partial<PanelRuntime> => {
  const folder = { describe: async () => 'D:\\Clips', choose: async () => 'D:\\Other' };
  return {
    providerAccess: () => ({ asksForKeys: true, readCredentials: async () => ({}) }),
    poll: { intervalMs: 5000, timeoutMs: 15 * 60_000 },
    choosableMediaFolder: folder,
    secrets: { get: async () => null, set: async () => {}, remove: async () => {} },
  };
};
const sandboxLike = (): Partial<PanelRuntime> => ({
  providerAccess: (registration) => ({
    displayName: `${registration.displayName} (emulated)`,
    baseUrl: `http://127.0.0.1:1/emulators/${registration.id}`,
    asksForKeys: false,
    readCredentials: async () => ({}),
  }),
  poll: { intervalMs: 700, timeoutMs: 120_000 },
});

describe('one composition for the Premiere panel and the sandbox', () => {
  it.each([
    ['Premiere', premiereLike],
    ['sandbox', sandboxLike],
  ] as const)("%s: the runner gets the editor's concurrency and naming preferences and the runtime's polling", async (_, runtime) => {
    runnerOptions.length = 0;
    const pieces = fakeRuntime(runtime());
    const services = await composePanelServices(pieces);
    expect(runnerOptions).toHaveLength(1);
    const options = runnerOptions[0]!;
    expect(options.maxConcurrentPerProvider).toBe(5);
    expect(options.poll).toBe(pieces.poll);
    expect(options.host).toBe(pieces.host);
    expect(options.mediaFolder).toBe(pieces.mediaFolder);
    expect(options.sidecars).toBe(pieces.sidecars);
    expect(options.fileName({ providerName: 'Kling', id: 'job-7', request: { model: 'm', prompt: 'p' } } as JobRecord)).toBe(
      'Kling-job7.mp4',
    );
    expect(services.jobs.ledger.list()).toEqual([]);
    expect(services.providers.map((choice) => choice.id)).toContain('kling');
  });

  it('follows the preferences read at start, so a different setting reaches the runner', async () => {
    runnerOptions.length = 0;
    await composePanelServices(fakeRuntime({ preferences: { read: async () => DEFAULT_PANEL_PREFERENCES, write: async () => {} } }));
    expect(runnerOptions[0]?.maxConcurrentPerProvider).toBe(DEFAULT_PANEL_PREFERENCES.maxConcurrentPerProvider);
  });

  it('keeps what is runtime-specific: key fields and the choosable folder in Premiere, emulated names in the sandbox', async () => {
    const premiere = await composePanelServices(fakeRuntime(premiereLike()));
    const sandbox = await composePanelServices(fakeRuntime(sandboxLike()));
    const kling = (services: typeof premiere) => services.providers.find((choice) => choice.id === 'kling')!;
    expect(kling(premiere).credentials.length).toBeGreaterThan(0);
    expect(kling(sandbox).credentials).toEqual([]);
    expect(kling(sandbox).displayName).toMatch(/\(emulated\)$/);
    await expect(premiere.mediaFolder?.describe()).resolves.toBe('D:\\Clips');
    expect(sandbox.mediaFolder).toBeUndefined();
    expect(premiere.secrets).toBeDefined();
  });

  it('refuses a job for a provider this build does not have, in words', async () => {
    runnerOptions.length = 0;
    await composePanelServices(fakeRuntime(sandboxLike()));
    const refused = runnerOptions[0]!.provider('sora-from-the-future');
    await expect(refused).rejects.toBeInstanceOf(ProviderNotInBuildError);
    await expect(refused).rejects.toThrow('No provider "sora-from-the-future" in this build.');
  });

  it('is what both entries use: neither builds its own runner, ledger or provider list', () => {
    for (const entry of ['uxp-panel.tsx', 'sandbox-page.tsx']) {
      const source = readFileSync(resolve(__dirname, '../../src/entries', entry), 'utf8');
      expect(source, entry).toContain('await composePanelServices({');
      expect(source, entry).not.toMatch(/new JobRunner\(|JobLedger\.open\(|PROVIDER_REGISTRATIONS/);
    }
  });
});
