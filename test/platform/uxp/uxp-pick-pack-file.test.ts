import { describe, expect, it } from 'vitest';
import { createUxpPackFileSource } from '../../../src/platform/uxp/uxp-pick-pack-file';
import { encodeUtf8 } from '../../../src/shared/utf8';
import { createFakeUxp } from '../../support/fake-uxp';
import { memorySettingsStore } from '../../support/memory-settings-store';

const SHARED = '/Volumes/Agency/acme.cliprelay-pack.json';

describe('pack files in the Premiere panel (UXP)', () => {
  it('picks a JSON file, and reads it again after a restart through the persistent token kept by its path', async () => {
    const fake = createFakeUxp();
    const settings = memorySettingsStore();
    fake.disk.set(SHARED, encodeUtf8('{"release":1}'));
    fake.filePickerAnswers.push(SHARED);
    const picked = await createUxpPackFileSource(fake.uxp, settings).pick();
    expect(picked).toEqual({ location: SHARED });
    expect(fake.lastFilePickerOptions).toEqual({ types: ['json'] });

    fake.disk.set(SHARED, encodeUtf8('{"release":2}')); // the agency publishes a new release
    const afterRestart = createUxpPackFileSource(fake.uxp, settings);
    await expect(afterRestart.reread(SHARED)).resolves.toBe('{"release":2}');
    await expect(afterRestart.reread('/Volumes/Agency/other.json')).resolves.toBeNull();
  });

  it('resolves null when the picker is dismissed, and rejects a re-read whose grant is gone (the check keeps the last good pack)', async () => {
    const fake = createFakeUxp();
    const settings = memorySettingsStore();
    const source = createUxpPackFileSource(fake.uxp, settings);
    fake.filePickerAnswers.push(null);
    await expect(source.pick()).resolves.toBeNull();

    fake.disk.set(SHARED, encodeUtf8('{"release":1}'));
    fake.filePickerAnswers.push(SHARED);
    await source.pick();
    fake.invalidateTokens(); // the share was remounted elsewhere
    await expect(source.reread(SHARED)).rejects.toThrow();
  });
});
