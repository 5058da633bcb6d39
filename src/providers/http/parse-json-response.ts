import type { z } from 'zod';
import { InvalidResponseError } from '../spec';

/**
 * Reads a response body as JSON and validates it with a (lenient) wire schema. Malformed JSON and
 * missing fields become InvalidResponseError carrying the zod issue as cause.
 */
export async function parseJsonResponse<Schema extends z.ZodType>(
  response: Response,
  schema: Schema,
  providerName: string,
): Promise<z.output<Schema>> {
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InvalidResponseError(providerName, `not JSON (${text.slice(0, 80)})`, { cause: error });
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue == null || issue.path.length === 0 ? '' : ` at ${issue.path.join('.')}`;
    throw new InvalidResponseError(providerName, `${issue?.message ?? 'invalid shape'}${where}`, { cause: result.error });
  }
  return result.data;
}
