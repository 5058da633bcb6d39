import type { VideoRequest } from '../../providers/spec';
import { SOURCE_MESSAGES, type FormMessages } from './source-messages';

/** One shot as the form holds it; the same shape as a request's shot, so it round-trips through jobs. */
export type ShotDraft = NonNullable<VideoRequest['shots']>[number];

/**
 * A new shot: the seconds the clip has left (at least 1), so a list that added up keeps adding up
 * when the editor then lengthens the clip.
 */
export function addShot(shots: readonly ShotDraft[], clipSeconds: number): ShotDraft[] {
  return [...shots, { prompt: '', durationSeconds: Math.max(1, clipSeconds - totalShotSeconds(shots)) }];
}

export function removeShot(shots: readonly ShotDraft[], index: number): ShotDraft[] {
  return shots.filter((_, position) => position !== index);
}

/** Moves a shot one place up (-1) or down (+1); a move past either end changes nothing. */
export function moveShot(shots: readonly ShotDraft[], index: number, step: -1 | 1): ShotDraft[] {
  const target = index + step;
  if (index < 0 || index >= shots.length || target < 0 || target >= shots.length) return [...shots];
  const next = [...shots];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

export function updateShot(shots: readonly ShotDraft[], index: number, patch: Partial<ShotDraft>): ShotDraft[] {
  return shots.map((shot, position) => (position === index ? { ...shot, ...patch } : shot));
}

export function totalShotSeconds(shots: readonly ShotDraft[]): number {
  return shots.reduce((sum, shot) => sum + shot.durationSeconds, 0);
}

/** "Shots 7 s of the 10 s clip: 3 s left." — what the editor needs to make them match (English unless given `messages`). */
export function describeShotTotal(shots: readonly ShotDraft[], clipSeconds: number, messages: FormMessages = SOURCE_MESSAGES): string {
  const { t, formatDuration } = messages;
  const total = totalShotSeconds(shots);
  const lengths = { total: formatDuration(total), clip: formatDuration(clipSeconds) };
  if (total === clipSeconds) return t('generate.shotTotalMatch', lengths);
  return total < clipSeconds
    ? t('generate.shotTotalLeft', { ...lengths, left: formatDuration(clipSeconds - total) })
    : t('generate.shotTotalOver', { ...lengths, excess: formatDuration(total - clipSeconds) });
}
