/** One of ClipRelay's earlier keyframes on a clip: where it is, and how far it lowered the clip's own level. */
export interface OwnKeyframe {
  /** Any monotonic unit (media seconds, ticks): the result is in the same one. */
  readonly position: number;
  readonly relativeGainDb: number;
}

/** A key within this of the clip's own level is a rest point: where a duck begins or ends. */
const REST_TOLERANCE_DB = 0.01;

/**
 * The span a re-apply clears of ClipRelay's earlier keyframes: the new envelope's [from, to], widened to
 * take in every earlier duck it overlaps whole. Clearing only [from, to] leaves an earlier duck's outer
 * ramp key behind when the new preset's ramps are shorter (Standard then Strong left a stray rest key
 * 0.05 s before the new ramp — issue 13). A duck is a run of keys between rest points; two consecutive
 * rest keys separate two ducks, so a duck the new envelope does not touch keeps its keys.
 */
export function replacedDuckRange(ownKeys: readonly OwnKeyframe[], from: number, to: number): { from: number; to: number } {
  const sorted = [...ownKeys].sort((a, b) => a.position - b.position);
  const atRest = (key: OwnKeyframe) => Math.abs(key.relativeGainDb) <= REST_TOLERANCE_DB;
  const ducks: { start: number; end: number }[] = [];
  sorted.forEach((key, index) => {
    const previous = sorted[index - 1];
    const startsNewDuck = previous == null || (atRest(previous) && atRest(key));
    if (startsNewDuck) ducks.push({ start: key.position, end: key.position });
    else ducks[ducks.length - 1]!.end = key.position;
  });
  let range = { from, to };
  for (const duck of ducks) {
    if (duck.start <= range.to && duck.end >= range.from)
      range = { from: Math.min(range.from, duck.start), to: Math.max(range.to, duck.end) };
  }
  return range;
}
