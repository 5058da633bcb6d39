import { encodeBase64 } from '../../shared/base64';
import { ProviderApiError, type ProviderWarning, type VideoRequest } from '../spec';
import { googleVeoCreateRequestSchema, type GoogleVeoCreateRequest } from './google-api-schemas';
import { parseStrictBody } from '../http';

/** The two ways to reach Veo: an API key on the Gemini API, or a Google Cloud project on Vertex AI. */
export type GoogleVeoPlatform = 'gemini-api' | 'vertex-ai';

interface GoogleVeoCreateOptions {
  readonly platform: GoogleVeoPlatform;
  readonly providerId: string;
  readonly providerName: string;
  /**
   * Used when the request names no resolution.
   * @default undefined (Google's default, 720p, the only one every duration accepts)
   */
  readonly resolution?: '720p' | '1080p';
  /** @default undefined (Google's default for the region) */
  readonly personGeneration?: 'allow_all' | 'allow_adult' | 'dont_allow';
  /** Vertex AI only: results are written under this gs:// prefix instead of coming back inline. */
  readonly outputStorageUri?: string;
}

const VEO_ASPECT_RATIOS = ['16:9', '9:16'] as const;
/** Veo 3.1 renders 1080p only for 8-second clips (research §2 "Parameter rules"). */
const FULL_HD_SECONDS = 8;

/**
 * The `predictLongRunning` body for a request, plus a warning for every option Veo cannot honour
 * on this platform. Audio: the Gemini API always generates it and refuses `generateAudio`
 * (the SDK throws before sending, research §2), so asking for silence there is a warning;
 * Vertex AI takes the switch.
 */
export function buildGoogleVeoCreate(
  request: VideoRequest,
  options: GoogleVeoCreateOptions,
): { body: GoogleVeoCreateRequest; warnings: ProviderWarning[] } {
  const warnings: ProviderWarning[] = [];
  if (!(VEO_ASPECT_RATIOS as readonly string[]).includes(request.aspectRatio)) {
    throw invalid(options, `Veo accepts aspect ratios 16:9 or 9:16; ${request.aspectRatio} was asked.`);
  }
  let resolution = options.resolution;
  if (request.resolution === '720p' || request.resolution === '1080p') {
    resolution = request.resolution === '1080p' ? '1080p' : '720p';
  } else if (request.resolution != null) {
    warnings.push({
      feature: 'resolution',
      details: `Veo renders 720p or 1080p, not ${request.resolution}; ${resolution ?? '720p'} was used.`,
      localized: { id: 'jobs.warnVeoResolution', values: { resolution: request.resolution, used: resolution ?? '720p' } },
    });
  }
  if (resolution === '1080p' && request.durationSeconds !== FULL_HD_SECONDS) {
    warnings.push({
      feature: 'resolution',
      details: `Veo renders 1080p only for ${FULL_HD_SECONDS}-second clips; this ${request.durationSeconds}-second clip will be 720p.`,
      localized: {
        id: 'jobs.warnVeoFullHdLength',
        values: { fullHdSeconds: String(FULL_HD_SECONDS), seconds: String(request.durationSeconds) },
      },
    });
    resolution = '720p';
  }
  const isVertex = options.platform === 'vertex-ai';
  if (!isVertex && !request.audio) {
    warnings.push({
      feature: 'audio',
      details: 'Veo on the Gemini API always generates sound; mute the clip in the timeline if it is not wanted.',
      localized: { id: 'jobs.warnVeoAlwaysAudio' },
    });
  }
  if (!isVertex && request.seed != null) {
    // @google/genai 2.32.0 throws "seed parameter is only supported in Gemini Enterprise Agent
    // Platform mode, not in Gemini Developer API mode" (dist/node/index.cjs, generateVideosConfigToMldev);
    // the emulator refuses it the same way. Vertex AI takes it.
    warnings.push({
      feature: 'seed',
      details: `Veo on the Gemini API takes no seed (Vertex AI does); seed ${request.seed} was not sent.`,
      localized: { id: 'jobs.warnVeoNoSeed', values: { seed: String(request.seed) } },
    });
  }
  if (!isVertex && options.outputStorageUri != null) {
    warnings.push({
      feature: 'storageUri',
      details: 'An output bucket is a Vertex AI option; the Gemini API keeps results on its own servers.',
      localized: { id: 'jobs.warnVeoNoBucket' },
    });
  }

  const candidate = {
    instances: [
      {
        prompt: request.prompt,
        // Inline base64 is the one image form both platforms take (research §2).
        image:
          request.referenceImage == null
            ? undefined
            : { bytesBase64Encoded: encodeBase64(request.referenceImage.bytes), mimeType: request.referenceImage.mimeType },
      },
    ],
    parameters: {
      sampleCount: 1,
      durationSeconds: request.durationSeconds,
      aspectRatio: request.aspectRatio,
      resolution,
      negativePrompt: request.negativePrompt === '' ? undefined : request.negativePrompt,
      personGeneration: options.personGeneration,
      seed: isVertex ? request.seed : undefined,
      generateAudio: isVertex ? request.audio : undefined,
      storageUri: isVertex ? options.outputStorageUri : undefined,
    },
  };
  const body = parseStrictBody(googleVeoCreateRequestSchema, candidate, {
    provider: options.providerId,
    providerName: options.providerName,
  });
  return { body, warnings };
}

function invalid(options: GoogleVeoCreateOptions, message: string): ProviderApiError {
  return new ProviderApiError({
    provider: options.providerId,
    kind: 'invalid-request',
    message: `${options.providerName} cannot take this request: ${message}`,
  });
}
