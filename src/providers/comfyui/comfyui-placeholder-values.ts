import type { VideoRequest } from '../spec';
import type { ComfyUiPlaceholderValues } from './comfyui-workflow';

interface ComfyUiPlaceholderOptions {
  /** Frame rate the workflow renders at; fills {{fps}} and drives {{frames}}. */
  readonly framesPerSecond: number;
  /** The shorter side of the frame in pixels; the longer follows the aspect ratio. */
  readonly shortSidePixels: number;
  /** Returns [0, 1); picks a seed when the request has none (ComfyUI needs a number). */
  readonly random: () => number;
}

/** Video models want dimensions in steps of 16 (latent downscaling). */
const DIMENSION_STEP = 16;

/**
 * The values for a request: text as given (an absent negative prompt is empty), a seed even when
 * none was asked (0 is kept), frames = seconds × fps + 1, and width × height from the aspect
 * ratio with the short side from the request's resolution ("1080p" → 1080) or else the configured
 * one, e.g. 16:9 at 720 → 1280 × 720.
 */
export function comfyUiPlaceholderValues(request: VideoRequest, options: ComfyUiPlaceholderOptions): ComfyUiPlaceholderValues {
  const [across, down] = request.aspectRatio.split(':').map(Number) as [number, number];
  const resolution = request.resolution == null ? null : /^(\d+)p$/.exec(request.resolution);
  const shortSidePixels = resolution == null ? options.shortSidePixels : Number(resolution[1]);
  const long = (ratio: number) => Math.round((shortSidePixels * ratio) / DIMENSION_STEP) * DIMENSION_STEP;
  const width = across >= down ? long(across / down) : shortSidePixels;
  const height = across >= down ? shortSidePixels : long(down / across);
  return {
    prompt: request.prompt,
    negative_prompt: request.negativePrompt ?? '',
    seed: request.seed ?? Math.floor(options.random() * 2 ** 32),
    duration_seconds: request.durationSeconds,
    frames: Math.round(request.durationSeconds * options.framesPerSecond) + 1,
    fps: options.framesPerSecond,
    width,
    height,
    aspect_ratio: request.aspectRatio,
    generate_audio: request.audio,
  };
}
