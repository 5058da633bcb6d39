/**
 * Whether a Kling model takes the `sound` switch: "Only V2.6 and subsequent versions" do
 * (research/providers.md §3). Decided from the id so a newer model works before the catalog
 * lists it: kling-v2-6, kling-v3, kling-v3-omni … yes; kling-v1-6, kling-v2-5-turbo … no.
 */
export function klingModelSupportsSound(modelId: string): boolean {
  const match = /^kling-v(\d+)(?:-(\d+))?/.exec(modelId);
  if (match == null) return false;
  const major = Number(match[1]);
  const minor = match[2] == null ? 0 : Number(match[2]);
  return major > 2 || (major === 2 && minor >= 6);
}

/**
 * Whether a Kling model makes sound only in `pro` mode: Kling 2.6 does (std + sound gives silent
 * video or is refused); 3.0 makes sound in every mode. Sources: vercel/ai
 * `packages/klingai/src/klingai-video-model-options.ts` ("requires `mode: 'pro'`"), a Kling 2.6
 * image2video doc mirror ("目前只支持pro"), the 3.0 spec's std + sound example (research/providers.md
 * update item 3, grade T). The catalog states the same as a constraint for validation; this copy
 * guards the wire for callers that skip validation.
 */
export function klingSoundNeedsProMode(modelId: string): boolean {
  return /^kling-v2-6(?:$|-)/.test(modelId);
}
