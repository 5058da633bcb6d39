import { z } from 'zod';

const provenanceSchema = z.strictObject({
  prompt: z.string(),
  providerId: z.string().min(1),
  model: z.string().min(1),
  jobId: z.string().min(1),
  seed: z.number().nullable(),
  costUsd: z.number().nonnegative().nullable(),
  createdAt: z.string().min(1),
});

/** The sidecar's JSON, read leniently (unknown fields from newer versions are ignored). */
const provenanceSidecarSchema = z.object({
  format: z.literal('cliprelay.provenance'),
  version: z.literal(1),
  media: z.object({
    fileName: z.string(),
    durationSeconds: z.number(),
    width: z.number().nullable(),
    height: z.number().nullable(),
    frameRate: z.number().nullable(),
    hasAudio: z.boolean(),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .nullable(),
  }),
  provenance: provenanceSchema,
});

/** Reads a sidecar written by serializeProvenanceSidecar, checking it against the documented format. */
export function parseProvenanceSidecar(text: string): z.infer<typeof provenanceSidecarSchema> {
  return provenanceSidecarSchema.parse(JSON.parse(text));
}
