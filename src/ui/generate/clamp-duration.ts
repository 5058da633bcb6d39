import type { ModelChoice } from '../panel-services';

/** Used when there is no model to ask (nothing offered): the most common clip length. */
const FALLBACK_DURATION_SECONDS = 5;

/**
 * A clip length the model offers: the wanted one when it is among the model's durations, else the
 * model's first. Used when the form starts and whenever the provider or model changes, so the
 * Duration field never holds a length the model would refuse.
 */
export function clampDuration(model: Pick<ModelChoice, 'durationsSeconds'> | undefined, wantedSeconds: number): number {
  if (model?.durationsSeconds.includes(wantedSeconds) === true) return wantedSeconds;
  return model?.durationsSeconds[0] ?? FALLBACK_DURATION_SECONDS;
}
