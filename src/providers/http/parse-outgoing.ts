import type { z } from 'zod';
import { ProviderApiError } from '../spec';

/**
 * Validates something we are about to send (a wire body, vendor options) with a strict schema. A
 * miss is the caller's mistake, refused before anything leaves, naming the field:
 * "Runway cannot take this request: Too small (field: duration)."
 */
export function parseOutgoing<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  context: { readonly provider: string; readonly problem: string; readonly fieldPrefix?: string },
): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue == null || issue.path.length === 0 ? '' : ` (field: ${context.fieldPrefix ?? ''}${issue.path.join('.')})`;
  throw new ProviderApiError({
    provider: context.provider,
    kind: 'invalid-request',
    message: `${context.problem}: ${issue?.message ?? 'unexpected shape'}${field}.`,
    cause: parsed.error,
  });
}
