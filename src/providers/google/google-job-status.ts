import { InvalidResponseError, type JobStatus, type VideoAsset } from '../spec';
import type { GoogleOperation } from './google-api-schemas';
import { isGoogleModerationMessage } from './google-error';
import { inlineVideoUrl } from './google-inline-video';

/** Gemini API result files are kept two days ("download within 2 days", research §2). */
const GEMINI_FILE_LIFETIME_MS = 2 * 24 * 60 * 60 * 1000;

/**
 * Maps a Veo operation (either platform) to our status union. Not done is pending with no
 * progress (Google reports none). Done with an `error` is a failure; done with only RAI-filter
 * fields is a moderated failure carrying Google's reasons; done with videos is completed.
 */
export function toGoogleJobStatus(operation: GoogleOperation, context: { providerName: string; nowMs: number }): JobStatus {
  if (operation.done !== true) return { state: 'pending' };

  if (operation.error != null) {
    const reason = operation.error.message ?? `${context.providerName} reported the operation as failed without a reason.`;
    return {
      state: 'failed',
      reason,
      code: operation.error.status ?? (operation.error.code == null ? undefined : String(operation.error.code)),
      moderated: isGoogleModerationMessage(reason),
    };
  }

  const response = operation.response;
  const gemini = response?.generateVideoResponse;
  const assets: VideoAsset[] = [];
  for (const [index, sample] of (gemini?.generatedSamples ?? []).entries()) {
    const video = sample.video;
    if (video?.uri != null && video.uri !== '') {
      assets.push({ url: video.uri, expiresAtMs: context.nowMs + GEMINI_FILE_LIFETIME_MS });
    } else if (video?.encodedVideo != null && video.encodedVideo !== '') {
      assets.push({ url: inlineVideoUrl(operation.name, index) });
    }
  }
  for (const [index, video] of (response?.videos ?? []).entries()) {
    if (video.gcsUri != null && video.gcsUri !== '') assets.push({ url: video.gcsUri });
    else if (video.bytesBase64Encoded != null && video.bytesBase64Encoded !== '')
      assets.push({ url: inlineVideoUrl(operation.name, index) });
  }
  if (assets.length > 0) return { state: 'completed', assets };

  const filteredCount = gemini?.raiMediaFilteredCount ?? response?.raiMediaFilteredCount ?? 0;
  const reasons = gemini?.raiMediaFilteredReasons ?? response?.raiMediaFilteredReasons ?? [];
  if (filteredCount > 0 || reasons.length > 0) {
    return {
      state: 'failed',
      reason: reasons.length > 0 ? reasons.join(' ') : `${context.providerName} filtered the video out under its safety policies.`,
      code: 'RAI_MEDIA_FILTERED',
      moderated: true,
    };
  }
  throw new InvalidResponseError(
    context.providerName,
    `operation ${operation.name} finished without videos, an error or a safety-filter report`,
  );
}
