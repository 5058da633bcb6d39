import type { LocalizedMessage } from '../../shared/app-error';
import { encodeBase64 } from '../../shared/base64';
import { parseStrictBody } from '../http';
import { ProviderApiError, type ProviderWarning, type VideoRequest } from '../spec';
import { falVideoInputSchema, type FalVideoInput } from './fal-api-schemas';
import { falInputFormat, type FalInputFormat } from './fal-input-format';

interface FalCreateOptions {
  readonly providerId: string;
  readonly providerName: string;
  /** Veo endpoints only, when the request names no resolution. @default undefined (fal's default, 720p) */
  readonly veoResolution?: '720p' | '1080p';
}

/** fal takes files up to this size inline as data URIs; larger ones belong in fal's storage (not done here). */
const FAL_MAX_DATA_URI_CHARS = 10 * 1024 * 1024;

/** Records a request option the endpoint cannot honour: in English and as its catalog message. */
type Warn = (feature: string, details: string, localized: LocalizedMessage) => void;

/**
 * The queue input for a request, shaped by the endpoint's input format (fal-input-format.ts), with
 * a warning for every option the endpoint cannot honour. `generate_audio` defaults to true on fal,
 * so where it exists it is always sent explicitly.
 */
export function buildFalInput(request: VideoRequest, options: FalCreateOptions): { input: FalVideoInput; warnings: ProviderWarning[] } {
  const format = falInputFormat(request.model);
  if (format == null) {
    throw new ProviderApiError({
      provider: options.providerId,
      kind: 'invalid-request',
      message: `${options.providerName} cannot fill the input of endpoint "${request.model}": ClipRelay knows fal's Kling, Veo 3.x, Seedance 2.x, Wan 2.7, LTX 2.3, MiniMax H3 and Gemini Omni endpoints.`,
    });
  }
  const warnings: ProviderWarning[] = [];
  const warn: Warn = (feature, details, localized) => warnings.push({ feature, details, localized });
  const negativePrompt = request.negativePrompt == null || request.negativePrompt === '' ? undefined : request.negativePrompt;

  const model = { model: request.model };
  if (request.audio && format.audio === 'none')
    warn('audio', `${request.model} cannot generate audio; the clip will be silent.`, { id: 'jobs.warnModelSilent', values: model });
  if (!request.audio && format.audio === 'always')
    warn('audio', `${request.model} always generates audio and has no switch for it; the clip will have sound.`, {
      id: 'jobs.warnModelAlwaysAudio',
      values: model,
    });
  if (negativePrompt != null && !format.negativePrompt)
    warn('negativePrompt', `${request.model} takes no negative prompt; it was not sent.`, {
      id: 'jobs.warnModelNoNegativePrompt',
      values: model,
    });
  if (request.seed != null && !format.seed)
    warn('seed', `${request.model} takes no seed; it was not sent.`, { id: 'jobs.warnModelNoSeed', values: model });
  if (format.aspectRatios == null)
    warn('aspectRatio', `${request.model} frames the clip like its first image; ${request.aspectRatio} was not sent.`, {
      id: 'jobs.warnModelFramesLikeImage',
      values: { model: request.model, aspectRatio: request.aspectRatio },
    });
  // The catalog checks these first; here they guard an endpoint the catalog does not list (--catalog, a newer id).
  if (!format.durationsSeconds.includes(request.durationSeconds)) {
    throw invalid(
      options,
      `duration: ${request.model} takes ${describeSeconds(format.durationsSeconds)}, not ${request.durationSeconds} s`,
    );
  }
  if (format.aspectRatios != null && !format.aspectRatios.includes(request.aspectRatio)) {
    throw invalid(options, `aspect_ratio: ${request.model} takes ${format.aspectRatios.join(', ')}, not ${request.aspectRatio}`);
  }

  const image = imageInput(request, format, options, warn);
  return {
    input: parseStrictBody(
      falVideoInputSchema,
      {
        prompt: request.prompt,
        negative_prompt: format.negativePrompt ? negativePrompt : undefined,
        duration: wireDuration(request.durationSeconds, format),
        aspect_ratio: format.aspectRatios == null ? undefined : request.aspectRatio,
        resolution: wireResolution(request, format, options, warn),
        generate_audio: format.audio === 'flag' ? request.audio : undefined,
        seed: format.seed ? request.seed : undefined,
        ...image,
      },
      { provider: options.providerId, providerName: options.providerName },
    ),
    warnings,
  };
}

