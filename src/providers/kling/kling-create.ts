import { encodeBase64 } from '../../shared/base64';
import { parseStrictBody } from '../http';
import { ProviderApiError, type ProviderWarning, type VideoRequest } from '../spec';
import {
  klingImage2VideoRequestSchema,
  klingOmniVideoRequestSchema,
  klingText2VideoRequestSchema,
  type KlingImage2VideoRequest,
  type KlingMode,
  type KlingOmniVideoRequest,
  type KlingTaskEndpoint,
  type KlingText2VideoRequest,
} from './kling-api-schemas';
import { klingModelOffers4k, klingModelSupportsSound, klingModelUsesOmniEndpoint, klingSoundNeedsProMode } from './kling-model-features';
import { klingMultiShotFields } from './kling-multi-shot';

/** Who the strict wire schemas are checked for (the provider id as registered). */
const KLING_VENDOR = { provider: 'kling', providerName: 'Kling' };

/** Kling's documented image limit for image-to-video (research/providers.md §3 "I2V"). */
const KLING_MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** Kling takes jpg/jpeg/png; WebP is refused (§3 "I2V"). */
const KLING_IMAGE_TYPES: readonly string[] = ['image/png', 'image/jpeg'];
/** Kling's `mode` renders these: std = 720p, pro = 1080p (§3, the 3.0 spec), 4k = 2160p on kling-v3. */
const MODE_FOR_RESOLUTION: Readonly<Record<string, KlingMode>> = { '720p': 'std', '1080p': 'pro', '2160p': '4k' };

type KlingCreate =
  | { readonly endpoint: 'text2video'; readonly body: KlingText2VideoRequest; readonly warnings: ProviderWarning[] }
  | { readonly endpoint: 'image2video'; readonly body: KlingImage2VideoRequest; readonly warnings: ProviderWarning[] }
  | { readonly endpoint: 'omni-video'; readonly body: KlingOmniVideoRequest; readonly warnings: ProviderWarning[] };

/**
 * The create call for a request: omni-video for the Omni models; otherwise text2video, or
 * image2video when it carries a reference image; plus a warning for every option Kling cannot
 * honour. `defaultMode` applies when the request names no resolution. A shot list becomes
 * `multi_prompt`. Throws ProviderApiError('invalid-request') for an image or a shot list Kling
 * would refuse.
 */
