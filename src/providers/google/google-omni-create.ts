import { encodeBase64 } from '../../shared/base64';
import { ProviderApiError, type ProviderWarning, type VideoRequest } from '../spec';
import { googleOmniCreateRequestSchema, type GoogleOmniCreateRequest, type OmniTask } from './google-interactions-api-schemas';

/** How the finished video comes back: base64 inside the interaction, or a file URI to download. */
export type OmniDelivery = 'inline' | 'uri';

export interface GoogleOmniCreateOptions {
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
 * `previous_interaction_id` for a continuation, `image_to_video` with a first frame, else
 * `text_to_video`.
 */
export function buildGoogleOmniCreate(request: VideoRequest, options: GoogleOmniCreateOptions): { body: GoogleOmniCreateRequest; warnings: ProviderWarning[] } {
  const warnings: ProviderWarning[] = [];
  if (request.aspectRatio !== '16:9' && request.aspectRatio !== '9:16') {
    throw invalid(options, `Gemini Omni accepts aspect ratios 16:9 or 9:16; ${request.aspectRatio} was asked.`);
  }
  const resolution = request.resolution == null ? DEFAULT_RESOLUTION : OMNI_RESOLUTIONS[request.resolution];
  if (resolution == null) throw invalid(options, `Gemini Omni renders 360p, 720p, 1080p or 2160p (4K), not ${request.resolution}.`);
  if (!request.audio) {
    warnings.push({ feature: 'audio', details: 'Gemini Omni always generates sound; mute the clip in the timeline if it is not wanted.' });
  }
  if (request.negativePrompt != null && request.negativePrompt !== '') {
    warnings.push({ feature: 'negativePrompt', details: 'Gemini Omni takes no negative prompt; say what to avoid in the prompt itself.' });
  }
  if (request.seed != null) warnings.push({ feature: 'seed', details: `Gemini Omni takes no seed; seed ${request.seed} was not sent.` });

  const continuation = request.continueFrom;
  if (continuation != null && request.referenceImage != null) {
    warnings.push({ feature: 'referenceImage', details: `Continuing a generation (${continuation.mode}) starts from its video; the reference image was not sent.` });
  }
  const image = continuation == null ? request.referenceImage : undefined;
  const task: OmniTask = continuation?.mode ?? (image != null ? 'image_to_video' : 'text_to_video');
  const candidate = {
    model: options.wireModelId ?? request.model,
    input:
      image == null
        ? request.prompt
        : [
            { type: 'text', text: request.prompt },
            { type: 'image', data: encodeBase64(image.bytes), mime_type: image.mimeType },
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
  const parsed = googleOmniCreateRequestSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(options, `${issue?.path.join('.') ?? 'request'}: ${issue?.message ?? 'invalid'}`);
  }
  return { body: parsed.data, warnings };
}

function invalid(options: GoogleOmniCreateOptions, message: string): ProviderApiError {
  return new ProviderApiError({ provider: options.providerId, kind: 'invalid-request', message: `${options.providerName} cannot take this request: ${message}` });
}
