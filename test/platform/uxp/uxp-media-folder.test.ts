import { describe, expect, it } from 'vitest';
import { MEDIA_FOLDER_SETTING, UnknownMediaFileError, createUxpMediaFolder } from '../../../src/platform/uxp/uxp-media-folder';
import { FolderNotChosenError } from '../../../src/platform/uxp/uxp-remembered-folder';
import { createUxpSettingsStore } from '../../../src/platform/uxp/uxp-settings-store';
import { createFakeUxp } from '../../support/fake-uxp';

async function download(folder: ReturnType<typeof createUxpMediaFolder>, name: string, chunks: number[][]) {
  const file = await folder.createFile(name);
  for (const chunk of chunks) await file.sink.write(Uint8Array.from(chunk));
  await file.sink.close();
  return file.path;
}

describe('UXP media folder (generated clips)', () => {
  it('asks for a folder once and keeps it across reloads with a persistent token', async () => {
    const fake = createFakeUxp();
    fake.pickerAnswers.push('/Users/ed/ClipRelay clips');
    const settings = createUxpSettingsStore(fake.uxp);
    const first = createUxpMediaFolder(fake.uxp, settings);
    expect(await first.describe()).toBeNull();
    const path = await download(first, 'rain-kling-1.mp4', [[1, 2], [3]]);
    expect(path).toBe('/Users/ed/ClipRelay clips/rain-kling-1.mp4');
    expect([...fake.disk.get(path)!]).toEqual([1, 2, 3]);
    expect([...(await first.readFile(path))]).toEqual([1, 2, 3]);
    expect(typeof (await settings.get(MEDIA_FOLDER_SETTING))).toBe('string');

    const afterReload = createUxpMediaFolder(fake.uxp, createUxpSettingsStore(fake.uxp));
    expect(await afterReload.describe()).toBe('/Users/ed/ClipRelay clips');
    await download(afterReload, 'rain-kling-2.mp4', [[4]]);
    expect(fake.pickerOpened).toBe(1);
  });

  it('asks again when the remembered folder is gone, and fails with a typed error when the user cancels', async () => {
    const fake = createFakeUxp();
    fake.pickerAnswers.push('/clips/a');
    const folder = createUxpMediaFolder(fake.uxp, createUxpSettingsStore(fake.uxp));
    await download(folder, 'one.mp4', [[1]]);
    fake.invalidateTokens();
    fake.pickerAnswers.push(null);
    await expect(folder.createFile('two.mp4')).rejects.toBeInstanceOf(FolderNotChosenError);
    fake.pickerAnswers.push('/clips/b');
    expect(await download(folder, 'two.mp4', [[2]])).toBe('/clips/b/two.mp4');
  });

  it('asks again, and says why, when the remembered folder was deleted or moved while its token still resolves', async () => {
    const fake = createFakeUxp();
    fake.pickerAnswers.push('/clips/a');
    const settings = createUxpSettingsStore(fake.uxp);
    const told: string[] = [];
    const folder = createUxpMediaFolder(fake.uxp, settings, { onForgotten: (message) => told.push(message) });
    await download(folder, 'one.mp4', [[1]]);
    fake.removeFolder('/clips/a');
    // Today's write-time failure: the token resolves, then createFile fails on the missing folder.
    expect(await folder.describe()).toBeNull();
    fake.pickerAnswers.push('/clips/b');
    expect(await download(folder, 'two.mp4', [[2]])).toBe('/clips/b/two.mp4');
    expect(fake.pickerOpened).toBe(2);
    expect(told).toEqual([
      expect.stringMatching(
        /folder chosen earlier for generated clips, \/clips\/a, was moved, deleted or is no longer permitted.*Choose it again\.$/,
      ),
    ]);
    expect(await folder.describe()).toBe('/clips/b');
  });

  it('forgets a dead folder even when the editor cancels the picker, and the error names the reason', async () => {
    const fake = createFakeUxp();
    fake.pickerAnswers.push('/clips/a');
    const settings = createUxpSettingsStore(fake.uxp);
    const folder = createUxpMediaFolder(fake.uxp, settings);
    await download(folder, 'one.mp4', [[1]]);
    fake.removeFolder('/clips/a');
    fake.pickerAnswers.push(null);
    const error = await folder.createFile('two.mp4').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FolderNotChosenError);
    expect((error as Error).message).toMatch(
      /^The folder chosen earlier for generated clips, \/clips\/a, was moved.*Choose a folder for generated clips to continue/,
    );
    expect(await settings.get(MEDIA_FOLDER_SETTING)).toBeNull();
  });

  it('lets the editor choose another folder; a cancelled choice keeps the old one', async () => {
    const fake = createFakeUxp();
    fake.pickerAnswers.push('/clips/a', null, '/clips/c');
    const folder = createUxpMediaFolder(fake.uxp, createUxpSettingsStore(fake.uxp));
    expect(await folder.choose()).toBe('/clips/a');
    expect(await folder.choose()).toBeNull();
    expect(await folder.describe()).toBe('/clips/a');
    expect(await folder.choose()).toBe('/clips/c');
    expect(await folder.describe()).toBe('/clips/c');
  });

  it('never overwrites an existing clip, deletes a partial download on abort, and reads only its own files', async () => {
    const fake = createFakeUxp();
    fake.pickerAnswers.push('/clips');
    fake.disk.set('/clips/taken.mp4', Uint8Array.from([9]));
    const folder = createUxpMediaFolder(fake.uxp, createUxpSettingsStore(fake.uxp));
    await expect(folder.createFile('taken.mp4')).rejects.toThrow(/already exists/);
    const file = await folder.createFile('partial.mp4');
    await file.sink.write(Uint8Array.from([1, 2]));
    await file.sink.abort(new Error('cut'));
    expect(fake.disk.has('/clips/partial.mp4')).toBe(false);
    await expect(folder.readFile('/clips/taken.mp4')).rejects.toBeInstanceOf(UnknownMediaFileError);
  });

  it('still accepts a localStorage-like store, under the same key', async () => {
    const fake = createFakeUxp();
    fake.pickerAnswers.push('/clips');
    const values = new Map<string, string>();
    const storage = {
      getItem: (key: string) => values.get(key) ?? null,
      setItem: (key: string, value: string) => void values.set(key, value),
      removeItem: (key: string) => void values.delete(key),
    };
    await download(createUxpMediaFolder(fake.uxp, storage), 'a.mp4', [[1]]);
    expect(values.get(MEDIA_FOLDER_SETTING)).toMatch(/^token-/);
  });
});
