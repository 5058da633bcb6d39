import { z } from 'zod';

/**
 * A catalog message as stored beside its English text (a job's problem, a pack subscription's last problem); absent in
 * older files. Read with `.optional().catch(undefined)`: one this build cannot read is dropped, never damage, and the
 * English text stays.
 */
export const localizedMessageSchema = z.looseObject({
  id: z.string(),
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  lists: z.record(z.string(), z.array(z.string())).optional(),
  providerSaid: z.looseObject({ provider: z.string(), text: z.string() }).optional(),
});
