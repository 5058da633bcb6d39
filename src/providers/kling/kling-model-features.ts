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

/**
 * Whether a Kling model renders in `mode: "4k"` (2160p): kling-v3 does; 2.x, 4.0 (720p/1080p per
 * third parties) and 3.0 Omni (std/pro in every omni-video transcription) do not. Source:
 * research/video-apis-2026-12.md §3 (grade T×3: anyfast, useapi, jiekou).
 */
export function klingModelOffers4k(modelId: string): boolean {
  return modelId === 'kling-v3';
}

/**
 * Whether a Kling model takes a shot list (`multi_shot` + `multi_prompt`): Kling 3.0 and 3.0 Omni
 * (vercel/ai klingai-video-model-options.ts "Kling v3.0+"; anyfast.ai and powertokens.ai for
 * kling-v3-omni; grade T). Kling O1 does not (ezmodel.cloud's omni-video table); 4.0 is unknown,
 * so it is not assumed.
 */
export function klingModelTakesShots(modelId: string): boolean {
  return modelId === 'kling-v3' || modelId === 'kling-v3-omni';
}

/**
 * Whether a Kling model lives on POST /v1/videos/omni-video instead of text2video/image2video:
 * the Omni family (kling-video-o1, kling-v3-omni; research/providers.md §3 "Endpoints").
 */
export function klingModelUsesOmniEndpoint(modelId: string): boolean {
  return modelId === 'kling-video-o1' || /-omni$/.test(modelId);
}
