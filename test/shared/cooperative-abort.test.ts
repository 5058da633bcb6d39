import { describe, expect, it } from 'vitest';
import { stoppingOnAbort } from '../../src/shared/cooperative-abort';

describe('stoppingOnAbort', () => {
  it('hands on every item while the signal stays quiet', async () => {
    async function* source() {
      yield* [1, 2, 3];
    }
    const items: number[] = [];
    for await (const item of stoppingOnAbort(source(), new AbortController().signal)) items.push(item);
    expect(items).toEqual([1, 2, 3]);
  });

  it('rejects a read still waiting the moment the signal aborts, with its reason, and closes the source', async () => {
    let closed = false;
    const waitingForever: AsyncIterable<number> = {
      [Symbol.asyncIterator]: () => ({
        next: () => new Promise<IteratorResult<number>>(() => undefined),
        return: async () => {
          closed = true;
          return { done: true, value: undefined };
        },
      }),
    };
    const controller = new AbortController();
    const reading = stoppingOnAbort(waitingForever, controller.signal).next();
    const reason = new Error('the editor pressed Cancel');
    controller.abort(reason);
    await expect(reading).rejects.toBe(reason);
    expect(closed).toBe(true);
  });

  it('reads nothing once the signal has aborted', async () => {
    let reads = 0;
    async function* source() {
      reads += 1;
      yield 1;
    }
    const controller = new AbortController();
    controller.abort('stopped');
    await expect(stoppingOnAbort(source(), controller.signal).next()).rejects.toBe('stopped');
    expect(reads).toBe(0);
  });
});
