import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseJsonResponse, readErrorBody } from '../../../src/providers/http';
import { readResponseText } from '../../../src/providers/http/read-response-body';
import { InvalidResponseError } from '../../../src/providers/spec';

/** A body delivered in chunks, counting how many were pulled, so a test can see the rest was never read. */
function chunkedResponse(chunks: readonly string[], init?: ResponseInit): { response: Response; pulled: () => number } {
  let pulled = 0;
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[pulled];
      pulled += 1;
      if (chunk == null) controller.close();
      else controller.enqueue(encoder.encode(chunk));
    },
  });
  return { response: new Response(stream, init), pulled: () => pulled };
}

describe('readResponseText', () => {
  it('reads a body whole when it fits', async () => {
    const { response } = chunkedResponse(['{"a":', '1}']);
    await expect(readResponseText(response, 100)).resolves.toEqual({ text: '{"a":1}', truncated: false });
  });

  it('stops at the cap and leaves the rest of the body unread', async () => {
    const { response, pulled } = chunkedResponse(['0123456789', 'abcdefghij', 'never', 'read']);
    const read = await readResponseText(response, 15);
    expect(read).toEqual({ text: '0123456789abcde', truncated: true });
    expect(pulled()).toBeLessThanOrEqual(3);
  });

  it('decodes UTF-8 split across chunks', async () => {
    const bytes = new TextEncoder().encode('Clé');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 3));
        controller.enqueue(bytes.subarray(3));
        controller.close();
      },
    });
    await expect(readResponseText(new Response(stream), 100)).resolves.toEqual({ text: 'Clé', truncated: false });
  });
});

describe('readErrorBody', () => {
  it('gives parsed JSON for a JSON body and trimmed text otherwise', async () => {
    await expect(readErrorBody(new Response('{"error":{"code":7}}'))).resolves.toEqual({ error: { code: 7 } });
    await expect(readErrorBody(new Response('  Bad Gateway \n'))).resolves.toBe('Bad Gateway');
  });

  it('keeps at most 64 KiB of a huge error page', async () => {
    const page = `<html>${'x'.repeat(200 * 1024)}</html>`;
    const body = await readErrorBody(new Response(page));
    expect(typeof body).toBe('string');
    expect((body as string).length).toBe(64 * 1024);
  });
});

describe('parseJsonResponse', () => {
  const schema = z.object({ id: z.string() });

  it('reads the answer with the wire schema', async () => {
    await expect(parseJsonResponse(new Response('{"id":"task-1","extra":true}'), schema, 'Test')).resolves.toEqual({ id: 'task-1' });
  });

  it('maps a non-JSON answer and a wrong shape to InvalidResponseError', async () => {
    await expect(parseJsonResponse(new Response('<html>'), schema, 'Test')).rejects.toBeInstanceOf(InvalidResponseError);
    await expect(parseJsonResponse(new Response('{"id":5}'), schema, 'Test')).rejects.toThrow(/at id/);
  });
});
