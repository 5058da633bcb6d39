import type { z } from 'zod';
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
  const issue = parsed.error.issues[0];
  const where = issue == null || issue.path.length === 0 ? '' : ` at ${issue.path.join('.')}`;
  throw new StoredDataDamagedError({ document, detail: `${issue?.message ?? 'unexpected shape'}${where}`, cause: parsed.error });
}
