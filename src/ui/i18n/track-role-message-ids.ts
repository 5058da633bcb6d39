import type { TrackRole } from '../../domain/tracks/track-role';
import type { MessageId } from '../../shared/i18n/catalogs';

/** Each track role's words in the catalog, in the order the Duck tab lists them (track-role-words.ts's order). */
export const TRACK_ROLE_MESSAGE_IDS: readonly (readonly [TrackRole, MessageId])[] = [
  ['voice', 'role.voice'],
  ['music', 'role.music'],
  ['effects', 'role.effects'],
  ['ambience', 'role.ambience'],
  ['generated', 'role.generated'],
  ['unknown', 'role.unknown'],
];
