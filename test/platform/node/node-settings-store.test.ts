import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clipRelayHome, createNodeSettingsStore } from '../../../src/platform/node/node-settings-store';

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'cliprelay-settings-'));
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe('Node settings store', () => {
  it('lives in $CLIPRELAY_HOME, or ~/.cliprelay', () => {
    expect(clipRelayHome({ CLIPRELAY_HOME: '/srv/cliprelay' }, '/home/ed')).toBe('/srv/cliprelay');
    expect(clipRelayHome({ CLIPRELAY_HOME: '  ' }, '/home/ed')).toBe(join('/home/ed', '.cliprelay'));
    expect(clipRelayHome({}, '/home/ed')).toBe(join('/home/ed', '.cliprelay'));
  });

  it('creates the folder on first write and keeps one JSON file, written atomically', async () => {
    const home = join(directory, 'nested', 'home');
    const settings = createNodeSettingsStore(home);
    expect(await settings.get('preferences')).toBeNull();
    await settings.set('preferences', { maxConcurrentPerProvider: 3 });
    await Promise.all([settings.set('x', 1), settings.set('y', 'two')]);
    expect(JSON.parse(readFileSync(join(home, 'settings.json'), 'utf8'))).toEqual({
      preferences: { maxConcurrentPerProvider: 3 },
      x: 1,
      y: 'two',
    });
    expect(readdirSync(home)).toEqual(['settings.json']);
    await settings.remove('x');
    expect(await createNodeSettingsStore(home).get('x')).toBeNull();
  });

  it('keeps a damaged file aside, says so, and starts over', async () => {
    writeFileSync(join(directory, 'settings.json'), 'not json');
    const settings = createNodeSettingsStore(directory);
    expect(await settings.get('a')).toBeNull();
    const damage = settings.damage?.();
    expect(damage?.message).toMatch(/settings file could not be read \(it is not valid JSON\).*kept aside in .*settings\.json\.damaged-/);
    expect(readFileSync(damage!.keptAsidePath!, 'utf8')).toBe('not json');
    await settings.set('a', true);
    expect(JSON.parse(readFileSync(join(directory, 'settings.json'), 'utf8'))).toEqual({ a: true });
    expect(existsSync(damage!.keptAsidePath!)).toBe(true);
  });
});
