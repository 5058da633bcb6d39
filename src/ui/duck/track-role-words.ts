import type { TrackRole } from '../../domain/tracks/track-role';

/** Roles in the order and words the Duck tab shows them (Essential Sound's, plus ClipRelay's own). */
export const TRACK_ROLE_LABELS: readonly (readonly [TrackRole, string])[] = [
  ['voice', 'Voice/dialogue'],
  ['music', 'Music'],
  ['effects', 'Effects'],
  ['ambience', 'Ambience'],
  ['generated', 'Generated'],
  ['unknown', 'Other'],
];
