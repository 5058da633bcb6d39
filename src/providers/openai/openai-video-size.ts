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

/**
 * The frame size for an aspect ratio at a resolution: "720p" as above, "1080p" the Full HD sizes
 * sora-2-pro renders. Undefined for a ratio or resolution Sora cannot make.
 */
export function openaiSizeFor(aspectRatio: string, resolution: string): OpenAIVideoSize | undefined {
  if (resolution === '720p') return openaiSizeForAspectRatio(aspectRatio);
  if (resolution !== '1080p') return undefined;
  if (aspectRatio === '16:9') return '1920x1080';
  if (aspectRatio === '9:16') return '1080x1920';
  return undefined;
}
