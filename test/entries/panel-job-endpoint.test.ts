import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PANEL_PREFERENCES } from '../../src/domain/preferences/panel-preferences';
import { EMULATOR_DEMO_CREDENTIALS } from '../../src/emulators/demo-credentials';
import { startEmulatorServer, type EmulatorServer } from '../../src/emulators/emulator-server';
import { parseFaultSpec } from '../../src/emulators/faults';
import { composePanelServices, type PanelRuntime } from '../../src/entries/compose-panel-services';
import { createSandboxState, DEMO_SEQUENCE, SandboxHost } from '../../src/hosts/sandbox';
import { loadBuiltinCatalog } from '../../src/providers/catalog';
import { catalogVersion } from '../../src/workflows/jobs/catalog-version';
import { createMemoryMediaFolder } from '../support/memory-media-folder';
import { memoryLedgerStorage } from '../support/memory-ledger-storage';

const videoBytes = readFileSync(resolve(__dirname, '../../assets/demo-clip.mp4'));
const catalog = loadBuiltinCatalog();

describe('panel jobs remember where they were created', () => {
  let first: EmulatorServer;
  let moved: EmulatorServer;
  beforeAll(async () => {
    [first, moved] = await Promise.all([startEmulatorServer({ port: 0, videoBytes }), startEmulatorServer({ port: 0, videoBytes })]);
  });
  afterAll(async () => {
    await Promise.all([first.close(), moved.close()]);
  });

  /** A panel whose Kling is reached at `server` (the sandbox's emulators on this origin). */
  const panel = (server: EmulatorServer, ledgerStorage: PanelRuntime['ledgerStorage']) =>
    composePanelServices({
      host: new SandboxHost(createSandboxState(DEMO_SEQUENCE), {
        probeMedia: async () => ({ durationSeconds: 5, hasVideo: true, hasAudio: true }),
      }),
      catalog,
      providerAccess: (registration) => ({
        asksForKeys: false,
        baseUrl: `${server.url}/${registration.id}`,
        readCredentials: async () => EMULATOR_DEMO_CREDENTIALS[registration.id] ?? {},
      }),
      preferences: { read: async () => DEFAULT_PANEL_PREFERENCES, write: async () => {} },
      ledgerStorage,
      mediaFolder: createMemoryMediaFolder(),
      sidecars: { writeBeside: async (mediaPath, fileName) => `${mediaPath}/../${fileName}` },
      poll: { intervalMs: 5, timeoutMs: 20_000 },
    });

  it('records the endpoint and catalog version on submit, and a reopened panel set up elsewhere finishes the job where it was made', async () => {
    const storage = memoryLedgerStorage();
    first.faults.add(...parseFaultSpec('kling:poll:delay=300*inf'));
    const before = await panel(first, storage);
    const submitted = await before.jobs.submit({
      request: {
        model: 'kling-v2-6',
        prompt: 'Rain on a tin roof',
        durationSeconds: 5,
        aspectRatio: '16:9',
        audio: true,
        clientJobId: 'panel-endpoint-1',
      },
      providerId: 'kling',
      providerName: 'Kling',
      projectName: 'demo',
      estimatedCostUsd: 0.35,
    });
    expect(submitted).toMatchObject({ endpoint: `${first.url}/kling`, catalogVersion: catalogVersion(catalog) });
    await expect.poll(() => before.jobs.ledger.get('panel-endpoint-1')?.phase).toBe('generating');
    await before.jobs.stop(); // the panel closes
    first.faults.clear();

    const after = await panel(moved, storage);
    after.jobs.resumeAll();
    const done = await after.jobs.settled('panel-endpoint-1');
    expect(done?.phase).toBe('placed');
    expect(done?.warnings).toContain(
      `Created at ${first.url}/kling; the settings now name ${moved.url}/kling, so it is finished where it was created.`,
    );
    expect([...first.kling.tasks.values()].filter((task) => task.externalTaskId === 'panel-endpoint-1')).toHaveLength(1);
    expect(moved.kling.tasks.size).toBe(0);
  });
});
