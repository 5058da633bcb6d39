import { describe, expect, it } from 'vitest';
import { createLocalStorageSettingsStore } from '../../../src/platform/browser/local-storage-settings-store';
import { SandboxSidecarError, createSandboxSidecarWriter } from '../../../src/platform/browser/sandbox-sidecar-writer';

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    values,
    storage: { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) },
  };
}

describe('localStorage settings store (sandbox page)', () => {
  it('keeps every setting in one JSON entry', async () => {
    const { values, storage } = memoryStorage();
    const settings = createLocalStorageSettingsStore(storage);
    await settings.set('preferences', { binTemplate: 'AI/{provider}' });
    await settings.set('voiceTracks', [0, 2]);
    expect(JSON.parse(values.get('cliprelay.settings')!)).toEqual({ preferences: { binTemplate: 'AI/{provider}' }, voiceTracks: [0, 2] });
    expect(await settings.get('voiceTracks')).toEqual([0, 2]);
    await settings.remove('voiceTracks');
    expect(await settings.get('voiceTracks')).toBeNull();
  });
});

describe('sandbox sidecar writer', () => {
  it('PUTs the sidecar beside the clip in the sandbox media store', async () => {
    const requests: Array<{ url: string; method: string; body: unknown }> = [];
    const fetchStub = (async (url: URL, init: RequestInit) => {
      requests.push({ url: String(url), method: init.method ?? 'GET', body: init.body });
      return new Response(null, { status: 201 });
    }) as unknown as typeof fetch;
    const writer = createSandboxSidecarWriter('http://127.0.0.1:5173/', fetchStub);
    const path = await writer.writeBeside('/sandbox/media/rain%20clip.mp4', 'rain clip.cliprelay.json', '{"v":1}');
    expect(path).toBe('/sandbox/media/rain%20clip.cliprelay.json');
    expect(requests).toEqual([{ url: 'http://127.0.0.1:5173/sandbox/media/rain%20clip.cliprelay.json', method: 'PUT', body: '{"v":1}' }]);
  });

  it('fails with a typed error when the server refuses', async () => {
    const refusing = (async () => new Response('too big', { status: 413 })) as unknown as typeof fetch;
    await expect(
      createSandboxSidecarWriter('http://127.0.0.1:5173/', refusing).writeBeside('/sandbox/media/a.mp4', 'a.cliprelay.json', '{}'),
    ).rejects.toBeInstanceOf(SandboxSidecarError);
  });
});
