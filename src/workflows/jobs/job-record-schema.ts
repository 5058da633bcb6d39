import { z } from 'zod';
import { localizedMessageSchema } from './localized-message-schema';
import type { JobRecord } from './job-record';
import { urlWithoutSecrets } from './url-without-secrets';

/*
 * The job ledger's records as stored, checked per phase when the ledger loads: a `generating` job
 * without its provider ref, or a `placed` one without a placement, is damaged data, not a job to
 * run. Lenient where it can be (unknown fields kept, for a newer build), strict on what each phase
 * needs to continue.
 */

const jobRefSchema = z.looseObject({ provider: z.string(), model: z.string(), jobId: z.string(), data: z.record(z.string(), z.unknown()) });
const assetSchema = z.looseObject({ url: z.string(), durationSeconds: z.number().optional(), expiresAtMs: z.number().optional() });
const mediaSchema = z.looseObject({
  durationSeconds: z.number(),
  hasAudio: z.boolean(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  frameRate: z.number().nullable(),
});
const placementSchema = z.looseObject({
  videoClipId: z.string(),
  audioClipId: z.string().nullable(),
  startSeconds: z.number(),
  endSeconds: z.number(),
});
// The problem's catalog message (absent in older ledgers); one this build cannot read is dropped, never damage: the English message stays.
const localizedSchema = localizedMessageSchema;
const problemSchema = z.looseObject({
  message: z.string(),
  moderated: z.boolean().optional(),
  retryable: z.boolean(),
  localized: localizedSchema.optional().catch(undefined),
});
const holdSchema = z.enum(['none', 'held', 'unknown']);

const common = {
  id: z.string().min(1),
  providerId: z.string().min(1),
  providerName: z.string(),
  request: z.looseObject({ clientJobId: z.string().min(1), model: z.string(), prompt: z.string(), durationSeconds: z.number() }),
  projectName: z.string(),
  clientTag: z.string().optional(),
  createdAtMs: z.number(),
  updatedAtMs: z.number(),
  revision: z.number().int().nonnegative().optional(),
  estimatedCostUsd: z.number(),
  warnings: z.array(z.string()),
  warningWords: z.array(localizedSchema.nullable().catch(null)).optional().catch(undefined),
  downloadAttempts: z.number().int().nonnegative(),
  ref: jobRefSchema.optional(),
  assets: z.array(assetSchema).optional(),
  media: mediaSchema.optional(),
  placement: placementSchema.optional(),
  problem: problemSchema.optional(),
  providerHold: holdSchema.optional(),
  createSentAtMs: z.number().optional(),
  // Absent in ledgers written before jobs remembered where they were made: those resume wherever the settings point.
  endpoint: z.string().optional(),
  catalogVersion: z.string().optional(),
  downloadedFrom: z.string().optional(),
  variation: z.number().int().positive().optional(),
};

const jobRecordSchema = z.discriminatedUnion('phase', [
  z.looseObject({ ...common, phase: z.literal('queued') }),
  z.looseObject({ ...common, phase: z.literal('creating'), createSentAtMs: z.number() }),
  z.looseObject({ ...common, phase: z.literal('unconfirmed'), createSentAtMs: z.number() }),
  z.looseObject({ ...common, phase: z.literal('generating'), ref: jobRefSchema }),
  z.looseObject({ ...common, phase: z.literal('downloading'), ref: jobRefSchema, assets: z.array(assetSchema) }),
  z.looseObject({ ...common, phase: z.literal('placing'), ref: jobRefSchema, mediaPath: z.string(), media: mediaSchema }),
  z.looseObject({
    ...common,
    phase: z.literal('placed'),
    ref: jobRefSchema,
    mediaPath: z.string(),
    media: mediaSchema,
    placement: placementSchema,
  }),
  z.looseObject({ ...common, phase: z.literal('saved'), ref: jobRefSchema, mediaPath: z.string(), media: mediaSchema }),
  z.looseObject({ ...common, phase: z.literal('failed'), problem: problemSchema, providerHold: holdSchema }),
  z.looseObject({ ...common, phase: z.literal('cancelled'), providerHold: holdSchema }),
]);

/** A record checked against its phase; throws the zod error naming what the phase lacks. */
export function parseJobRecord(value: unknown): JobRecord {
  return jobRecordSchema.parse(value) as unknown as JobRecord;
}

/** Phases whose file is on disk: their result links have done their work. */
const DOWNLOADED_PHASES: ReadonlySet<string> = new Set(['placing', 'placed', 'saved']);

/** Kling's refusal of a second create with our id, as ledgers of earlier builds stored it. */
const DUPLICATE_ID_REFUSAL = /already exists|duplicate/i;

/**
 * Brings a record written by an earlier build (ledger version 1) to today's shape, before it is
 * checked per phase: when the create was sent was not stored (its last update is the best bound);
 * failed and cancelled jobs did not say whether the provider holds them; and a job failed on a
 * duplicate-id refusal was a job the provider holds, so it goes back to being reconciled.
 */
export function migrateJobRecord(value: unknown): unknown {
  if (typeof value !== 'object' || value == null) return value;
  const job = { ...(value as Record<string, unknown>) };
  const hasRef = job.ref != null;
  if ((job.phase === 'creating' || job.phase === 'unconfirmed') && typeof job.createSentAtMs !== 'number')
    job.createSentAtMs = job.updatedAtMs;
  const problem = job.problem as { message?: unknown } | undefined;
  if (job.phase === 'failed' && !hasRef && typeof problem?.message === 'string' && DUPLICATE_ID_REFUSAL.test(problem.message)) {
    return { ...job, phase: 'unconfirmed', createSentAtMs: job.createSentAtMs ?? job.updatedAtMs, providerHold: undefined };
  }
  if ((job.phase === 'failed' || job.phase === 'cancelled') && job.providerHold == null) job.providerHold = hasRef ? 'held' : 'none';
  // Earlier builds could leave a downloaded job's signed result links in the ledger: only where the file came from stays.
  if (typeof job.mediaPath === 'string' && DOWNLOADED_PHASES.has(job.phase as string) && Array.isArray(job.assets)) {
    const first = (job.assets as { url?: unknown }[])[0]?.url;
    job.downloadedFrom ??= typeof first === 'string' ? urlWithoutSecrets(first) : undefined;
    delete job.assets;
  }
  return job;
}
