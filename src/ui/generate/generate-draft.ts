import { clampDuration } from '../../domain/format/clamp-duration';
import type { JobRef, ReferenceImage, VideoContinuation, VideoRequest } from '../../providers/spec';
import type { JobRecord } from '../../workflows/jobs/job-record';
import { IncompleteFormError } from '../incomplete-form-error';
import type { ModelChoice, ProviderChoice } from '../panel-services';
import type { ShotDraft } from './shot-list';
import { SOURCE_MESSAGES, type FormMessages } from './source-messages';

/** The Generate form's state; a finished job's settings can be loaded back into it (history → reuse). */
export interface GenerateDraft {
  readonly prompt: string;
  readonly negativePrompt: string;
  readonly providerId: string;
  readonly modelId: string;
  readonly durationSeconds: number;
  readonly aspectRatio: string;
  readonly audio: boolean;
  /** Text, so an empty field means "provider picks"; 0 is a real seed. */
  readonly seed: string;
  readonly variations: number;
  /** e.g. "1080p"; empty means the model's default (also when the model offers none). */
  readonly resolution: string;
  /** The chosen first frame, in memory only (React state; never stored). */
  readonly referenceImage: ReferenceImage | null;
  /** A multi-shot clip's shots; empty means one shot from the prompt. */
  readonly shots: readonly ShotDraft[];
  /** The earlier generation this one extends or edits (Jobs → Extend/Edit). @default undefined (a new generation) */
  readonly continueFrom?: DraftContinuation;
}

/** A continuation in the form: what is sent, plus the earlier prompt so the editor sees what is continued. */
export interface DraftContinuation extends VideoContinuation {
  readonly earlierPrompt: string;
}

export function initialDraft(providers: readonly ProviderChoice[]): GenerateDraft {
  const provider = providers[0];
  const model = provider?.models[0];
  return {
    prompt: '',
    negativePrompt: '',
    providerId: provider?.id ?? '',
    modelId: model?.id ?? '',
    durationSeconds: clampDuration(model, 5),
    aspectRatio: model?.aspectRatios[0] ?? '16:9',
    audio: model?.audio !== 'none',
    seed: '',
    variations: 1,
    resolution: '',
    referenceImage: null,
    shots: [],
  };
}

/**
 * A job's settings back in the form. Its image is not: the ledger keeps only the file name. A job
 * that continued another keeps doing so (dropping it would make a different, paid generation);
 * `earlierPrompt` is that generation's prompt when the ledger still has it.
 */
export function draftFromJob(job: JobRecord, earlierPrompt?: string, messages: Pick<FormMessages, 't'> = SOURCE_MESSAGES): GenerateDraft {
  const { request } = job;
  const continuation = request.continueFrom;
  return {
    prompt: request.prompt,
    negativePrompt: request.negativePrompt ?? '',
    providerId: job.providerId,
    modelId: request.model,
    durationSeconds: request.durationSeconds,
    aspectRatio: request.aspectRatio,
    audio: request.audio,
    seed: request.seed == null ? '' : String(request.seed),
    variations: 1,
    resolution: request.resolution ?? '',
    referenceImage: null,
    shots: request.shots ?? [],
    continueFrom:
      continuation == null
        ? undefined
        : { ...continuation, earlierPrompt: earlierPrompt ?? messages.t('generate.continuedJob', { job: continuation.providerJobId }) },
  };
}

/**
 * The form set up to extend or edit a finished job: its provider, model, aspect and length, an
 * empty prompt for what should change or come next, and the job's provider id to continue from.
 */
export function continuationDraftFromJob(job: JobRecord & { readonly ref: JobRef }, mode: VideoContinuation['mode']): GenerateDraft {
  return {
    ...draftFromJob(job),
    prompt: '',
    seed: '',
    shots: [],
    continueFrom: { mode, providerJobId: job.ref.jobId, earlierPrompt: job.request.prompt },
  };
}

/**
 * The request the form asks for. A resolution the model does not offer (left over from another
 * model) falls back to the default; an image is always passed on, so a model that cannot take it
 * is refused with a clear sentence instead of the image being dropped unseen.
 * Throws when the seed is not a whole number (said in `messages`' language, English by default).
 */
export function requestFromDraft(
  draft: GenerateDraft,
  model: ModelChoice,
  messages: Pick<FormMessages, 't'> = SOURCE_MESSAGES,
): Omit<VideoRequest, 'clientJobId'> {
  const seed = draft.seed.trim() === '' ? undefined : Number(draft.seed);
  if (seed != null && !Number.isInteger(seed)) {
    throw new IncompleteFormError({ field: 'seed', message: messages.t('generate.seedNotWhole') });
  }
  const negativePrompt = draft.negativePrompt.trim();
  return {
    model: model.id,
    prompt: draft.prompt.trim(),
    negativePrompt: negativePrompt === '' ? undefined : negativePrompt,
    durationSeconds: draft.durationSeconds,
    aspectRatio: draft.aspectRatio as `${number}:${number}`,
    audio: model.audio === 'always' || (model.audio === 'toggle' && draft.audio),
    seed,
    resolution: model.resolutions?.includes(draft.resolution) === true ? draft.resolution : undefined,
    referenceImage: draft.referenceImage ?? undefined,
    // Passed on like the image: a model that takes no shots is refused in words, not silently cut.
    shots:
      draft.shots.length === 0
        ? undefined
        : draft.shots.map((shot) => ({ prompt: shot.prompt.trim(), durationSeconds: shot.durationSeconds })),
    // Passed on even if the model changed since: a model that cannot continue is refused in words.
    continueFrom:
      draft.continueFrom == null ? undefined : { mode: draft.continueFrom.mode, providerJobId: draft.continueFrom.providerJobId },
  };
}
