import type { LocalizedMessage } from '../../shared/app-error';
import type { VideoRequest } from '../spec';
import type { CatalogModel, ModelCatalog } from './model-catalog-schema';
import { effectiveModelStatus, isModelOffered, isoDay, retiredModelMessage } from './model-lifecycle';

/** One reason a request cannot be sent, tied to the field the user should change. */
interface RequestProblem {
  readonly field:
    | 'provider'
    | 'model'
    | 'prompt'
    | 'durationSeconds'
    | 'aspectRatio'
    | 'resolution'
    | 'referenceImage'
    | 'referenceImages'
    | 'audio'
    | 'shots'
    | 'continueFrom';
  readonly message: string;
  /** The same sentence as a catalog message, for the panel's language; absent where only English is worded yet. */
  readonly localized?: LocalizedMessage;
}

/**
 * Several problems as one refusal: the English sentences joined, and the catalog message only when every sentence
 * has one (never half translated). The panel's refusal and the CLI's usage error both say it this way.
 */
export function requestRefusal(problems: readonly RequestProblem[]): { readonly message: string; readonly localized?: LocalizedMessage } {
  const message = problems.map((problem) => problem.message).join(' ');
  const [first, ...rest] = problems;
  if (first?.localized == null || !rest.every((problem) => problem.localized != null)) return { message };
  return { message, localized: { ...first.localized, also: rest.map((problem) => problem.localized!) } };
}

/**
 * Checks a request against the catalog before anything is sent (a rejected create can still cost
 * a round trip, and a clear sentence beats a vendor error code). Returns every problem; empty means
 * valid. A retired model is refused with its replacement. Audio alone is not checked: a model that
 * cannot honour it is a provider warning; but a combination the catalog lists as refused (Kling 2.6
 * sound at 720p) is. A resolution or an image for a model whose catalog entry does not say is left
 * to the adapter, which decides and warns; so is a constraint when the request names no resolution
 * (the adapter's default applies — Kling's is pro, 1080p).
 */
export function validateVideoRequest(
  request: Pick<VideoRequest, 'model' | 'prompt' | 'durationSeconds' | 'aspectRatio' | 'resolution' | 'referenceImage'> &
    Partial<Pick<VideoRequest, 'audio' | 'shots' | 'continueFrom' | 'referenceImages'>>,
  catalog: ModelCatalog,
  provider?: string,
  options?: { /** "2026-12-06"; decides whether a model's retirement day has come. @default today (UTC) */ readonly today?: string },
): RequestProblem[] {
  const today = options?.today ?? isoDay(Date.now());
  const problems: RequestProblem[] = [];
  if (request.prompt.trim() === '')
    problems.push({ field: 'prompt', message: 'The prompt is empty.', localized: { id: 'errors.promptEmpty' } });

  const model = catalog.models.find((candidate) => candidate.id === request.model);
  if (model == null) {
    const known = catalog.models
      .filter((candidate) => (provider == null || candidate.provider === provider) && isModelOffered(candidate, today))
      .map((candidate) => candidate.id);
    problems.push({
      field: 'model',
      message: `Unknown model "${request.model}". Known models: ${known.length === 0 ? 'none' : known.join(', ')}.`,
    });
    return problems;
  }
  if (effectiveModelStatus(model, today) === 'retired') {
    // Nothing else matters: the vendor no longer serves it, whatever the other fields say.
    problems.push({ field: 'model', message: retiredModelMessage(model, catalog) });
    return problems;
  }
  if (model.maxPromptChars != null && request.prompt.length > model.maxPromptChars) {
    const count = (value: number) => value.toLocaleString('en-US');
    problems.push({
      field: 'prompt',
      message: `The prompt is ${count(request.prompt.length)} characters; ${model.displayName} takes at most ${count(model.maxPromptChars)}. Shorten it; nothing was sent.`,
      localized: {
        id: 'errors.promptTooLong',
        values: { length: request.prompt.length, model: model.displayName, max: model.maxPromptChars },
      },
    });
  }
  if (provider != null && model.provider !== provider) {
    problems.push({ field: 'provider', message: `${model.displayName} belongs to provider "${model.provider}", not "${provider}".` });
  }
  if (!model.durationsSeconds.includes(request.durationSeconds)) {
    problems.push({
      field: 'durationSeconds',
      message: `${model.displayName} accepts ${describeDurations(model)}; ${request.durationSeconds} s was asked.`,
      localized: localizedDurations(model, request.durationSeconds),
    });
  }
  if (!model.aspectRatios.includes(request.aspectRatio)) {
    problems.push({
      field: 'aspectRatio',
      message: `${model.displayName} accepts aspect ratios ${joinAlternatives(model.aspectRatios)}; ${request.aspectRatio} was asked.`,
      localized: {
        id: 'errors.aspectChoices',
        values: { model: model.displayName, asked: request.aspectRatio },
        alternatives: { ratios: model.aspectRatios },
      },
    });
  }
  if (request.resolution != null && model.resolutions != null && !model.resolutions.includes(request.resolution)) {
    problems.push({
      field: 'resolution',
      message: `${model.displayName} offers ${joinAlternatives(model.resolutions)}; ${request.resolution} was asked.`,
      localized: {
        id: 'errors.resolutionChoices',
        values: { model: model.displayName, asked: request.resolution },
        alternatives: { resolutions: model.resolutions },
      },
    });
  }
  if (request.referenceImage != null && model.imageInput === 'none') {
    problems.push({
      field: 'referenceImage',
      message: `${model.displayName} makes video from text only; clear the reference image or pick another model.`,
      localized: { id: 'errors.textOnlyModel', values: { model: model.displayName } },
    });
  }
  if (request.referenceImage == null && model.imageInput === 'required') {
    problems.push({
      field: 'referenceImage',
      message: `${model.displayName} makes video from an image only; choose a reference image.`,
      localized: { id: 'errors.imageOnlyModel', values: { model: model.displayName } },
    });
  }
  const referenceCount = request.referenceImages?.length ?? 0;
  if (referenceCount > 0 && model.maxReferenceImages == null) {
    problems.push({
      field: 'referenceImages',
      message: `${model.displayName} takes no images of what the clip should contain; clear them or pick another model.`,
    });
  } else if (model.maxReferenceImages != null && referenceCount > model.maxReferenceImages) {
    problems.push({
      field: 'referenceImages',
      message: `${model.displayName} takes at most ${model.maxReferenceImages} images of what the clip should contain; ${referenceCount} were chosen.`,
    });
  }
  for (const constraint of model.constraints ?? []) {
    const applies = constraint.when.audio == null || constraint.when.audio === request.audio;
    if (applies && request.resolution != null && !constraint.allowedResolutions.includes(request.resolution)) {
      problems.push({ field: constraint.when.audio == null ? 'resolution' : 'audio', message: constraint.message });
    }
  }
  const continuation = request.continueFrom;
  if (continuation != null && !(model.continuation ?? []).includes(continuation.mode)) {
    const offered = model.continuation ?? [];
    problems.push({
      field: 'continueFrom',
      message:
        offered.length === 0
          ? `${model.displayName} cannot continue an earlier generation; start a new one.`
          : `${model.displayName} can ${joinAlternatives(offered)} an earlier generation, not ${continuation.mode} it.`,
    });
  }
  problems.push(...shotProblems(request, model));
  return problems;
}

