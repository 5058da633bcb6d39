import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCooperativePause, inCooperativeSlices, yieldToPage } from '../../src/shared/cooperative-slices';

/** A clock the test moves: each piece the consumer handles "costs" `workMs`. */
function fakeClock() {
  let nowMs = 0;
  return { nowMs: () => nowMs, advance: (ms: number) => (nowMs += ms) };
}

async function collect(source: AsyncIterable<Uint8Array>, onPiece: (piece: Uint8Array) => void = () => undefined): Promise<Uint8Array[]> {
  const pieces: Uint8Array[] = [];
  for await (const piece of source) {
    onPiece(piece);
    pieces.push(piece);
  }
  return pieces;
}

function joined(parts: readonly Uint8Array[]): number[] {
  return parts.flatMap((part) => [...part]);
}

describe('inCooperativeSlices', () => {
  it('hands on every byte, in order, in pieces no larger than asked, whatever the source chunks are (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 97 }),
        async (chunks, pieceBytes) => {
          const pieces = await collect(inCooperativeSlices(chunks, { pieceBytes, yieldToPage: async () => undefined }));
          expect(joined(pieces)).toEqual(joined(chunks));
          expect(pieces.every((piece) => piece.length >= 1 && piece.length <= pieceBytes)).toBe(true);
        },
      ),
    );
  });

  it('gives the page a turn each time the work since the last turn reaches the budget, not before', async () => {
    const clock = fakeClock();
    let turns = 0;
    const source = inCooperativeSlices([new Uint8Array(100)], {
      pieceBytes: 10,
      budgetMs: 10,
      nowMs: clock.nowMs,
      yieldToPage: async () => {
        turns += 1;
      },
    });
    // Ten pieces at 4 ms each: a turn after the third piece's work (12 ms), then after every three.
    const turnsSeen: number[] = [];
    await collect(source, () => {
      turnsSeen.push(turns);
      clock.advance(4);
    });
    expect(turnsSeen).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2, 3]);
  });

  it('reads nothing more from the source once the consumer stops, and closes it', async () => {
    let read = 0;
    let closed = false;
    async function* source() {
      try {
        for (let index = 0; index < 10; index += 1) {
          read += 1;
          yield new Uint8Array(8);
        }
      } finally {
        closed = true;
      }
    }
    for await (const piece of inCooperativeSlices(source(), { pieceBytes: 4, yieldToPage: async () => undefined })) {
      if (piece.length > 0) break;
    }
    expect(read).toBe(1);
    expect(closed).toBe(true);
  });
});

describe('createCooperativePause', () => {
  it('answers null while within the budget and a turn once it is spent, starting a new slice after the turn', async () => {
    const clock = fakeClock();
    const pause = createCooperativePause({ budgetMs: 5, nowMs: clock.nowMs, yieldToPage: async () => undefined });
    clock.advance(4);
    expect(pause()).toBeNull();
    clock.advance(1);
    const turn = pause();
    expect(turn).not.toBeNull();
    await turn;
    expect(pause()).toBeNull();
  });
});

describe('yieldToPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('resolves on a later task, after the microtasks already queued, each turn in the order asked', async () => {
    const order: string[] = [];
    const turns = [1, 2, 3].map((turn) => yieldToPage().then(() => order.push(`turn ${turn}`)));
    void Promise.resolve()
      .then(() => order.push('microtask'))
      .then(() => order.push('microtask after it'));
    await Promise.all(turns);
    expect(order).toEqual(['microtask', 'microtask after it', 'turn 1', 'turn 2', 'turn 3']);
  });

  it('falls back to a zero timer where the runtime has no MessageChannel (UXP may not)', async () => {
    vi.stubGlobal('MessageChannel', undefined);
    vi.resetModules();
    const fresh = await import('../../src/shared/cooperative-slices');
    vi.useFakeTimers();
    let resolved = false;
    const turn = fresh.yieldToPage().then(() => (resolved = true));
    await Promise.resolve();
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    await turn;
    expect(resolved).toBe(true);
  });
});
