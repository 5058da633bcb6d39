import type { JobRecord } from '../../workflows/jobs/job-record';
import type { ProviderChoice } from '../panel-services';

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
}

export function initialDraft(providers: readonly ProviderChoice[]): GenerateDraft {
  const provider = providers[0];
  const model = provider?.models[0];
  return {
    prompt: '',
    negativePrompt: '',
    providerId: provider?.id ?? '',
    modelId: model?.id ?? '',
    durationSeconds: model?.durationsSeconds.includes(5) === true ? 5 : (model?.durationsSeconds[0] ?? 5),
    aspectRatio: model?.aspectRatios[0] ?? '16:9',
    audio: model?.audio !== 'none',
    seed: '',
    variations: 1,
  };
}

export function draftFromJob(job: JobRecord): GenerateDraft {
  const { request } = job;
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
  };
}