function invalid(options: FalCreateOptions, detail: string): ProviderApiError {
  return new ProviderApiError({
    provider: options.providerId,
    kind: 'invalid-request',
    message: `${options.providerName} cannot take this request: ${detail}`,
  });
}

/** "only 8 s" for one value, "3–15 s" for a run, "4, 6 or 8 s" otherwise. */
export function describeSeconds(allowed: readonly number[]): string {
  const first = allowed[0]!;
  const last = allowed[allowed.length - 1]!;
  if (allowed.length === 1) return `only ${first} s`;
  if (allowed.length > 3 && allowed.every((value, index) => value === first + index)) return `${first}\u2013${last} s`;
  return `${allowed.slice(0, -1).join(', ')} or ${last} s`;
}

function wireDuration(seconds: number, format: FalInputFormat): string | number {
  if (format.duration === 'integer') return seconds;
  return format.duration === 'seconds-suffix' ? `${seconds}s` : String(seconds);
}

function wireResolution(request: VideoRequest, format: FalInputFormat, options: FalCreateOptions, warn: Warn): string | undefined {
  const resolutions = format.resolutions;
  if (resolutions == null) {
    if (request.resolution != null)
      warn('resolution', `${request.model} renders at its own fixed resolution; ${request.resolution} was not sent.`, {
        id: 'jobs.warnModelFixedResolution',
        values: { model: request.model, resolution: request.resolution },
      });
    return undefined;
  }
  if (request.resolution == null) return format.family === 'veo' ? options.veoResolution : undefined;
  const wire = resolutions[request.resolution];
  if (wire == null)
    warn(
      'resolution',
      `${request.model} renders ${Object.keys(resolutions).join(', ')}, not ${request.resolution}; the endpoint's default was used.`,
      {
        id: 'jobs.warnModelResolutionDefault',
        values: { model: request.model, offered: Object.keys(resolutions).join(', '), resolution: request.resolution },
      },
    );
  return wire;
}

/** The first frame on an image-to-video endpoint; a warning where a text endpoint cannot take it. */
function imageInput(
  request: VideoRequest,
  format: FalInputFormat,
  options: FalCreateOptions,
  warn: Warn,
): { image_url?: string; start_image_url?: string } {
  const image = request.referenceImage;
  if (format.imageField == null) {
    if (image != null)
      warn('referenceImage', `${request.model} is a text-to-video endpoint; the reference image "${image.fileName}" was not sent.`, {
        id: 'jobs.warnModelTextOnly',
        values: { model: request.model, fileName: image.fileName },
      });
    return {};
  }
  if (image == null) {
    throw new ProviderApiError({
      provider: options.providerId,
      kind: 'invalid-request',
      message: `${request.model} makes video from an image; give a reference image (field: referenceImage).`,
    });
  }
  const uri = `data:${image.mimeType};base64,${encodeBase64(image.bytes)}`;
  if (uri.length > FAL_MAX_DATA_URI_CHARS) {
    throw new ProviderApiError({
      provider: options.providerId,
      kind: 'invalid-request',
      message: `${options.providerName} takes reference images up to about 7.5 MB inline; "${image.fileName}" is ${(image.bytes.length / 1024 / 1024).toFixed(1)} MB (field: referenceImage).`,
    });
  }
  return { [format.imageField]: uri };
}
