import type { z } from 'zod';
import { ProviderApiError, type ProviderWarning, type VideoRequest } from '../spec';
import { falKlingInputSchema, falVeoInputSchema, type FalKlingInput, type FalVeoInput } from './fal-api-schemas';
import { falEndpointFamily, falKlingSupportsAudio } from './fal-endpoint';

export interface FalCreateOptions {
  readonly providerId: string;
  readonly providerName: string;
  /** Veo endpoints only. @default undefined (fal's default, 720p) */
  readonly veoResolution?: '720p' | '1080p';
}

/**
 * The queue input for a request on a Kling or Veo endpoint, with a warning for every option the
 * endpoint cannot honour. Both families take `generate_audio` (default true on fal), so the
 * switch is always sent explicitly where it exists.
 */
export function buildFalInput(
  request: VideoRequest,
  options: FalCreateOptions,
): { input: FalKlingInput | FalVeoInput; warnings: ProviderWarning[] } {
  const warnings: ProviderWarning[] = [];
  const family = falEndpointFamily(request.model);
  const negativePrompt = request.negativePrompt === '' ? undefined : request.negativePrompt;
  // The endpoints ClipRelay fills are text-to-video; their image-to-video siblings are other ids.
  if (request.referenceImage != null) {
    warnings.push({ feature: 'referenceImage', details: `${request.model} is a text-to-video endpoint; the reference image "${request.referenceImage.fileName}" was not sent.` });
  }

  if (family === 'kling') {
    const audio = falKlingSupportsAudio(request.model);
    if (request.audio && !audio) warnings.push({ feature: 'audio', details: `${request.model} cannot generate audio; the clip will be silent.` });
    if (request.seed != null) warnings.push({ feature: 'seed', details: 'fal\u2019s Kling endpoints take no seed; it was not sent.' });
    if (request.resolution != null) warnings.push({ feature: 'resolution', details: `${request.model} renders at its own fixed resolution; ${request.resolution} was not sent.` });
    return {
      input: parse(falKlingInputSchema, {
        prompt: request.prompt,
        negative_prompt: negativePrompt,
        duration: String(request.durationSeconds),
        aspect_ratio: request.aspectRatio,
        generate_audio: audio ? request.audio : undefined,
      }, options),
      warnings,
    };
  }
  if (family === 'veo') {
    let resolution = options.veoResolution;
    if (request.resolution === '720p' || request.resolution === '1080p') resolution = request.resolution === '1080p' ? '1080p' : '720p';
    else if (request.resolution != null) warnings.push({ feature: 'resolution', details: `Veo on fal renders 720p or 1080p, not ${request.resolution}; ${resolution ?? '720p'} was used.` });
    return {
      input: parse(falVeoInputSchema, {
        prompt: request.prompt,
        negative_prompt: negativePrompt,
        duration: `${request.durationSeconds}s`,
        aspect_ratio: request.aspectRatio,
        generate_audio: request.audio,
        resolution,
        seed: request.seed,
      }, options),
      warnings,
    };
  }
  throw new ProviderApiError({
    provider: options.providerId,
    kind: 'invalid-request',
    message: `${options.providerName} cannot fill the input of endpoint "${request.model}": ClipRelay knows fal-ai/kling-video/… and fal-ai/veo3… endpoints.`,
  });
}

/** Parses with a strict input schema; a mistake becomes invalid-request naming the field, never a bare ZodError. */
function parse<Schema extends z.ZodType>(schema: Schema, value: unknown, options: FalCreateOptions): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new ProviderApiError({
    provider: options.providerId,
    kind: 'invalid-request',
    message: `${options.providerName} cannot take this request: ${issue?.path.map(String).join('.') ?? 'input'}: ${issue?.message ?? 'invalid'}`,
  });
}