/**
 * A shot list against the model's `multiShot` capability, in the editor's words: too many shots,
 * an empty or too long shot prompt, a shot shorter than the model allows, or shot seconds that do
 * not add up to the clip. An empty list is no shot list.
 */
function shotProblems(
  request: Partial<Pick<VideoRequest, 'shots'>> & Pick<VideoRequest, 'durationSeconds'>,
  model: CatalogModel,
): RequestProblem[] {
  const shots = request.shots ?? [];
  if (shots.length === 0) return [];
  const capability = model.multiShot;
  if (capability == null) {
    return [
      { field: 'shots', message: `${model.displayName} makes one shot per clip; clear the shot list or pick a model that takes shots.` },
    ];
  }
  const problems: RequestProblem[] = [];
  if (shots.length > capability.maxShots) {
    problems.push({
      field: 'shots',
      message: `${model.displayName} takes at most ${capability.maxShots} shots; this list has ${shots.length}.`,
    });
  }
  const minSeconds = capability.minShotSeconds ?? 1;
  shots.forEach((shot, index) => {
    const name = `Shot ${index + 1}`;
    if (shot.prompt.trim() === '') problems.push({ field: 'shots', message: `${name} has no prompt.` });
    if (capability.maxShotPromptChars != null && shot.prompt.length > capability.maxShotPromptChars) {
      problems.push({
        field: 'shots',
        message: `${name}'s prompt is ${shot.prompt.length} characters; ${model.displayName} takes up to ${capability.maxShotPromptChars} per shot.`,
      });
    }
    if (!Number.isInteger(shot.durationSeconds) || shot.durationSeconds < minSeconds) {
      problems.push({
        field: 'shots',
        message: `${name} lasts ${shot.durationSeconds} s; each shot needs whole seconds, at least ${minSeconds}.`,
      });
    }
  });
  const totalSeconds = shots.reduce((sum, shot) => sum + shot.durationSeconds, 0);
  if (totalSeconds !== request.durationSeconds) {
    problems.push({
      field: 'shots',
      message: `The shots add up to ${totalSeconds} s but the clip is ${request.durationSeconds} s; ${model.displayName} needs them to match. Change a shot's seconds or the duration.`,
    });
  }
  return problems;
}

/** "5 or 10 seconds", or "3 to 15 seconds" for a run of whole seconds. */
function describeDurations(model: CatalogModel): string {
  const durations = model.durationsSeconds;
  const first = durations[0]!;
  const last = durations[durations.length - 1]!;
  const isRun = durations.length > 2 && durations.every((seconds, index) => seconds === first + index);
  return isRun ? `${first} to ${last} seconds` : `${joinAlternatives(durations.map(String))} seconds`;
}

/** The duration refusal as a catalog message: a run of whole seconds as a range, else the choices. */
function localizedDurations(model: CatalogModel, askedSeconds: number): LocalizedMessage {
  const durations = model.durationsSeconds;
  const first = durations[0]!;
  const last = durations[durations.length - 1]!;
  const values = { model: model.displayName, asked: String(askedSeconds) };
  const isRun = durations.length > 2 && durations.every((seconds, index) => seconds === first + index);
  if (isRun) return { id: 'errors.durationRange', values: { ...values, first: String(first), last: String(last) } };
  return { id: 'errors.durationChoices', values, alternatives: { durations: durations.map(String) } };
}

function joinAlternatives(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}
