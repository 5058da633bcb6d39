import { encodeBase64 } from '../../shared/base64';
import { ProviderApiError, type ProviderWarning, type VideoRequest } from '../spec';
import { googleOmniCreateRequestSchema, type GoogleOmniCreateRequest, type OmniTask } from './google-interactions-api-schemas';
import { parseStrictBody } from '../http';

/** How the finished video comes back: base64 inside the interaction, or a file URI to download. */
export type OmniDelivery = 'inline' | 'uri';

interface GoogleOmniCreateOptions {
  readonly providerId: string;
  readonly providerName: string;
  /** @default 'uri' (see createGoogleOmniProvider) */
  readonly delivery?: OmniDelivery;
  /** The provider's own id for `request.model` (catalog `wireModelId`). @default request.model */
  readonly wireModelId?: string;
}

/** Our short-side names to the SDK's `Resolution` values ("4k" is what Google calls 2160p). */
const OMNI_RESOLUTIONS: Readonly<Record<string, GoogleOmniCreateRequest['response_format']['resolution']>> = {
  '360p': '360p',
  '720p': '720p',
  '1080p': '1080p',
  '2160p': '4k',
};
/** "Defaults to 720p" (SDK `VideoResponseFormat_2.resolution` doc comment, S). */
const DEFAULT_RESOLUTION = '720p';

/**
 * The `POST /v1beta/interactions` body for a request, plus a warning for each option Omni cannot
 * honour. Omni always makes sound and has no switch (research §1: "no audio toggle in schema"), no
 * negative prompt and no seed in `VideoResponseFormat`/`VideoConfig`, so those become warnings.
 * The task is explicit rather than left to the model's guess: `extend`/`edit` with
 * `previous_interaction_id` for a continuation, `image_to_video` with a first frame,
 * `reference_to_video` with images of what the clip should contain, else `text_to_video`. The SDK's
 * `ImageContent` has no role or `reference_type` field (@google/genai 2.32.0 dist/genai.d.ts, S), so
 * the task alone tells a first frame from references; one request therefore cannot carry both.
 */
export function buildGoogleOmniCreate(
  request: VideoRequest,
  options: GoogleOmniCreateOptions,
): { body: GoogleOmniCreateRequest; warnings: ProviderWarning[] } {
  const warnings: ProviderWarning[] = [];
  if (request.aspectRatio !== '16:9' && request.aspectRatio !== '9:16') {
    throw invalid(options, `Gemini Omni accepts aspect ratios 16:9 or 9:16; ${request.aspectRatio} was asked.`);
  }
  const resolution = request.resolution == null ? DEFAULT_RESOLUTION : OMNI_RESOLUTIONS[request.resolution];
  if (resolution == null) throw invalid(options, `Gemini Omni renders 360p, 720p, 1080p or 2160p (4K), not ${request.resolution}.`);
  if (!request.audio) {
    warnings.push({
      feature: 'audio',
      details: 'Gemini Omni always generates sound; mute the clip in the timeline if it is not wanted.',
      localized: { id: 'jobs.warnOmniAlwaysAudio' },
    });
  }
  if (request.negativePrompt != null && request.negativePrompt !== '') {
    warnings.push({
      feature: 'negativePrompt',
      details: 'Gemini Omni takes no negative prompt; say what to avoid in the prompt itself.',
      localized: { id: 'jobs.warnOmniNoNegativePrompt' },
    });
  }
  if (request.seed != null) {
    warnings.push({
      feature: 'seed',
      details: `Gemini Omni takes no seed; seed ${request.seed} was not sent.`,
      localized: { id: 'jobs.warnOmniNoSeed', values: { seed: String(request.seed) } },
    });
  }

  const continuation = request.continueFrom;
  if (continuation != null && request.referenceImage != null) {
    warnings.push({
      feature: 'referenceImage',
      details: `Continuing a generation (${continuation.mode}) starts from its video; the reference image was not sent.`,
      localized: { id: 'jobs.warnOmniContinueNoImage', values: { mode: continuation.mode } },
    });
  }
  const references = request.referenceImages ?? [];
  if (continuation != null && references.length > 0) {
    warnings.push({
      feature: 'referenceImages',
      details: `Continuing a generation (${continuation.mode}) starts from its video; the ${references.length} reference image(s) were not sent.`,
      localized: { id: 'jobs.warnOmniContinueNoImages', values: { mode: continuation.mode, count: references.length } },
    });
  }
  if (continuation == null && references.length > 0 && request.referenceImage != null) {
    throw invalid(options, 'Gemini Omni takes a first frame or images of what the clip should contain, not both; clear one.');
  }
  const images = continuation != null ? [] : request.referenceImage != null ? [request.referenceImage] : references;
  const task: OmniTask =
    continuation?.mode ??
    (request.referenceImage != null && images.length > 0 ? 'image_to_video' : images.length > 0 ? 'reference_to_video' : 'text_to_video');
  const candidate = {
    model: options.wireModelId ?? request.model,
    input:
      images.length === 0
        ? request.prompt
        : [
            { type: 'text', text: request.prompt },
            ...images.map((image) => ({ type: 'image', data: encodeBase64(image.bytes), mime_type: image.mimeType })),
          ],
    response_modalities: ['video'],
    background: true,
    store: true,
    previous_interaction_id: continuation?.providerJobId,
    response_format: {
      type: 'video',
      aspect_ratio: request.aspectRatio,
      duration: `${request.durationSeconds}s`,
      resolution,
      delivery: options.delivery ?? 'uri',
    },
    generation_config: { video_config: { task } },
  };
  const body = parseStrictBody(googleOmniCreateRequestSchema, candidate, {
    provider: options.providerId,
    providerName: options.providerName,
  });
  return { body, warnings };
}

function invalid(options: GoogleOmniCreateOptions, message: string): ProviderApiError {
  return new ProviderApiError({
    provider: options.providerId,
    kind: 'invalid-request',
    message: `${options.providerName} cannot take this request: ${message}`,
  });
}
