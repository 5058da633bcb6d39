import { encodeBase64 } from '../../shared/base64';
import type { BridgeCall } from './resolve-bridge-client';
import { decodeBase64 } from './resolve-bridged-platform';

/**
 * `fetch` for the panel page in Resolve: the provider APIs send no CORS headers for a plugin page, so the
 * main process makes the request (to catalog hosts only) and the body streams back chunk by chunk.
 */
export function bridgedFetch(call: BridgeCall): (input: RequestInfo | URL, init?: RequestInit) => Promise<Response> {
  return async (input, init) => {
    const request = new Request(input, init);
    const body = request.body == null ? null : encodeBase64(new Uint8Array(await request.arrayBuffer()));
    const head = await call('net.fetch', {
      url: request.url,
      method: request.method,
      headers: [...request.headers.entries()],
      body,
      ...(request.redirect === 'manual' ? { redirect: 'manual' as const } : {}),
    });
    const signal = request.signal;
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (signal.aborted) {
          await call('net.cancel', head.handle);
          controller.error(signal.reason);
          return;
        }
        const chunk = await call('net.readChunk', head.handle);
        if (chunk == null) controller.close();
        else controller.enqueue(decodeBase64(chunk));
      },
      cancel: () => call('net.cancel', head.handle),
    });
    const nullBody = [101, 204, 205, 304].includes(head.status);
    return new Response(nullBody ? null : stream, {
      status: head.status,
      statusText: head.statusText,
      headers: head.headers.map(([name, value]): [string, string] => [name, value]),
    });
  };
}
