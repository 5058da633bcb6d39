/** Used when there is no model to ask (nothing offered): the most common clip length. */
const FALLBACK_DURATION_SECONDS = 5;

/**
 * A clip length the model offers: the wanted one when it is among the model's durations, else the
 * model's first. The panel uses it when the form starts and whenever the provider or model
 * changes, so the Duration field never holds a length the model would refuse; the CLI for the
 * length of a `generate` without `--seconds`.
 */
export function clampDuration(model: { readonly durationsSeconds: readonly number[] } | undefined, wantedSeconds: number): number {
  if (model?.durationsSeconds.includes(wantedSeconds) === true) return wantedSeconds;
  return model?.durationsSeconds[0] ?? FALLBACK_DURATION_SECONDS;
}
