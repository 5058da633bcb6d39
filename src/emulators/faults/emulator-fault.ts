/** Which kind of provider call a request is; faults target one kind. */
export type RequestPhase = 'create' | 'poll' | 'download' | 'other';

/** What a fault does to the request it hits. */
export type FaultEffect =
  /** Answer with this HTTP status in the vendor's own error envelope (429 bursts, 5xx). */
  | { readonly kind: 'status'; readonly status: number; readonly retryAfterSeconds?: number }
  /** Serve the real answer cut off mid-JSON. */
  | { readonly kind: 'malformed-json' }
  /** Do the work (a create really creates), then close the connection before answering. */
  | { readonly kind: 'drop-answer' }
  /**
   * A gateway in front of the vendor: the request reaches the vendor (a create really creates),
   * but the client gets this status (502/504) instead of the vendor's answer.
   */
  | { readonly kind: 'gateway-status'; readonly status: number }
  /** Close the connection after this many body bytes of a file. */
  | { readonly kind: 'drop-download'; readonly afterBytes: number }
  /** Stop sending after this many body bytes but keep the connection open (a stalled CDN). */
  | { readonly kind: 'stall-download'; readonly afterBytes: number }
  /** Answer, but only after this long (slow polls, slow CDN). */
  | { readonly kind: 'delay'; readonly delayMs: number };

export interface EmulatorFault {
  /** Emulator mount name (e.g. "kling"); undefined hits every provider. */
  readonly provider?: string;
  /** @default 'any' */
  readonly phase: RequestPhase | 'any';
  readonly effect: FaultEffect;
  /** Matching requests it affects before it is used up. Infinity for "every time". */
  readonly times: number;
}
