import type { OpenAIVideoSize } from './openai-api-schemas';

/**
 * The frame size for an aspect ratio. 720p is the one size both Sora models render
 * (sora-2 is 720p-only; research/providers.md §1 "Parameters"); 1080p on sora-2-pro is an explicit
 * `providerOptions.openai.size`. Undefined for ratios Sora cannot make.
 */
export function openaiSizeForAspectRatio(aspectRatio: string): OpenAIVideoSize | undefined {
  if (aspectRatio === '16:9') return '1280x720';
  if (aspectRatio === '9:16') return '720x1280';
  return undefined;
}
