import type { z } from 'zod';
import { describeSchemaIssues } from '../shared/schema-issue-sentences';
import { StoredDataDamagedError } from './stored-data-damaged-error';

/**
 * The one reader for every JSON document ClipRelay persists: absent or blank text is `null`
 * (nothing stored yet); anything else must be JSON matching `schema`, or it is a
 * StoredDataDamagedError naming the document and the first problem, never a silent default.
 */
export function readStoredJson<Schema extends z.ZodType>(text: string | null, schema: Schema, document: string): z.output<Schema> | null {
  if (text == null || text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new StoredDataDamagedError({ document, detail: 'it is not valid JSON', cause: error });
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  // The first problem is enough to say the document is damaged; sentences from the one translator, never zod's own text.
  const [first] = describeSchemaIssues(parsed.error.issues, { schema, input: value });
  throw new StoredDataDamagedError({ document, detail: lowerFirst(first ?? 'it has an unexpected shape'), cause: parsed.error });
}

/** "The value must be…" reads as "the value must be…" inside the damaged-data sentence; key paths stay as written. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z ]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
