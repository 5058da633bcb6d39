import { z } from 'zod';

const fields = {
  id: z.string(),
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  lists: z.record(z.string(), z.array(z.string()).readonly()).optional(),
  providerSaid: z.object({ provider: z.string(), text: z.string() }).optional(),
  /** A placeholder's own catalog message (a host's account of a refusal): its id and values, as read above. */
  parts: z
    .record(z.string(), z.object({ id: z.string(), values: z.record(z.string(), z.union([z.string(), z.number()])).optional() }))
    .optional(),
};

/**
 * A catalog message as stored beside its English text (a job's problem or warning); absent in older files. Read with
 * `.optional().catch(undefined)`: one this build cannot read is dropped, never damage, and the English text stays.
 */
export const localizedMessageSchema = z.looseObject(fields);

/** The same for a settings document, whose values are plain JSON (fields this build does not know are left out). */
export const settingsLocalizedMessageSchema = z.object(fields);
