import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHttpClient, downloadToSink } from '../../../src/providers/http';
import { createMemoryByteSink } from '../../support/memory-byte-sink';

const DEMO_CLIP = new Uint8Array(readFileSync(join(__dirname, '../../../assets/demo-clip.mp4')));

/**
 * Shrunk from the property run (runway, no faults, the session killed on the ledger write that
 * recorded 100 %): the stop reached the fetch but not the body already being read, so the read
 * waited for the 30 s stall timer. Here a fetch whose body ignores the request's signal, with a
 * stall timer of an hour: only cancelling the reader on abort ends the download.
 */
describe('downloadToSink stops when its signal aborts, even if the body ignores the fetch signal', () => {
  it('rejects with the abort reason and aborts the sink', async () => {
    let sendRest: (() => void) | undefined;
    const fetchIgnoringSignal = async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(DEMO_CLIP.subarray(0, 1024));
            sendRest = () => controller.enqueue(DEMO_CLIP.subarray(1024)); // never called: the server trickles
          },
        }),
        { status: 200, headers: { 'content-type': 'video/mp4', 'content-length': String(DEMO_CLIP.length) } },
      );
    const client = createHttpClient({ timeoutMs: 5_000, fetch: fetchIgnoringSignal });
    const sink = createMemoryByteSink();
    const controller = new AbortController();
    const reason = new Error('Ctrl-C');
    const result = downloadToSink({
      client,
      url: 'http://cdn.invalid/clip.mp4',
      sink,
      provider: 'test',
      providerName: 'Test',
      signal: controller.signal,
      stallTimeoutMs: 3_600_000,
      onProgress: ({ receivedBytes }) => {
        if (receivedBytes > 0) controller.abort(reason);
      },
    });
    await expect(result).rejects.toBe(reason);
    expect(sink.state).toBe('aborted');
    expect(sendRest).toBeDefined();
  });
});
