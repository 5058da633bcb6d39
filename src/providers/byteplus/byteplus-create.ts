import { encodeBase64 } from '../../shared/base64';
import { parseStrictBody } from '../http';
import { ProviderApiError, type ProviderWarning, type VideoRequest } from '../spec';
import { BYTEPLUS_RATIOS, byteplusCreateTaskRequestSchema, type BytePlusCreateTaskRequest } from './byteplus-api-schemas';
import { byteplusJobSeed } from './byteplus-job-seed';
import { byteplusDefaultResolution, byteplusResolutions } from './byteplus-model-features';

/**
 * Largest first-frame image, in bytes before base64 (ComfyUI-BytePlus-ModelArk `nodes/constants.py`
 * REF_IMAGE_MAX_SIZE_MB = 30; T). The whole body must also stay under 64 MiB.
 */
const BYTEPLUS_MAX_IMAGE_BYTES = 30 * 1024 * 1024;

interface BytePlusCreate {
  readonly body: BytePlusCreateTaskRequest;
  /** The seed that marks the task as ours (see byteplusJobSeed); the request's own when it named one. */
  readonly seed: number;
  readonly warnings: ProviderWarning[];
}

/**
 * The create body for a request: a text item, plus the reference image as a `first_frame` data URI;
 * a warning for every option Seedance cannot honour. Throws ProviderApiError('invalid-request') for
 * what ModelArk would refuse anyway, before a paid call.
 */
export function buildBytePlusCreate(request: VideoRequest): BytePlusCreate {
  const warnings: ProviderWarning[] = [];
  if (request.negativePrompt != null && request.negativePrompt !== '') {
    warnings.push({
      feature: 'negativePrompt',
      details: 'Seedance has no negative prompt; it was not sent. Say what to avoid in the prompt itself.',
      localized: { id: 'jobs.warnSeedanceNoNegativePrompt' },
    });
  }
  const resolutions = byteplusResolutions(request.model);
  let resolution = byteplusDefaultResolution(request.model);
  if (request.resolution != null) {
    if (resolutions.includes(request.resolution)) resolution = request.resolution;
    else
      warnings.push({
        feature: 'resolution',
        details: `${request.model} renders ${resolutions.join(', ')}, not ${request.resolution}; ${resolution} was used.`,
        localized: {
          id: 'jobs.warnSeedanceResolution',
          values: { model: request.model, offered: resolutions.join(', '), resolution: request.resolution, used: resolution },
        },
      });
  }

  const content: BytePlusCreateTaskRequest['content'] = [];
  if (request.prompt !== '') content.push({ type: 'text', text: request.prompt });
  let ratio: string = request.aspectRatio;
  const image = request.referenceImage;
  if (image != null) {
    if (image.bytes.length > BYTEPLUS_MAX_IMAGE_BYTES) {
      throw invalid(
        `Seedance takes first-frame images up to 30 MB; "${image.fileName}" is ${(image.bytes.length / 1024 / 1024).toFixed(1)} MB.`,
      );
    }
    content.push({
      type: 'image_url',
      image_url: { url: `data:${image.mimeType};base64,${encodeBase64(image.bytes)}` },
      role: 'first_frame',
    });
    // Seedance 2.5 refuses a fixed ratio with a first frame ("keeps the first frame's aspect
    // ratio": ComfyUI-BytePlus-ModelArk err_seedance25_first_frame_ratio; T); 2.0 would crop.
    ratio = 'adaptive';
    warnings.push({
      feature: 'aspectRatio',
      details: `Seedance image-to-video follows the first frame's shape; ${request.aspectRatio} was not sent.`,
      localized: { id: 'jobs.warnSeedanceImageShape', values: { aspectRatio: request.aspectRatio } },
    });
  } else if (!(BYTEPLUS_RATIOS as readonly string[]).includes(ratio)) {
    throw invalid(`Seedance renders ${BYTEPLUS_RATIOS.filter((item) => item !== 'adaptive').join(', ')}, not ${ratio}.`);
  }

  const seed = request.seed ?? byteplusJobSeed(request.clientJobId);
  const body = parseStrictBody(
    byteplusCreateTaskRequestSchema,
    {
      model: request.model,
      content,
      ratio,
      duration: request.durationSeconds,
      resolution,
      generate_audio: request.audio,
      seed,
      // Editors place these clips in programmes; a burned-in logo would make them unusable.
      watermark: false,
    },
    { provider: 'byteplus', providerName: 'Seedance' },
  );
  return { body, seed, warnings };
}

function invalid(message: string): ProviderApiError {
  return new ProviderApiError({ provider: 'byteplus', kind: 'invalid-request', message });
}
