import { describe, expect, it } from 'vitest';
import { normalizeMediaPath } from '../../../src/hosts/premiere/premiere-media-path';
import { HostOperationError } from '../../../src/hosts/spec';
import type { FakeState } from '../../support/fake-premierepro';
import { premiereOnFake } from './premiere-fixtures';

function binsNamed(state: FakeState, name: string) {
  return state.items.filter((item) => item.kind === 'bin' && item.name === name);
}

describe('PremiereHost.importMedia', () => {
  it('creates the bin once, imports into it and returns the new item', async () => {
    const { fake, host } = premiereOnFake();
    const first = await host.importMedia('/gen/kling-001.mp4', ['ClipRelay']);
    const second = await host.importMedia('/gen/kling-002.mp4', ['ClipRelay']);

    const state = fake.snapshot();
    const [bin] = binsNamed(state, 'ClipRelay');
    expect(binsNamed(state, 'ClipRelay')).toHaveLength(1);
    expect(bin?.parentId).toBe('root');
    expect(fake.undoLabels).toEqual(['Create bin ClipRelay']);
    for (const media of [first, second]) {
      const item = state.items.find((candidate) => candidate.id === media.itemId);
      expect(item).toMatchObject({ kind: 'clip', mediaPath: media.mediaPath, parentId: bin?.id });
    }
    expect(first).toEqual({ itemId: first.itemId, mediaPath: '/gen/kling-001.mp4', binPath: ['ClipRelay'] });
    expect(second.itemId).not.toBe(first.itemId);
  });

  it('creates nested bins level by level', async () => {
    const { fake, host } = premiereOnFake();
    await host.importMedia('/gen/kling-001.mp4', ['ClipRelay', 'Kling']);
    const state = fake.snapshot();
    const [outer] = binsNamed(state, 'ClipRelay');
    expect(binsNamed(state, 'Kling')[0]?.parentId).toBe(outer?.id);
    expect(fake.undoLabels).toEqual(['Create bin ClipRelay', 'Create bin Kling']);
  });

  it('waits for an item Premiere lists late, 50 ms between lookups', async () => {
    const { host, delays } = premiereOnFake({ importVisibleAfterLookups: 3 });
    const media = await host.importMedia('/gen/kling-001.mp4', ['ClipRelay']);
    expect(media.mediaPath).toBe('/gen/kling-001.mp4');
    expect(delays).toEqual([50, 50, 50]);
  });

  it('finds a late item in a nested bin by its media path, and reuses existing levels', async () => {
    const { fake, host, delays } = premiereOnFake({ importVisibleAfterLookups: 2 });
    const first = await host.importMedia('/gen/kling-001.mp4', ['ClipRelay', 'Kling']);
    const second = await host.importMedia('/gen/kling-002.mp4', ['ClipRelay', 'Kling']);
    const state = fake.snapshot();
    const kling = binsNamed(state, 'Kling');
    expect(kling).toHaveLength(1);
    for (const media of [first, second])
      expect(state.items.find((item) => item.id === media.itemId)).toMatchObject({ parentId: kling[0]?.id });
    expect(delays).toEqual([50, 50, 50, 50]);
    expect(host.lastImportLookups).toEqual({ mediaPath: '/gen/kling-002.mp4', lookups: 3 });
  });

  it('gives up with a HostOperationError when the item never appears', async () => {
    const { host, delays } = premiereOnFake({ importVisibleAfterLookups: 5, importLookupAttempts: 3 });
    await expect(host.importMedia('/gen/kling-001.mp4', ['ClipRelay'])).rejects.toThrow(
      /did not appear in bin "ClipRelay" after 3 lookups/,
    );
    expect(delays).toEqual([50, 50]);
  });

  it('fails with a HostOperationError when Premiere cannot import the file', async () => {
    const { host } = premiereOnFake();
    await expect(host.importMedia('/gen/not-there.mp4', ['ClipRelay'])).rejects.toBeInstanceOf(HostOperationError);
  });

  it('matches Windows paths regardless of separators and case, POSIX paths exactly', () => {
    expect(normalizeMediaPath('C:\\Gen\\Clip.MP4')).toBe(normalizeMediaPath('c:/gen/clip.mp4'));
    expect(normalizeMediaPath('\\\\server\\Share\\A.mov')).toBe('//server/share/a.mov');
    expect(normalizeMediaPath('/Volumes/Media/A.mov')).not.toBe(normalizeMediaPath('/volumes/media/a.mov'));
  });
});
