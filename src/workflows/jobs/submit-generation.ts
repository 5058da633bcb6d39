import { budgetRefusal, startOfMonthMs, summarizeSpend, type BudgetCaps } from '../../domain/cost/budget';
import { estimateClipCostUsd } from '../../domain/cost/estimate-cost';
import { isoDay, requestRefusal, validateVideoRequest, type ModelCatalog } from '../../providers/catalog';
import type { VideoRequest } from '../../providers/spec';
import { AppError, type LocalizedMessage } from '../../shared/app-error';
import { isBillable, type JobRecord } from './job-record';
import type { JobRunner } from './job-runner';

/** A generation refused before anything was sent: an invalid request or a budget cap. */
export class GenerationRefusedError extends AppError {
  constructor(
    readonly reason: 'invalid-request' | 'budget',
    message: string,
    localized?: LocalizedMessage,
  ) {
    super(message, { localized });
    this.name = 'GenerationRefusedError';
  }
}

interface GenerationDraft {
  readonly providerId: string;
  readonly providerName: string;
  readonly request: Omit<VideoRequest, 'clientJobId'>;
  /** @default 1 — several clips of the same prompt (each its own job and cost). */
  readonly variations?: number;
  readonly projectName: string;
  /** Whose work it is (resolveClientTag); per-client caps count it. @default undefined */
  readonly clientTag?: string;
}

/**
 * What today's and this project's spend are, from the ledger (accepted jobs cost money).
 * `archivedProjectUsd`: what this project's jobs moved to the archive cost (JobLedger.archivedSpendUsd);
 * archived jobs are never from today.
 */
export function spendFromLedger(
  jobs: readonly JobRecord[],
  projectName: string,
  nowMs: number,
  archivedProjectUsd = 0,
  client?: { readonly tag: string; readonly archivedMonthUsd?: number },
) {
  const items = jobs
    .filter(isBillable)
    .map((job) => ({ costUsd: job.estimatedCostUsd, atMs: job.createdAtMs, projectName: job.projectName, clientTag: job.clientTag }));
  const spent = summarizeSpend(items, projectName, nowMs, client?.tag);
  const clientMonthUsd = spent.clientMonthUsd == null ? undefined : spent.clientMonthUsd + (client?.archivedMonthUsd ?? 0);
  return { ...spent, projectUsd: spent.projectUsd + archivedProjectUsd, ...(clientMonthUsd == null ? {} : { clientMonthUsd }) };
}

/**
 * This month's spend of `clientTag` among the jobs moved to the archive (a busy month can push
 * jobs there before it ends); read only when a per-client cap applies.
 */
async function archivedClientMonthUsd(ledger: JobRunner['ledger'], clientTag: string, nowMs: number): Promise<number> {
  const monthStartMs = startOfMonthMs(nowMs);
  return (await ledger.listArchived())
    .filter((job) => isBillable(job) && job.clientTag === clientTag && job.createdAtMs >= monthStartMs)
    .reduce((sum, job) => sum + job.estimatedCostUsd, 0);
}

/**
 * Validates the draft against the catalog and the budget caps, then submits one job per
 * variation. Nothing is sent when any check fails; the error says why, in the editor's words.
 */
export async function submitGeneration(options: {
  readonly runner: JobRunner;
  readonly catalog: ModelCatalog;
  readonly caps: BudgetCaps;
  readonly draft: GenerationDraft;
  readonly newJobId: () => string;
  readonly nowMs: number;
}): Promise<JobRecord[]> {
  const { draft, catalog } = options;
  const variations = draft.variations ?? 1;
  const problems = validateVideoRequest(draft.request, catalog, draft.providerId, { today: isoDay(options.nowMs) });
  if (problems.length > 0) {
    const { message, localized } = requestRefusal(problems);
    throw new GenerationRefusedError('invalid-request', message, localized);
  }
  const model = catalog.models.find((candidate) => candidate.id === draft.request.model)!;
  const costEachUsd = estimateClipCostUsd(model, draft.request);
  const ledger = options.runner.ledger;
  const client =
    draft.clientTag == null
      ? undefined
      : {
          tag: draft.clientTag,
          archivedMonthUsd:
            options.caps.perClientMonthlyUsd == null ? 0 : await archivedClientMonthUsd(ledger, draft.clientTag, options.nowMs),
        };
  const spent = spendFromLedger(ledger.list(), draft.projectName, options.nowMs, ledger.archivedSpendUsd(draft.projectName), client);
  const refusal = budgetRefusal(options.caps, spent, costEachUsd * variations);
  if (refusal != null) throw new GenerationRefusedError('budget', refusal.message, refusal.localized);

  const jobs: JobRecord[] = [];
  for (let index = 0; index < variations; index++) {
    jobs.push(
      await options.runner.submit({
        request: { ...draft.request, clientJobId: options.newJobId() },
        providerId: draft.providerId,
        providerName: draft.providerName,
        projectName: draft.projectName,
        clientTag: draft.clientTag,
        estimatedCostUsd: costEachUsd,
        ...(variations > 1 ? { variation: index + 1 } : {}),
      }),
    );
  }
  return jobs;
}
