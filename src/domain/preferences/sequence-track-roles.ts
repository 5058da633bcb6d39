import { z } from 'zod';
import type { TrackRole, TrackRoleChoices } from '../tracks/track-role';

const TRACK_ROLES = ['voice', 'music', 'effects', 'ambience', 'generated', 'unknown'] as const satisfies readonly TrackRole[];

/**
 * The editor's track roles per sequence: sequence key → audio track index → role. Only choices that
 * differ from what the track's name suggests are worth keeping, but any role is accepted.
 */
export const trackRolesBySequenceSchema = z
  .record(z.string(), z.record(z.string().regex(/^\d+$/, 'must be a track index'), z.enum(TRACK_ROLES)))
  .default({});

/**
 * Which sequence a set of role choices belongs to. Neither host hands the panel a sequence id yet,
 * so the project (its path, or its name when unsaved) and the sequence name identify it: renaming
 * either forgets the choices, which then fall back to the track names.
 */
export function sequenceRoleKey(sequence: { readonly projectPath: string; readonly projectName: string; readonly name: string }): string {
  return `${sequence.projectPath === '' ? sequence.projectName : sequence.projectPath}\u0000${sequence.name}`;
}

/** The remembered choices of one sequence, by track index. */
export function trackRoleChoicesFor(
  stored: Readonly<Record<string, Readonly<Record<string, TrackRole>>>>,
  sequenceKey: string,
): TrackRoleChoices {
  const choices = stored[sequenceKey] ?? {};
  return Object.fromEntries(Object.entries(choices).map(([index, role]) => [Number(index), role]));
}
