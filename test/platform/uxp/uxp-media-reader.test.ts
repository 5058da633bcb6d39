import { describe, expect, it } from 'vitest';
import {
  MEDIA_READ_FOLDERS_SETTING,
  MediaAccessNotGrantedError,
  MediaFileNotFoundError,
  createUxpMediaReader,
} from '../../../src/platform/uxp/uxp-media-reader';
import { createUxpSettingsStore } from '../../../src/platform/uxp/uxp-settings-store';
import { createFakeUxp } from '../../support/fake-uxp';

async function readAll(chunks: AsyncIterable<Uint8Array>): Promise<number[]> {
  const bytes: number[] = [];
  for await (const chunk of chunks) bytes.push(...chunk);
  return bytes;
}

describe('UXP media reader (voice media under "request" permission)', () => {
  it('asks for the folder once, explains first, and reads later files there without asking', async () => {
    const fake = createFakeUxp();
    fake.disk.set('/Projects/Harbour/Audio/VO/line-1.wav', Uint8Array.from([1, 2, 3]));
    fake.disk.set('/Projects/Harbour/Audio/VO/line-2.wav', Uint8Array.from([4]));
    fake.pickerAnswers.push('/Projects/Harbour/Audio');
    const explained: string[] = [];
    const settings = createUxpSettingsStore(fake.uxp);
    const reader = createUxpMediaReader(fake.uxp, settings, { confirmFolderRequest: async (path) => (explained.push(path), true) });
    expect(await readAll(reader.read('/Projects/Harbour/Audio/VO/line-1.wav'))).toEqual([1, 2, 3]);
    expect(explained).toEqual(['/Projects/Harbour/Audio/VO/line-1.wav']);
    const again = createUxpMediaReader(fake.uxp, createUxpSettingsStore(fake.uxp), { confirmFolderRequest: async () => true });
    expect(await readAll(again.read('/Projects/Harbour/Audio/VO/line-2.wav'))).toEqual([4]);
    expect(fake.pickerOpened).toBe(1);
    expect(await again.describe()).toEqual(['/Projects/Harbour/Audio']);
    expect(await settings.get(MEDIA_READ_FOLDERS_SETTING)).toHaveLength(1);
  });

  it('asks for a read folder again when the old grant no longer opens it, and forgets the dead grant', async () => {
    const fake = createFakeUxp();
    fake.disk.set('/Projects/Harbour/Audio/VO/line-1.wav', Uint8Array.from([1, 2, 3]));
    fake.pickerAnswers.push('/Projects/Harbour/Audio');
    const settings = createUxpSettingsStore(fake.uxp);
    const reader = createUxpMediaReader(fake.uxp, settings, { confirmFolderRequest: async () => true });
    expect(await readAll(reader.read('/Projects/Harbour/Audio/VO/line-1.wav'))).toEqual([1, 2, 3]);
    const [oldToken] = (await settings.get(MEDIA_READ_FOLDERS_SETTING)) as string[];
    // The drive was remounted from a backup: same path, but the old grant no longer opens it.
    fake.removeFolder('/Projects/Harbour/Audio');
    fake.disk.set('/Projects/Harbour/Audio/VO/line-1.wav', Uint8Array.from([7]));
    fake.pickerAnswers.push('/Projects/Harbour/Audio');
    expect(await readAll(reader.read('/Projects/Harbour/Audio/VO/line-1.wav'))).toEqual([7]);
    expect(fake.pickerOpened).toBe(2);
    const tokens = (await settings.get(MEDIA_READ_FOLDERS_SETTING)) as string[];
    expect(tokens).toHaveLength(1);
    expect(tokens).not.toContain(oldToken);
  });

  it('lists only grants that still open in Settings, and forgets the others', async () => {
    const fake = createFakeUxp();
    fake.disk.set('/a/one.wav', Uint8Array.from([1]));
    fake.disk.set('/b/two.wav', Uint8Array.from([2]));
    fake.pickerAnswers.push('/a', '/b');
    const settings = createUxpSettingsStore(fake.uxp);
    const reader = createUxpMediaReader(fake.uxp, settings, { confirmFolderRequest: async () => true });
    await readAll(reader.read('/a/one.wav'));
    await readAll(reader.read('/b/two.wav'));
    fake.removeFolder('/a');
    expect(await reader.describe()).toEqual(['/b']);
    expect(await settings.get(MEDIA_READ_FOLDERS_SETTING)).toHaveLength(1);
  });

  it('says the file is gone, without asking for the folder again, when the folder still opens', async () => {
    const fake = createFakeUxp();
    fake.disk.set('/vo/line.wav', Uint8Array.from([1]));
    fake.pickerAnswers.push('/vo');
    const reader = createUxpMediaReader(fake.uxp, createUxpSettingsStore(fake.uxp), { confirmFolderRequest: async () => true });
    await readAll(reader.read('/vo/line.wav'));
    fake.disk.delete('/vo/line.wav');
    fake.disk.set('/vo/other.wav', Uint8Array.from([2]));
    await expect(readAll(reader.read('/vo/line.wav'))).rejects.toThrow(MediaFileNotFoundError);
    expect(fake.pickerOpened).toBe(1);
  });

  it('reads nothing when the editor declines or picks a folder that does not hold the file', async () => {
    const fake = createFakeUxp();
    fake.disk.set('/vo/line.wav', Uint8Array.from([1]));
    const declined = createUxpMediaReader(fake.uxp, createUxpSettingsStore(fake.uxp), { confirmFolderRequest: async () => false });
    await expect(readAll(declined.read('/vo/line.wav'))).rejects.toBeInstanceOf(MediaAccessNotGrantedError);
    expect(fake.pickerOpened).toBe(0);
    fake.pickerAnswers.push('/music');
    const wrongFolder = createUxpMediaReader(fake.uxp, createUxpSettingsStore(fake.uxp), { confirmFolderRequest: async () => true });
    await expect(readAll(wrongFolder.read('/vo/line.wav'))).rejects.toBeInstanceOf(MediaAccessNotGrantedError);
  });

  it('reads generated clips through the clips folder already granted, and streams big files in 1 MiB chunks', async () => {
    const fake = createFakeUxp();
    const big = new Uint8Array((1 << 20) * 2 + 5).map((_, index) => index % 251);
    fake.disk.set('/clips/gen.mp4', big);
    const clipsFolder = await fake.uxp.storage.localFileSystem.getEntryForPersistentToken(
      await fake.uxp.storage.localFileSystem.createPersistentToken({ nativePath: '/clips' } as never),
    );
    const reader = createUxpMediaReader(fake.uxp, createUxpSettingsStore(fake.uxp), {
      confirmFolderRequest: async () => false,
      alsoGranted: async () => clipsFolder,
    });
    const sizes: number[] = [];
    for await (const chunk of reader.read('/clips/gen.mp4')) sizes.push(chunk.length);
    expect(sizes).toEqual([1 << 20, 1 << 20, 5]);
  });
});
