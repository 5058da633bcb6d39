import { InvalidResponseError, type JobStatus, type VideoAsset } from '../spec';
import { isGoogleModerationMessage } from './google-error';
import { inlineVideoUrl } from './google-inline-video';
import type { GoogleInteraction } from './google-interactions-api-schemas';

/**
 * Gemini API result files are kept two days (research §2, for Veo); that Omni's `delivery: "uri"`
 * files live as long is our inference (I). Only used to tell the user a download came too late.
 */
const GEMINI_FILE_LIFETIME_MS = 2 * 24 * 60 * 60 * 1000;

/** Statuses that mean "still working" (SDK `InteractionStatus`). */
const PENDING = new Set(['queued', 'in_progress']);
/** Statuses a text model can end in that a video generation should not: read as failures. */
const STOPPED = new Set(['incomplete', 'budget_exceeded', 'requires_action', 'requires_continuation']);

/** The resource-like name inline assets carry: `interactions/{id}`. */
export function interactionResourceName(interactionId: string): string {
  return `interactions/${interactionId}`;
}

/** The video blocks of an interaction's `model_output` steps, in order. */
export function interactionVideos(interaction: GoogleInteraction): { data?: string; uri?: string }[] {
  return (interaction.steps ?? [])
    .filter((step) => step.type === 'model_output')
    .flatMap((step) => step.content ?? [])
    .filter((content) => content.type === 'video')
    .map((content) => ({ data: content.data ?? undefined, uri: content.uri ?? undefined }));
}

/**
 * Maps a Gemini Omni interaction to our status union: queued and in progress are pending (no
 * progress figure exists); completed with a video is completed (a URI asset, or an inline asset
 * naming the interaction so the ledger never holds megabytes); failed carries Google's reason from
 * the step's `error` or the interaction's `errors[]`; cancelled is a failure that says so.
 */
export function toGoogleInteractionStatus(interaction: GoogleInteraction, context: { providerName: string; nowMs: number }): JobStatus {
  const status = interaction.status;
  if (PENDING.has(status)) return { state: 'pending' };
  if (status === 'cancelled') return { state: 'failed', reason: 'The generation was cancelled.', code: 'CANCELLED', moderated: false };

  if (status === 'completed') {
    const assets: VideoAsset[] = [];
    for (const [index, video] of interactionVideos(interaction).entries()) {
      if (video.uri != null && video.uri !== '') assets.push({ url: video.uri, expiresAtMs: context.nowMs + GEMINI_FILE_LIFETIME_MS });
      else if (video.data != null && video.data !== '')
        assets.push({ url: inlineVideoUrl(interactionResourceName(interaction.id), index) });
    }
    if (assets.length > 0) return { state: 'completed', assets };
  }

  if (status === 'failed' || status === 'completed' || STOPPED.has(status)) {
    const stepError = (interaction.steps ?? []).map((step) => step.error).find((error) => error?.message != null);
    const recorded = (interaction.errors ?? []).find((error) => error.message != null);
    const reason =
      stepError?.message ??
      recorded?.message ??
      (status === 'completed'
        ? `${context.providerName} finished without a video.`
        : `${context.providerName} stopped the generation (${status}) without a reason.`);
    const code = recorded?.code ?? (stepError?.code == null ? status.toUpperCase() : String(stepError.code));
    return { state: 'failed', reason, code, moderated: isGoogleModerationMessage(reason) };
  }
  throw new InvalidResponseError(context.providerName, `interaction ${interaction.id} has an unknown status "${status}"`);
}
