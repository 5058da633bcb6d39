import { z } from 'zod';
import type { TrackRole, TrackRoleChoices } from '../tracks/track-role';

const TRACK_ROLES = ['voice', 'music', 'effects', 'ambience', 'generated', 'unknown'] as const satisfies readonly TrackRole[];

type StoredTrackRoles = Readonly<Record<string, Readonly<Record<string, TrackRole>>>>;

/**
 * The editor's track roles per sequence: sequence key → audio track index → role. Only choices that
 * differ from what the track's name suggests are worth keeping, but any role is accepted.
 */
export const trackRolesBySequenceSchema = z
  .record(z.string(), z.record(z.string().regex(/^\d+$/, 'must be a track index'), z.enum(TRACK_ROLES)))
  .default({});

/** What identifies a sequence: the host's stable id where it has one (Premiere's guid), else the names. */
interface SequenceIdentity {
  readonly projectPath: string;
  readonly projectName: string;
  readonly name: string;
  readonly sequenceId?: string;
}

/**
 * The key the names give (the project's path, or its name when unsaved, and the sequence name): the only
 * key before hosts gave a stable id, and still the key where a host has none. Renaming either loses it.
 */
function nameKey(sequence: SequenceIdentity): string {
  return `${sequence.projectPath === '' ? sequence.projectName : sequence.projectPath}\u0000${sequence.name}`;
}

/**
 * Which sequence a set of role choices belongs to: the host's stable sequence id where it has one, so a
 * renamed sequence (or project) keeps its roles; else the project and sequence names.
 */
export function sequenceRoleKey(sequence: SequenceIdentity): string {
  return sequence.sequenceId == null || sequence.sequenceId === '' ? nameKey(sequence) : `sequence-id\u0000${sequence.sequenceId}`;
}

/**
 * The remembered choices of one sequence, by track index. Given the sequence, choices stored under its
 * names before it had an id are found too (until `migrateTrackRoleKey` moves them).
 */
export function trackRoleChoicesFor(stored: StoredTrackRoles, sequence: string | SequenceIdentity): TrackRoleChoices {
  const choices = typeof sequence === 'string' ? stored[sequence] : (stored[sequenceRoleKey(sequence)] ?? stored[nameKey(sequence)]);
  return Object.fromEntries(Object.entries(choices ?? {}).map(([index, role]) => [Number(index), role]));
}

/**
 * Moves choices stored under a sequence's names to its stable id (read the old key, write the new, drop
 * the old), so a later rename keeps them. Returns the same object when there is nothing to move, so a
 * caller saves only on a change. Choices already under the id win over name-keyed ones.
 */
export function migrateTrackRoleKey<Stored extends StoredTrackRoles>(stored: Stored, sequence: SequenceIdentity): Stored {
  const legacy = nameKey(sequence);
  const key = sequenceRoleKey(sequence);
  const old = stored[legacy];
  if (key === legacy || old == null) return stored;
  const { [legacy]: _moved, ...others } = stored;
  return { ...others, [key]: { ...old, ...stored[key] } } as Stored;
}
