import { z } from 'zod';
import type { LocalizedMessage } from '../app-error';
import type { DiagnosticsBody } from './diagnostics-lines';

const status = z.enum(['ok', 'warn', 'fail', 'info']);

/**
 * A part's catalog message as the JSON carries it. The id is checked when it is said (an id this build does not know,
 * from a newer build, keeps the English), so any string is read here.
 */
const localizedMessage: z.ZodType<LocalizedMessage> = z.lazy(() =>
  z.object({
    id: z.string(),
    values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    lists: z.record(z.string(), z.array(z.string())).optional(),
    alternatives: z.record(z.string(), z.array(z.string())).optional(),
    providerSaid: z.object({ provider: z.string(), text: z.string() }).optional(),
    also: z.array(localizedMessage).optional(),
  }),
) as unknown as z.ZodType<LocalizedMessage>;

/** Absent in reports from builds before the messages (and dropped, never fatal, when one cannot be read). */
const messagesOf = <Shape extends z.ZodRawShape>(shape: Shape) => z.object(shape).optional().catch(undefined);

export const diagnosticEntrySchema = z.object({
  section: z.string(),
  label: z.string(),
  value: z.string(),
  status,
  messages: messagesOf({ section: localizedMessage.optional(), label: localizedMessage.optional(), value: localizedMessage.optional() }),
});

export const verifyVerdictSchema = z.object({
  item: z.number().int(),
  question: z.string(),
  status,
  answer: z.string(),
  messages: messagesOf({ question: localizedMessage.optional(), answer: localizedMessage.optional() }),
});

/** What the panel needs of any host's JSON block to say the report in the editor's language. */
const diagnosticsBodySchema = z.object({
  host: z.enum(['premiere', 'resolve', 'sandbox']).default('premiere'),
  generatedAt: z.string(),
  entries: z.array(diagnosticEntrySchema),
  verdicts: z.array(verifyVerdictSchema).default([]),
});

/** The report's parts from a JSON block (Premiere's, Resolve's or the sandbox's); null when it is not one (the text is then shown as it came). */
export function readDiagnosticsBody(json: string): DiagnosticsBody | null {
  try {
    const parsed = diagnosticsBodySchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    // Not JSON at all: the caller shows the text it has.
    return null;
  }
}
