/**
 * At most `limit` holders per key; waiters are served lowest priority number first (then in
 * arrival order). Used for per-provider parallel-task limits (Kling counts running tasks against
 * a resource pack) and for downloads, where the result URL that expires soonest goes first.
 */
export class PrioritySlots {
  readonly #limit: (key: string) => number;
  readonly #held = new Map<string, number>();
  readonly #waiting: { key: string; priority: number; order: number; grant: () => void }[] = [];
  #arrivals = 0;

  constructor(limit: number | ((key: string) => number)) {
    this.#limit = typeof limit === 'number' ? () => limit : limit;
  }

  /** Resolves with a release function once a slot for `key` is free. */
  acquire(key: string, priority = 0, signal?: AbortSignal): Promise<() => void> {
    return new Promise((resolve, reject) => {
      const waiter = {
        key,
        priority,
        order: this.#arrivals++,
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          this.#held.set(key, (this.#held.get(key) ?? 0) + 1);
          let released = false;
          resolve(() => {
            if (released) return;
            released = true;
            this.#held.set(key, (this.#held.get(key) ?? 1) - 1);
            this.#pump();
          });
        },
      };
      const onAbort = () => {
        const index = this.#waiting.indexOf(waiter);
        if (index !== -1) this.#waiting.splice(index, 1);
        reject(signal?.reason);
      };
      if (signal?.aborted === true) return reject(signal.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiting.push(waiter);
      this.#pump();
    });
  }

  #pump(): void {
    this.#waiting.sort((a, b) => a.priority - b.priority || a.order - b.order);
    for (let index = 0; index < this.#waiting.length;) {
      const waiter = this.#waiting[index]!;
      if ((this.#held.get(waiter.key) ?? 0) < this.#limit(waiter.key)) {
        this.#waiting.splice(index, 1);
        waiter.grant();
      } else {
        index += 1;
      }
    }
  }
}
