import { describe, expect, it } from 'vitest';
import { SandboxSidecarError, createSandboxSidecarWriter } from '../../../src/platform/browser/sandbox-sidecar-writer';

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
