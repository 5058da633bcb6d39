import type { z } from 'zod';
import { InvalidResponseError } from '../spec';
import { MAX_ANSWER_BODY_BYTES, readResponseText } from './read-response-body';

/**
 * Reads a response body (capped, see readResponseText) as JSON and validates it with a (lenient) wire schema. Malformed JSON and
 * missing fields become InvalidResponseError carrying the zod issue as cause.
 */
export async function parseJsonResponse<Schema extends z.ZodType>(
  response: Response,
  schema: Schema,
  providerName: string,
): Promise<z.output<Schema>> {
  const { text, truncated } = await readResponseText(response, MAX_ANSWER_BODY_BYTES);
  if (truncated) {
    throw new InvalidResponseError(providerName, `the answer is larger than ${MAX_ANSWER_BODY_BYTES / 1024 ** 2} MiB`);
  }
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
