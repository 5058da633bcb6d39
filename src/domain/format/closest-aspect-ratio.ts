/**
 * The allowed aspect ratio ("16:9", "9:16", "1:1" …) closest to a frame size, so a vertical
 * sequence asks for vertical clips without the editor choosing. Compared on a log scale, where
 * 2:1 and 1:2 are equally far from 1:1. Undefined when nothing is allowed or the size is unknown.
 */
export function closestAspectRatio(frameWidth: number, frameHeight: number, allowed: readonly string[]): string | undefined {
  if (!(frameWidth > 0 && frameHeight > 0)) return undefined;
  const target = Math.log(frameWidth / frameHeight);
  let best: { ratio: string; distance: number } | undefined;
  for (const ratio of allowed) {
    const [w, h] = ratio.split(':').map(Number) as [number, number];
    if (!(w > 0 && h > 0)) continue;
    const distance = Math.abs(Math.log(w / h) - target);
    if (best == null || distance < best.distance) best = { ratio, distance };
  }
  return best?.ratio;
}
