import { describe, expect, it } from 'vitest';
import { createUxpSettingsStore } from '../../../src/platform/uxp/uxp-settings-store';
import { decodeUtf8, encodeUtf8 } from '../../../src/shared/utf8';
import { createFakeUxp } from '../../support/fake-uxp';

describe('UXP settings store', () => {
  it('keeps JSON settings in settings.json in the plugin data folder', async () => {
    const fake = createFakeUxp();
    const settings = createUxpSettingsStore(fake.uxp);
    expect(await settings.get('preferences')).toBeNull();
    await settings.set('preferences', { binTemplate: 'ClipRelay/{provider}', budget: { dailyUsd: 20 } });
    await settings.set('lastPreset', 'standard');
    expect(JSON.parse(decodeUtf8(fake.disk.get('/plugin-data/settings.json')!))).toEqual({
      preferences: { binTemplate: 'ClipRelay/{provider}', budget: { dailyUsd: 20 } },
      lastPreset: 'standard',
    });
    // A new store (a panel reload) reads the same values.
    expect(await createUxpSettingsStore(fake.uxp).get('lastPreset')).toBe('standard');
    await settings.remove('lastPreset');
    expect(await settings.get('lastPreset')).toBeNull();
    expect(fake.disk.has('/plugin-data/settings.json.tmp')).toBe(false);
  });

  it('keeps a damaged file aside, starts empty instead of failing, and repairs it on the next save', async () => {
    const fake = createFakeUxp();
    fake.disk.set('/plugin-data/settings.json', encodeUtf8('{"preferences": {'));
    const settings = createUxpSettingsStore(fake.uxp);
    expect(await settings.get('preferences')).toBeNull();
    const aside = [...fake.disk.keys()].find((path) => path.startsWith('/plugin-data/settings.json.damaged-'));
    expect(decodeUtf8(fake.disk.get(aside!)!)).toBe('{"preferences": {');
    expect(settings.damage?.()?.keptAsidePath).toBe(aside!.slice('/plugin-data/'.length));
    await settings.set('a', 1);
    expect(JSON.parse(decodeUtf8(fake.disk.get('/plugin-data/settings.json')!))).toEqual({ a: 1 });
  });

  it('loses no change when two saves overlap', async () => {
    const fake = createFakeUxp();
    const settings = createUxpSettingsStore(fake.uxp);
    await Promise.all([settings.set('a', 1), settings.set('b', 2), settings.set('c', [3])]);
    expect(await settings.get('a')).toBe(1);
    expect(await settings.get('b')).toBe(2);
    expect(await settings.get('c')).toEqual([3]);
  });
});
