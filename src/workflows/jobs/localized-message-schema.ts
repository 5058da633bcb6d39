import { z } from 'zod';

const valuesSchema = z.record(z.string(), z.union([z.string(), z.number()])).optional();

const fields = {
  id: z.string(),
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  lists: z.record(z.string(), z.array(z.string()).readonly()).optional(),
  alternatives: z.record(z.string(), z.array(z.string()).readonly()).optional(),
  providerSaid: z.object({ provider: z.string(), text: z.string() }).optional(),
  /**
   * A placeholder's own catalog message (a host's account of a refusal): its id and values, as read above, and the
   * sentences said after it (a format mismatch's meaning, then its aspect-ratio sentence).
   */
  parts: z
    .record(
      z.string(),
      z.object({ id: z.string(), values: valuesSchema, also: z.array(z.object({ id: z.string(), values: valuesSchema })).optional() }),
    )
    .optional(),
};

/**
 * A catalog message as stored beside its English text (a job's problem or warning); absent in older files. Read with
 * `.optional().catch(undefined)`: one this build cannot read is dropped, never damage, and the English text stays.
 */
export const localizedMessageSchema = z.looseObject(fields);

/** A catalog message as a settings document keeps it (see settingsLocalizedMessageSchema). */
interface SettingsLocalizedMessage {
  readonly id: string;
  readonly values?: Record<string, string | number>;
  readonly lists?: Record<string, readonly string[]>;
  readonly alternatives?: Record<string, readonly string[]>;
  readonly providerSaid?: { provider: string; text: string };
  readonly also?: SettingsLocalizedMessage[];
}

/**
 * The same for a settings document, whose values are plain JSON (fields this build does not know are left out); the
 * sentences said after it (`also`: a refused pack's reasons after "Cannot use …") are kept with it.
 */
export const settingsLocalizedMessageSchema: z.ZodType<SettingsLocalizedMessage> = z.object({
  ...fields,
  also: z.array(z.lazy(() => settingsLocalizedMessageSchema)).optional(),
});
