import type { SandboxKeyframe } from './sandbox-state';

/** Level in dB at a media time: linear in dB between keyframes, held before the first and after the last. */
export function levelAtMediaSeconds(staticLevelDb: number, keyframes: readonly SandboxKeyframe[], mediaSeconds: number): number {
  const first = keyframes[0];
  if (first == null) return staticLevelDb;
  if (mediaSeconds <= first.mediaSeconds) return first.levelDb;
  for (let i = 0; i < keyframes.length - 1; i++) {
    const a = keyframes[i]!;
    const b = keyframes[i + 1]!;
    if (mediaSeconds > b.mediaSeconds) continue;
    const span = b.mediaSeconds - a.mediaSeconds;
    return span === 0 ? b.levelDb : a.levelDb + ((b.levelDb - a.levelDb) * (mediaSeconds - a.mediaSeconds)) / span;
  }
  return keyframes[keyframes.length - 1]!.levelDb;
}
