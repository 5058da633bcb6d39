/** What a generation is doing now, for progress display. Phases follow the pipeline in order. */
export type GenerationProgress =
  | { readonly phase: 'submitting' }
  | { readonly phase: 'generating'; readonly jobId: string; /** 0..1 when the provider reports it */ readonly fraction?: number }
  | { readonly phase: 'downloading'; readonly receivedBytes: number; readonly totalBytes?: number }
  | { readonly phase: 'placing' };
