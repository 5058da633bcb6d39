import { afterEach, describe, expect, it } from 'vitest';
import { createComfyUiProvider } from '../../../src/providers/comfyui';
import { COMFYUI_ORIGIN_ADVICE } from '../../../src/providers/comfyui/comfyui-error';
import type { FetchFunction } from '../../../src/providers/http';
import type { VideoRequest } from '../../../src/providers/spec';
import { startComfyUiEmulatorServer, type ComfyUiEmulatorServer } from '../../emulators/comfyui/comfyui-emulator-server';
import { startLocalHttpServer } from '../../support/local-http-server';

let server: ComfyUiEmulatorServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const request = (): VideoRequest => ({
  model: 'comfyui-workflow',
  prompt: 'A heron lifting off a misty lake',
  durationSeconds: 5,
  aspectRatio: '16:9',
  audio: false,
  clientJobId: `origin-${Math.random()}`,
});

/** A runtime that sends an Origin naming localhost while the panel calls 127.0.0.1 (the UXP case to guard). */
function originSendingFetch(origin: (url: URL) => string): FetchFunction {
  return (input, init) => {
    const outgoing = new Request(input, init);
    outgoing.headers.set('origin', origin(new URL(outgoing.url)));
    return globalThis.fetch(outgoing);
  };
}

describe('ComfyUI\u2019s Origin check (server.py create_origin_only_middleware), against the emulator', () => {
  it('refuses localhost in Origin against 127.0.0.1 in Host, and the client says how to get past it', async () => {
    server = await startComfyUiEmulatorServer();
    const fetch = originSendingFetch((url) => `http://localhost:${url.port}`);
    const error = await createComfyUiProvider({ baseUrl: server.baseUrl, fetch, random: () => 0.5 })
      .start(request())
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'auth', status: 403 });
    expect((error as Error).message).toContain(COMFYUI_ORIGIN_ADVICE);
    expect((error as Error).message).toMatch(/--enable-cors-header/);
    expect((error as Error).message).not.toMatch(/--listen/);
    expect(server.emulator.prompts.size).toBe(0);
  });

  it('accepts the same request once ComfyUI runs with --enable-cors-header, answering with CORS headers and preflights', async () => {
    server = await startComfyUiEmulatorServer({ enableCorsHeader: '*' });
    const fetch = originSendingFetch(() => 'https://panel.example');
    const started = await createComfyUiProvider({ baseUrl: server.baseUrl, fetch, random: () => 0.5 }).start(request());
    expect(started.ref.jobId).toEqual(expect.any(String));
    const preflight = await globalThis.fetch(`${server.baseUrl}/prompt`, {
      method: 'OPTIONS',
      headers: { origin: 'https://panel.example' },
    });
    expect(preflight.status).toBe(200);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST, GET, DELETE, PUT, OPTIONS');
  });

  it('lets a same-address Origin through without --enable-cors-header', async () => {
    server = await startComfyUiEmulatorServer();
    const fetch = originSendingFetch((url) => url.origin);
    await expect(createComfyUiProvider({ baseUrl: server.baseUrl, fetch, random: () => 0.5 }).start(request())).resolves.toMatchObject({
      ref: { provider: 'comfyui' },
    });
  });
});

describe('plain http:// to ComfyUI from a runtime that refuses it (Premiere on macOS)', () => {
  it('explains both readings when fetch fails without a system error code, as UXP\u2019s "Failed to fetch" does', async () => {
    const uxpLike: FetchFunction = async () => {
      throw new TypeError('Failed to fetch');
    };
    const error = await createComfyUiProvider({ baseUrl: 'http://127.0.0.1:8188', fetch: uxpLike })
      .start(request())
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'ProviderApiError', kind: 'network', isRetryable: true });
    const message = (error as Error).message;
    expect(message).toMatch(/^Could not reach ComfyUI at http:\/\/127\.0\.0\.1:8188\. Check that ComfyUI is running there/);
    expect(message).toMatch(/Premiere allows plugins only https:\/\/ addresses on macOS/);
    expect(message).toMatch(/cliprelay generate --provider comfyui/);
  });

  it('keeps the plain "could not reach" for a refused connection in Node (a system error code: the server is down)', async () => {
    const closed = await startLocalHttpServer(() => {});
    const url = closed.url;
    await closed.close();
    const error = await createComfyUiProvider({ baseUrl: url, delay: async () => undefined })
      .start(request())
      .catch((caught: unknown) => caught);
    expect((error as Error).message).toMatch(/Could not reach ComfyUI \(ECONNREFUSED\)/);
    expect((error as Error).message).not.toMatch(/macOS/);
  });
});
