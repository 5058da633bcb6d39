import { z } from 'zod';
import type { SubscriptionState } from '../../domain/packs/subscription-state';
import { settingsLocalizedMessageSchema } from '../jobs/localized-message-schema';

const releaseSchema = z.object({ version: z.number().int().min(1), signedText: z.string().min(1) });

/**
 * One subscription as the panel's settings keep it (key `packSubscriptions`): where the pack is
 * published, the agency key pinned at first install, and the subscription state (see
 * domain/packs/subscription-state). The pack itself is stored as the signed text, verified again
 * whenever it is read, so a hand-edited settings file cannot change a pack's policy either.
 */
const packSubscriptionRecordSchema = z.object({
  id: z.string().min(1),
  location: z.string().min(1),
  pinnedPublicKey: z.string().min(1),
  installedAtMs: z.number(),
  state: z.object({
    current: releaseSchema,
    pending: releaseSchema.extend({ required: z.boolean() }).nullable(),
    validators: z.object({ etag: z.string().optional(), lastModified: z.string().optional() }),
    lastCheckedAtMs: z.number().nullable(),
    // `localized`: the problem's catalog message, redacted like `message` (absent in older settings files).
    lastProblem: z
      .object({ message: z.string(), atMs: z.number(), localized: settingsLocalizedMessageSchema.optional().catch(undefined) })
      .nullable(),
  }),
});

/**
 * A stored record; its problem's catalog message is typed as the domain's (its id is a string in the file, checked
 * against this build's catalog where it is shown: an unknown id keeps the stored English).
 */
export type PackSubscriptionRecord = Omit<z.output<typeof packSubscriptionRecordSchema>, 'state'> & { readonly state: SubscriptionState };

export const packSubscriptionListSchema = z.array(packSubscriptionRecordSchema);
