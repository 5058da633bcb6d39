import type { z } from 'zod';
import { describeSchemaIssue } from '../../shared/schema-issue-sentences';
import { ProviderApiError } from '../spec';

/**
 * Validates something we are about to send (a wire body, vendor options) with a strict schema. A
 * miss is the caller's mistake, refused before anything leaves, naming the field:
 * "Runway cannot take this request: duration must be 5 or 10 (field: duration)."
 */
function parseOutgoing<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  context: { readonly provider: string; readonly problem: string; readonly fieldPrefix?: string; readonly providerName?: string },
): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue == null || issue.path.length === 0 ? '' : ` (field: ${context.fieldPrefix ?? ''}${issue.path.join('.')})`;
  const tooLong = issue == null ? null : textOverLimit(issue, value, context.providerName);
  const [sentence] = issue == null ? [] : describeSchemaIssue(issue, { schema, input: value, vocabulary: { whole: 'the request' } });
  throw new ProviderApiError({
    provider: context.provider,
    kind: 'invalid-request',
    message: tooLong != null ? `${tooLong}${field}.` : `${context.problem}: ${sentence?.sentence ?? 'it has an unexpected shape'}${field}.`,
    cause: parsed.error,
  });
}

/**
 * Text longer than the provider takes (a prompt), said the way an editor can act on it:
 * "Prompt is 2,600 characters; Kling accepts up to 2,500" — our own check, never "did not answer".
 */
function textOverLimit(issue: z.core.$ZodIssue, value: unknown, providerName: string | undefined): string | null {
  if (issue.code !== 'too_big' || issue.origin !== 'string' || providerName == null || issue.path.length !== 1) return null;
  const key = issue.path[0];
  const text = typeof value === 'object' && value != null && typeof key === 'string' ? (value as Record<string, unknown>)[key] : undefined;
  if (typeof text !== 'string' || typeof key !== 'string') return null;
  const name = key.charAt(0).toUpperCase() + key.slice(1).replace(/_/g, ' ');
  return `${name} is ${text.length.toLocaleString('en-US')} characters; ${providerName} accepts up to ${Number(issue.maximum).toLocaleString('en-US')}`;
}

/** Who is about to be called, for strict-body and vendor-option messages. */
interface OutgoingVendor {
  /** Provider id stored on the error, e.g. "runway". */
  readonly provider: string;
  /** Name used in messages, e.g. "Runway". */
  readonly providerName: string;
}

/**
 * A wire body checked against our strict schema before it is sent; a miss names the field:
 * "Runway cannot take this request: duration must be 5 or 10 (field: duration)."
 */
export function parseStrictBody<Schema extends z.ZodType>(schema: Schema, value: unknown, vendor: OutgoingVendor): z.output<Schema> {
  return parseOutgoing(schema, value, {
    provider: vendor.provider,
    providerName: vendor.providerName,
    problem: `${vendor.providerName} cannot take this request`,
  });
}

/**
 * The vendor-only knobs of a request (`providerOptions.<key>`), checked strictly; absent options are
 * none. A miss names the field in the user's terms: "(field: providerOptions.runway.ratio)".
 */
export function parseVendorOptions<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  vendor: OutgoingVendor & { readonly optionsKey: string },
): z.output<Schema> | undefined {
  if (value == null) return undefined;
  return parseOutgoing(schema, value, {
    provider: vendor.provider,
    problem: `The ${vendor.providerName} options are invalid`,
    fieldPrefix: `providerOptions.${vendor.optionsKey}.`,
  });
}
