/** Plain JSON, so a job can be stored in a ledger and resumed after a reload. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Opaque handle to a provider job; only the provider that made it reads its fields. */
export interface JobRef {
  readonly provider: string;
  readonly model: string;
  /** The provider's own job/task id, for display and support tickets. */
  readonly jobId: string;
  readonly data: { readonly [key: string]: JsonValue };
}

/** A result file the provider made available. */
export interface VideoAsset {
  readonly url: string;
  /** Provider-reported duration, when given. */
  readonly durationSeconds?: number;
  /** When the URL stops working (ms since epoch), when known. */
  readonly expiresAtMs?: number;
  /** Extra headers the download needs (some providers require the API key on the file URL). */
  readonly headers?: { readonly [name: string]: string };
}

export type JobStatus =
  | { readonly state: 'pending'; /** 0..1 when the provider reports it. */ readonly progress?: number }
  | { readonly state: 'completed'; readonly assets: readonly VideoAsset[] }
  | { readonly state: 'failed'; readonly reason: string; readonly code?: string; readonly moderated: boolean };