export function buildKlingCreate(request: VideoRequest, defaultMode: 'std' | 'pro'): KlingCreate {
  const warnings: ProviderWarning[] = [];
  const soundSupported = klingModelSupportsSound(request.model);
  if (request.audio && !soundSupported) {
    warnings.push({
      feature: 'audio',
      details: `Kling model ${request.model} cannot generate audio; the clip will be silent.`,
      localized: { id: 'jobs.warnKlingSilent', values: { model: request.model } },
    });
  }
  if (request.seed != null) {
    warnings.push({
      feature: 'seed',
      details: 'Kling has no seed option; the seed was not sent.',
      localized: { id: 'jobs.warnKlingNoSeed' },
    });
  }
  const offers4k = klingModelOffers4k(request.model);
  let mode: KlingMode = defaultMode;
  if (request.resolution != null) {
    const asked = MODE_FOR_RESOLUTION[request.resolution];
    if (asked == null || (asked === '4k' && !offers4k)) {
      const used = defaultMode === 'pro' ? '1080p' : '720p';
      const values = { model: request.model, resolution: request.resolution, used };
      warnings.push({
        feature: 'resolution',
        details: `Kling model ${request.model} renders ${offers4k ? '720p, 1080p or 2160p' : '720p or 1080p'}, not ${request.resolution}; ${used} was used.`,
        localized: { id: offers4k ? 'jobs.warnKlingResolutionUpTo4k' : 'jobs.warnKlingResolution', values },
      });
    } else {
      mode = asked;
    }
  }
  if (request.audio && soundSupported && mode === 'std' && klingSoundNeedsProMode(request.model)) {
    // Kling refuses (or silences) it; say so before a paid create is sent.
    throw new ProviderApiError({
      provider: 'kling',
      kind: 'invalid-request',
      message: `Kling model ${request.model} makes sound only in pro mode (1080p); pick 1080p or turn sound off.`,
    });
  }
  const multiShot = klingMultiShotFields(request);
  const image = request.referenceImage;
  if (image != null) checkImage(image);
  const sound = soundSupported ? (request.audio ? 'on' : 'off') : undefined;
  // Lets a create whose answer was lost be found again by GET instead of being posted twice.
  const externalTaskId = request.clientJobId;

  if (klingModelUsesOmniEndpoint(request.model)) {
    if (request.negativePrompt != null && request.negativePrompt !== '') {
      warnings.push({
        feature: 'negativePrompt',
        details: 'Kling Omni takes no separate negative prompt; write what to avoid into the prompt. It was not sent.',
        localized: { id: 'jobs.warnKlingOmniNoNegativePrompt' },
      });
    }
    if (image != null) {
      warnings.push({
        feature: 'aspectRatio',
        details: `Kling Omni follows the first frame's shape; ${request.aspectRatio} was not sent.`,
        localized: { id: 'jobs.warnKlingOmniShape', values: { aspectRatio: request.aspectRatio } },
      });
    }
    const body = parseStrictBody(
      klingOmniVideoRequestSchema,
      {
        model_name: request.model,
        prompt: request.prompt === '' ? undefined : request.prompt,
        image_list: image == null ? undefined : [{ image_url: encodeBase64(image.bytes), type: 'first_frame' }],
        mode,
        // Kling wants aspect_ratio only when no first frame decides the shape (omni-video O1 FAQ).
        aspect_ratio: image == null ? request.aspectRatio : undefined,
        duration: String(request.durationSeconds),
        sound,
        external_task_id: externalTaskId,
        ...multiShot,
      },
      KLING_VENDOR,
    );
    return { endpoint: 'omni-video', body, warnings };
  }

  const shared = {
    model_name: request.model,
    negative_prompt: request.negativePrompt,
    duration: String(request.durationSeconds),
    mode,
    sound,
    external_task_id: externalTaskId,
    ...multiShot,
  } as const;

  if (image == null) {
    return {
      endpoint: 'text2video',
      body: parseStrictBody(
        klingText2VideoRequestSchema,
        { ...shared, prompt: request.prompt, aspect_ratio: request.aspectRatio },
        KLING_VENDOR,
      ),
      warnings,
    };
  }
  warnings.push({
    feature: 'aspectRatio',
    details: `Kling image-to-video follows the reference image's shape; ${request.aspectRatio} was not sent.`,
    localized: { id: 'jobs.warnKlingImageShape', values: { aspectRatio: request.aspectRatio } },
  });
  return {
    endpoint: 'image2video',
    body: parseStrictBody(
      klingImage2VideoRequestSchema,
      {
        ...shared,
        prompt: request.prompt === '' ? undefined : request.prompt,
        image: encodeBase64(image.bytes),
      },
      KLING_VENDOR,
    ),
    warnings,
  };
}

/** The endpoint a stored JobRef's task lives on; refs from before image2video existed are text2video. */
export function klingEndpointOf(data: { readonly [key: string]: unknown }): KlingTaskEndpoint {
  return data.endpoint === 'image2video' || data.endpoint === 'omni-video' ? data.endpoint : 'text2video';
}

/** Refuses, before the wire, an image Kling would refuse (PNG/JPEG up to 10 MB, §3 "I2V"). */
function checkImage(image: NonNullable<VideoRequest['referenceImage']>): void {
  if (!KLING_IMAGE_TYPES.includes(image.mimeType)) {
    throw invalidImage(
      `Kling takes PNG or JPEG reference images, not ${image.mimeType} ("${image.fileName}"); convert it and choose it again.`,
    );
  }
  if (image.bytes.length > KLING_MAX_IMAGE_BYTES) {
    throw invalidImage(
      `Kling takes reference images up to 10 MB; "${image.fileName}" is ${(image.bytes.length / 1024 / 1024).toFixed(1)} MB.`,
    );
  }
}

function invalidImage(message: string): ProviderApiError {
  return new ProviderApiError({ provider: 'kling', kind: 'invalid-request', message });
}
