import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileByteSink } from '../../../src/platform/node/file-byte-sink';
import { durationCheckedSink } from '../../../src/workflows/jobs/duration-checked-sink';
import { createMemoryByteSink } from '../../support/memory-byte-sink';

let directory: string | undefined;
afterEach(() => {
  if (directory != null) rmSync(directory, { recursive: true, force: true });
  directory = undefined;
});

describe('durationCheckedSink keeps what the file sink can do', () => {
  it('reads back through to a file sink, so a resumed download need not hash every byte', async () => {
    directory = mkdtempSync(join(tmpdir(), 'cliprelay-checked-'));
    const sink = durationCheckedSink(createFileByteSink(join(directory, 'clip.mp4')), {
      reportedSeconds: 5,
      providerName: 'Test',
    }) as ReturnType<typeof durationCheckedSink> & { readWritten?(offset: number, length: number): Promise<Uint8Array> };
    await sink.write(Uint8Array.from([9, 8, 7, 6]));
    expect(typeof sink.readWritten).toBe('function');
    expect([...(await sink.readWritten!(1, 2))]).toEqual([8, 7]);
    await sink.abort(new Error('done with the test'));
  });

  it('offers no read-back over a sink without one', () => {
    const sink = durationCheckedSink(createMemoryByteSink(), { reportedSeconds: 5, providerName: 'Test' });
    expect('readWritten' in sink).toBe(false);
  });
});
