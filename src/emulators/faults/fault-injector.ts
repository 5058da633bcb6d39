import type { EmulatorFault, RequestPhase } from './emulator-fault';

/**
 * The faults scripted for a running emulator server, consumed in order as matching requests
 * arrive. Tests add faults per test; `cliprelay emulate --faults` adds them at start.
 */
export class FaultInjector {
  readonly #pending: { fault: EmulatorFault; remaining: number }[] = [];
  readonly #hits: { provider: string; phase: RequestPhase; fault: EmulatorFault }[] = [];

  add(...faults: readonly EmulatorFault[]): this {
    for (const fault of faults) this.#pending.push({ fault, remaining: fault.times });
    return this;
  }

  clear(): void {
    this.#pending.length = 0;
  }

  /** The faults still queued, in order, each with the matching requests it has left. */
  get pending(): readonly { readonly fault: EmulatorFault; readonly remaining: number }[] {
    return this.#pending.map(({ fault, remaining }) => ({ fault, remaining }));
  }

  /** Every fault that fired, in order, for assertions. */
  get hits(): readonly { provider: string; phase: RequestPhase; fault: EmulatorFault }[] {
    return this.#hits;
  }

  /** The first pending fault matching this request, counted as used; undefined when none. */
  take(provider: string, phase: RequestPhase): EmulatorFault | undefined {
    const index = this.#pending.findIndex(
      ({ fault }) => (fault.provider == null || fault.provider === provider) && (fault.phase === 'any' || fault.phase === phase),
    );
    if (index === -1) return undefined;
    const entry = this.#pending[index]!;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.#pending.splice(index, 1);
    this.#hits.push({ provider, phase, fault: entry.fault });
    return entry.fault;
  }
}
