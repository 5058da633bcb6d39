import { describe, expect, it, vi } from 'vitest';
import { packSigningKeyFromSeed, signPresetPack } from '../../../src/domain/packs';
import type { PresetPackInput } from '../../../src/domain/presets';
import type { PackFetcher } from '../../../src/platform/pack-fetcher';
import type { PackFileSource } from '../../../src/platform/pack-file-source';
import { packFetcherWithFiles } from '../../../src/workflows/packs/pack-fetcher-with-files';
import { PackSubscriptions } from '../../../src/workflows/packs/pack-subscriptions';
import { PackSubscriptionsController, type SubscriptionsSnapshot } from '../../../src/ui/presets/pack-subscriptions-controller';
import { memorySettingsStore } from '../../support/memory-settings-store';
import { agencyPack, testSeed } from '../../support/pack-fixtures';

const acme = packSigningKeyFromSeed(testSeed('acme'));
const mallory = packSigningKeyFromSeed(testSeed('mallory'));
const release = (version: number, overrides: Partial<PresetPackInput> = {}, key = acme) =>
  signPresetPack(agencyPack({ version, ...overrides }), key.secretKey);

const LOCATION = '/Volumes/Agency/acme.cliprelay-pack.json';

/** A shared drive the test controls: the file's text, or null while the drive is disconnected. */
function sharedDrive(initial: string) {
  const drive = { text: initial as string | null, reads: 0 };
  const files: PackFileSource = {
    pick: async () => ({ location: LOCATION }),
    reread: async (location) => {
      drive.reads++;
      return location === LOCATION ? drive.text : null;
    },
  };
  return { drive, files };
}

const noWeb: PackFetcher = { fetchPack: () => Promise.reject(new Error('no web address in this test')) };

function subscriptionsOn(files: PackFileSource) {
  let nowMs = Date.UTC(2026, 11, 6, 9);
  return new PackSubscriptions({
    settings: memorySettingsStore(),
    fetcher: packFetcherWithFiles(noWeb, files),
    allowedHosts: [],
    now: () => (nowMs += 60_000),
  });
}

describe('pack subscriptions from a file on a shared drive', () => {
  it('installs a signed file, sees an unchanged file as not modified, shows a changed one with its diff before it applies', async () => {
    const { drive, files } = sharedDrive(release(1));
    const subscriptions = subscriptionsOn(files);
    const installed = await subscriptions.subscribe(LOCATION);
    expect(installed.pack?.version).toBe(1);

    const unchanged = await subscriptions.checkAll();
    expect(unchanged[0]).toMatchObject({ problem: null, update: null });

    drive.text = release(2, { policy: { ...agencyPack().policy, allowedProviders: ['kling'] } });
    const [changed] = await subscriptions.checkAll();
    expect(changed?.pack?.version).toBe(1); // not applied before the editor sees what changes
    expect(changed?.update?.version).toBe(2);
    expect(changed?.update?.changes.join(' ')).toMatch(/google/i);
    const applied = await subscriptions.applyUpdate(changed!.id);
    expect(applied.pack?.version).toBe(2);
  });

  it('keeps the last good pack while the drive is away, saying so, and refuses a file signed by another key or tampered with', async () => {
    const { drive, files } = sharedDrive(release(1));
    const subscriptions = subscriptionsOn(files);
    await subscriptions.subscribe(LOCATION);

    drive.text = null;
    const [offline] = await subscriptions.checkAll();
    expect(offline?.pack?.version).toBe(1);
    expect(offline?.problem).toMatch(/cannot be read from here now.*keeps working/);

    drive.text = release(2, {}, mallory);
    const [foreign] = await subscriptions.checkAll();
    expect(foreign?.pack?.version).toBe(1);
    expect(foreign?.update).toBeNull();
    expect(foreign?.problem).not.toBeNull();

    const envelope = JSON.parse(release(3)) as { pack: string };
    drive.text = JSON.stringify({ ...envelope, pack: envelope.pack.replace('"dailyUsd": 200', '"dailyUsd": 99999') });
    const [tampered] = await subscriptions.checkAll();
    expect(tampered?.pack?.version).toBe(1);
    expect(tampered?.problem).toMatch(/signature does not match/);
  });

  it('applies a required release at the next check, as a subscription by address does', async () => {
    const { drive, files } = sharedDrive(release(1));
    const subscriptions = subscriptionsOn(files);
    await subscriptions.subscribe(LOCATION);
    drive.text = release(2, { updateRequired: true });
    const [checked] = await subscriptions.checkAll();
    expect(checked?.update).toMatchObject({ version: 2, required: true });
  });

  it('leaves web addresses to the web fetcher', async () => {
    const web: PackFetcher = { fetchPack: vi.fn(async () => ({ kind: 'not-modified' as const })) };
    const { drive, files } = sharedDrive(release(1));
    const fetcher = packFetcherWithFiles(web, files);
    await expect(fetcher.fetchPack('https://packs.acme.com/house.json', {})).resolves.toEqual({ kind: 'not-modified' });
    expect(web.fetchPack).toHaveBeenCalledOnce();
    expect(drive.reads).toBe(0);
  });
});

describe('the Presets controller installing from a file', () => {
  it('installs the picked file, does nothing when the picker is dismissed, and shows a tampered file as the problem with nothing changed', async () => {
    const { drive, files } = sharedDrive(release(1));
    const subscriptions = subscriptionsOn(files);
    let picked: { location: string } | null = null;
    const panelSubscriptions = {
      list: () => subscriptions.list(),
      subscribe: (location: string) => subscriptions.subscribe(location),
      checkAll: () => subscriptions.checkAll(),
      applyUpdate: (id: string) => subscriptions.applyUpdate(id),
      unsubscribe: (id: string) => subscriptions.unsubscribe(id),
      pickFile: async () => picked,
    };
    let snapshot: SubscriptionsSnapshot | null = null;
    const controller = new PackSubscriptionsController(panelSubscriptions, (next) => (snapshot = next));
    expect(controller.canInstallFromFile).toBe(true);

    await expect(controller.installFromFile()).resolves.toBe(true);
    expect(snapshot!.views).toHaveLength(0); // dismissed: nothing subscribed

    const envelope = JSON.parse(release(1)) as { pack: string };
    drive.text = JSON.stringify({ ...envelope, pack: envelope.pack.replace('"dailyUsd": 200', '"dailyUsd": 99999') });
    picked = { location: LOCATION };
    await expect(controller.installFromFile()).resolves.toBe(false);
    expect(snapshot!.problem).toMatch(/signature does not match/);
    expect(await subscriptions.list()).toHaveLength(0);

    drive.text = release(1);
    await expect(controller.installFromFile()).resolves.toBe(true);
    expect(snapshot!.views.map((view) => view.pack?.name)).toEqual(['Acme house mix']);
    expect(snapshot!.problem).toBeNull();
  });
});
