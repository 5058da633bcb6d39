import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PANEL_PREFERENCES } from '../../src/domain/preferences/panel-preferences';
import { EMULATOR_DEMO_CREDENTIALS } from '../../src/emulators/demo-credentials';
import { startEmulatorServer, type EmulatorServer } from '../../src/emulators/emulator-server';
import { composePanelServices } from '../../src/entries/compose-panel-services';
import { createSandboxState, DEMO_SEQUENCE, SandboxHost } from '../../src/hosts/sandbox';
import { loadBuiltinCatalog } from '../../src/providers/catalog';
import { catalogVersion } from '../../src/workflows/jobs/catalog-version';
import type * as CatalogVersionModule from '../../src/workflows/jobs/catalog-version';
import { createMemoryMediaFolder } from '../support/memory-media-folder';
import { memoryLedgerStorage } from '../support/memory-ledger-storage';

// Counts the hashing while keeping its value.
vi.mock('../../src/workflows/jobs/catalog-version', async (original) => {
  const actual = await original<typeof CatalogVersionModule>();
  return { catalogVersion: vi.fn(actual.catalogVersion) };
});

const videoBytes = readFileSync(resolve(__dirname, '../../assets/demo-clip.mp4'));
const catalog = loadBuiltinCatalog();

describe('the panel hashes its model catalog when the first job is sent, not while it starts', () => {
  let server: EmulatorServer;
  beforeAll(async () => {
    server = await startEmulatorServer({ port: 0, videoBytes });
  });
  afterAll(() => server.close());

  it('starts without hashing, records the same version on every job, and hashes once', async () => {
    const hashed = vi.mocked(catalogVersion);
    const services = await composePanelServices({
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
      ledgerStorage: memoryLedgerStorage(),
      mediaFolder: createMemoryMediaFolder(),
      sidecars: { writeBeside: async (mediaPath, fileName) => `${mediaPath}/../${fileName}` },
      poll: { intervalMs: 5, timeoutMs: 20_000 },
    });
    expect(hashed).not.toHaveBeenCalled();
    const expected = (await vi.importActual<typeof CatalogVersionModule>('../../src/workflows/jobs/catalog-version')).catalogVersion(
      catalog,
    );
    const submit = (clientJobId: string) =>
      services.jobs.submit({
        request: { model: 'kling-v2-6', prompt: 'Rain on a tin roof', durationSeconds: 5, aspectRatio: '16:9', audio: true, clientJobId },
        providerId: 'kling',
        providerName: 'Kling',
        projectName: 'demo',
        estimatedCostUsd: 0.35,
      });
    expect(await submit('first')).toMatchObject({ catalogVersion: expected });
    expect(await submit('second')).toMatchObject({ catalogVersion: expected });
    expect(hashed).toHaveBeenCalledTimes(1);
    await services.jobs.stop();
  });
});
