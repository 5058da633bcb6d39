import { describe, expect, it } from 'vitest';
import { StoredDataDamagedError } from '../../../src/platform/stored-data-damaged-error';
import { uxpDataFile } from '../../../src/platform/uxp/uxp-data-file';
import { uxpPreferences } from '../../../src/platform/uxp/uxp-preferences';
import { createFakeUxp } from '../../support/fake-uxp';

/** The data folder, with getEntry failing for files that are there (a permission or I/O error). */
function withUnopenableEntries(fake: ReturnType<typeof createFakeUxp>) {
  const fs = fake.uxp.storage.localFileSystem;
  const original = fs.getDataFolder.bind(fs);
  fs.getDataFolder = async () => {
    const folder = await original();
    return Object.assign(Object.create(folder) as typeof folder, {
      getEntry: async () => {
        throw new TypeError('permission denied');
      },
    });
  };
}

describe('plugin data files: "not there" is not the same as "cannot be opened"', () => {
  it('a file that does not exist yet reads as nothing stored', async () => {
    const fake = createFakeUxp();
    expect(await uxpDataFile(fake.uxp, 'jobs.json').read()).toBeNull();
  });

  it('a file that exists but cannot be opened is an error naming it, never an empty ledger that would overwrite it', async () => {
    const fake = createFakeUxp();
    const file = uxpDataFile(fake.uxp, 'jobs.json');
    await file.write('{"version":2,"jobs":[]}');
    withUnopenableEntries(fake);
    const error = await file.read().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(StoredDataDamagedError);
    expect((error as Error).message).toBe(
      'The jobs.json file could not be read (Premiere could not open it: permission denied). It was left untouched.',
    );
  });

  it('preferences that cannot be read reach the caller instead of silently becoming the defaults', async () => {
    const fake = createFakeUxp();
    const preferences = uxpPreferences(fake.uxp);
    await preferences.write({ ...(await preferences.read()), binTemplate: 'Agency/{provider}' });
    withUnopenableEntries(fake);
    await expect(preferences.read()).rejects.toThrow(/preferences\.json file could not be read/);
  });
});
