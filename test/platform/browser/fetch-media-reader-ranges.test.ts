import { describe, expect, it } from 'vitest';
import { fetchMediaReader } from '../../../src/platform/browser/fetch-media-reader';

/** A server holding one file, answering byte ranges (206) or, when `ranges` is false, the whole file (200). */
function fakeServer(file: Uint8Array, ranges: boolean) {
  const asked: (string | null)[] = [];
  const fetchImpl = (async (_url: URL, init?: RequestInit) => {
    const range = new Headers(init?.headers).get('range');
    asked.push(range);
    const match = /^bytes=(\d+)-(\d+)$/.exec(range ?? '');
    if (!ranges || match == null) return new Response(file.slice(), { status: 200 });
    const start = Number(match[1]);
    const end = Math.min(file.length - 1, Number(match[2]));
    return new Response(file.slice(start, end + 1), { status: 206, headers: { 'content-range': `bytes ${start}-${end}/${file.length}` } });
  }) as typeof fetch;
  return { fetchImpl, asked };
}

async function readAll(chunks: AsyncIterable<Uint8Array>): Promise<{ bytes: Buffer; largest: number }> {
  const parts: Uint8Array[] = [];
  let largest = 0;
  for await (const chunk of chunks) {
    parts.push(chunk);
    largest = Math.max(largest, chunk.length);
  }
  return { bytes: Buffer.concat(parts), largest };
}

const MIB = 1024 * 1024;
const file = Uint8Array.from({ length: 2 * MIB + 12_345 }, (_, index) => (index * 7) % 251);

describe('fetchMediaReader', () => {
  it('reads a file a megabyte range at a time where the server answers ranges, every byte in order', async () => {
    const server = fakeServer(file, true);
    const { bytes, largest } = await readAll(fetchMediaReader('http://127.0.0.1/', server.fetchImpl)('/sandbox/media/vo.wav'));
    expect(bytes.equals(file)).toBe(true);
    expect(largest).toBeLessThanOrEqual(MIB);
    expect(server.asked).toEqual([`bytes=0-${MIB - 1}`, `bytes=${MIB}-${2 * MIB - 1}`, `bytes=${2 * MIB}-${3 * MIB - 1}`]);
  });

  it('streams the whole response where the server ignores ranges', async () => {
    const server = fakeServer(file, false);
    const { bytes } = await readAll(fetchMediaReader('http://127.0.0.1/', server.fetchImpl)('/demo/vo.wav'));
    expect(bytes.equals(file)).toBe(true);
    expect(server.asked).toHaveLength(1);
  });
});
