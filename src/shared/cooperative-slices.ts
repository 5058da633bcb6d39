/**
 * Cooperative scheduling for long work on the panel's one thread. UXP in Premiere offers no
 * Worker, and a browser page that analyses a ten-minute voice-over in one go freezes for seconds,
 * so long work is cut into slices: after `budgetMs` of work the loop gives the page a turn (input,
 * rendering, timers) before the next slice.
 */
interface CooperativeOptions {
  /** Work between two turns given to the page; well under the 50 ms that makes a task "long". @default 10 */
  readonly budgetMs?: number;
  /** @default performance.now (Date.now where there is none) */
  readonly nowMs?: () => number;
  /** Lets the page run, resolving on a later task. @default yieldToPage */
  readonly yieldToPage?: () => Promise<void>;
}

/** A byte stream cut into pieces this size at most, so no one piece is much work to decode and analyse. */
const DEFAULT_PIECE_BYTES = 32 * 1024;
const DEFAULT_BUDGET_MS = 10;

/** Calls `pause()` between pieces of work; it gives the page a turn once the slice's budget is spent. */
export function createCooperativePause(options: CooperativeOptions = {}): () => Promise<void> | null {
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const nowMs = options.nowMs ?? defaultNowMs;
  const yieldNow = options.yieldToPage ?? yieldToPage;
  let sliceStartMs = nowMs();
  return () => {
    if (nowMs() - sliceStartMs < budgetMs) return null;
    return yieldNow().then(() => {
      sliceStartMs = nowMs();
    });
  };
}

/**
 * The same bytes in pieces of at most `pieceBytes`, with a turn for the page whenever a slice's
 * budget is spent. The consumer does its work on a piece before asking for the next, so the time
 * measured between requests is the consumer's work: no task runs much longer than the budget.
 * Pieces are views of the source's chunks (never copies); the source's own cleanup runs when the
 * consumer stops early.
 */
export async function* inCooperativeSlices(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: CooperativeOptions & { readonly pieceBytes?: number } = {},
): AsyncGenerator<Uint8Array> {
  const pieceBytes = options.pieceBytes ?? DEFAULT_PIECE_BYTES;
  const pause = createCooperativePause(options);
  for await (const chunk of chunks) {
    for (let offset = 0; offset < chunk.length; offset += pieceBytes) {
      const turn = pause();
      if (turn != null) await turn;
      yield chunk.subarray(offset, Math.min(chunk.length, offset + pieceBytes));
    }
  }
}

/**
 * Resolves on a later task of ordinary priority: a message to ourselves where the runtime has
 * MessageChannel (no 4 ms timer clamping), else a zero timer, which every runtime (UXP included)
 * has. Not `scheduler.yield()`: Chromium runs its continuations ahead of every other task of the
 * page, so a long analysis yielding that way starved input, network reads and timers (measured: a
 * click waited 243 ms, a tab did not react for 30 s during an hour's waveform; through a message,
 * a click waits 3-9 ms while the slices run as often).
 */
export function yieldToPage(): Promise<void> {
  const channel = pageTurnChannel();
  if (channel == null) return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    turnsWaiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

/** Resolvers waiting for their turn, in order; each message posted wakes the oldest. */
const turnsWaiting: (() => void)[] = [];
let turnChannel: MessageChannel | null | undefined;

function pageTurnChannel(): MessageChannel | null {
  if (turnChannel === undefined) {
    turnChannel = typeof MessageChannel === 'function' ? new MessageChannel() : null;
    if (turnChannel != null) {
      turnChannel.port1.onmessage = () => turnsWaiting.shift()?.();
      // Node's ports keep a process alive while they listen; a test run (or the CLI) must still exit.
      (turnChannel.port1 as { unref?: () => void }).unref?.();
    }
  }
  return turnChannel;
}

function defaultNowMs(): number {
  return typeof performance === 'undefined' ? Date.now() : performance.now();
}
