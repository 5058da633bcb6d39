import type { z } from 'zod';
import {
  createHttpClient,
  createVendorFileDownload,
  parseJsonResponse,
  resolvePhaseTimeouts,
  toProviderError,
  type FetchFunction,
  type PhaseTimeouts,
} from '../http';
import type { JobRef, JobStatus, StartedJob, VideoProvider, VideoRequest } from '../spec';
import { byteplusCreateTaskResponseSchema, byteplusTaskListSchema, byteplusTaskSchema, type BytePlusTask } from './byteplus-api-schemas';
import { buildBytePlusCreate } from './byteplus-create';
import { isBytePlusModerationCode, mapBytePlusErrorBody } from './byteplus-error';
import { byteplusJobSeed } from './byteplus-job-seed';
import { BytePlusUnconfirmedJobError } from './byteplus-unconfirmed-job-error';

export const BYTEPLUS_PROVIDER_ID = 'byteplus';
export const BYTEPLUS_DEFAULT_BASE_URL = 'https://ark.ap-southeast.bytepluses.com/api/v3';
const PROVIDER_NAME = 'BytePlus';
/** "The video URL expires in 24 hours" (research video-apis §6; Comfy Router's BytePlus page; T×2). */
const BYTEPLUS_RESULT_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** Tasks read per list page while looking for a lost create. */
const LIST_PAGE_SIZE = 100;
/** Pages read before giving up as "could not tell": a lost create is recent, near the top. */
const LIST_MAX_PAGES = 5;

export interface BytePlusProviderSettings {
  readonly apiKey: string;
  /** @default 'https://ark.ap-southeast.bytepluses.com/api/v3' (Seedance is served from ap-southeast only) */
  readonly baseUrl?: string;
  /** @default globalThis.fetch */
  readonly fetch?: FetchFunction;
  /** Time limits per kind of call. @default DEFAULT_PHASE_TIMEOUTS */
  readonly timeouts?: Partial<PhaseTimeouts>;
  /** Injected for tests: the wait before a retried GET. @default abortableDelay */
  readonly delay?: (delayMs: number, signal?: AbortSignal) => Promise<void>;
}

/** BytePlus ModelArk's Seedance video tasks as a VideoProvider. */
export function createBytePlusProvider(settings: BytePlusProviderSettings): VideoProvider {
  const timeouts = resolvePhaseTimeouts(settings.timeouts);
  const api = createHttpClient({
    prefixUrl: settings.baseUrl ?? BYTEPLUS_DEFAULT_BASE_URL,
    headers: () => ({ authorization: `Bearer ${settings.apiKey}` }),
    fetch: settings.fetch,
    timeoutMs: timeouts.pollMs,
    delay: settings.delay,
  });
  // Result files sit on object storage behind signed URLs that must not receive our key.
  const downloadFile = createVendorFileDownload({
    provider: BYTEPLUS_PROVIDER_ID,
    providerName: PROVIDER_NAME,
    fetch: settings.fetch,
    delay: settings.delay,
    timeouts,
  });

  async function call<Schema extends z.ZodType>(
    schema: Schema,
    signal: AbortSignal | undefined,
    send: (signal: AbortSignal | undefined) => Promise<Response>,
  ): Promise<z.output<Schema>> {
    let response: Response;
    try {
      response = await send(signal);
    } catch (error) {
      throw await toProviderError(error, {
        provider: BYTEPLUS_PROVIDER_ID,
        providerName: PROVIDER_NAME,
        mapBody: mapBytePlusErrorBody,
        signal,
      });
    }
    return parseJsonResponse(response, schema, PROVIDER_NAME);
  }

  /**
   * ModelArk takes no id of ours on create, so a lost create is looked for in the task list of its
   * model: ours is the task with our seed, duration and ratio (see byteplusJobSeed). Null only
   * when the whole list was read without it; several candidates, or a list longer than we read,
   * leave the job unconfirmed (BytePlusUnconfirmedJobError) rather than guessing.
   */
  async function recover(request: VideoRequest, options?: { signal?: AbortSignal }): Promise<JobRef | null> {
    const seed = request.seed ?? byteplusJobSeed(request.clientJobId);
    const candidates: BytePlusTask[] = [];
    for (let page = 1; page <= LIST_MAX_PAGES; page++) {
      const searchParams = new URLSearchParams({
        page_num: String(page),
        page_size: String(LIST_PAGE_SIZE),
        'filter.model': request.model,
      });
      const list = await call(byteplusTaskListSchema, options?.signal, (signal) =>
        api.get('contents/generations/tasks', { searchParams, signal }),
      );
      const items = list.items ?? [];
      candidates.push(...items.filter((task) => isOurs(task, request, seed)));
      const seen = (page - 1) * LIST_PAGE_SIZE + items.length;
      if (items.length < LIST_PAGE_SIZE || (list.total != null && seen >= list.total)) {
        if (candidates.length > 1)
          throw new BytePlusUnconfirmedJobError(
            request.clientJobId,
            `${candidates.length} tasks of ${request.model} carry its seed ${seed}`,
          );
        return candidates[0] == null ? null : toJobRef(candidates[0].id, request, seed);
      }
    }
    if (candidates.length === 1) return toJobRef(candidates[0]!.id, request, seed);
    throw new BytePlusUnconfirmedJobError(
      request.clientJobId,
      `more than ${LIST_MAX_PAGES * LIST_PAGE_SIZE} tasks of ${request.model} are listed`,
    );
  }

  return {
    id: BYTEPLUS_PROVIDER_ID,
    displayName: PROVIDER_NAME,

    async start(request, options) {
      const { body, seed, warnings } = buildBytePlusCreate(request);
      const created = await call(byteplusCreateTaskResponseSchema, options?.signal, (signal) =>
        api.post('contents/generations/tasks', { json: body, signal, timeout: timeouts.createMs }),
      );
      return { ref: toJobRef(created.id, request, seed), warnings } satisfies StartedJob;
    },

    recover,

    async status(ref, options) {
      const task = await call(byteplusTaskSchema, options?.signal, (signal) =>
        api.get(`contents/generations/tasks/${encodeURIComponent(ref.jobId)}`, { signal }),
      );
      return toBytePlusJobStatus(task);
    },

    async cancel(ref, options) {
      // ModelArk cancels a queued task; a running one cannot be stopped and is refused (then billed).
      try {
        await api.delete(`contents/generations/tasks/${encodeURIComponent(ref.jobId)}`, { signal: options?.signal });
      } catch (error) {
        throw await toProviderError(error, {
          provider: BYTEPLUS_PROVIDER_ID,
          providerName: PROVIDER_NAME,
          mapBody: mapBytePlusErrorBody,
          signal: options?.signal,
        });
      }
    },

    async download(asset, sink, options) {
      return downloadFile(asset, sink, options);
    },
  };
}

/** Whether a listed task is the one this request created: same model, our seed, same length and shape. */
function isOurs(task: BytePlusTask, request: VideoRequest, seed: number): boolean {
  if (task.seed !== seed) return false;
  if (task.model != null && task.model !== request.model) return false;
  if (task.duration != null && task.duration !== request.durationSeconds) return false;
  if (task.generate_audio != null && task.generate_audio !== request.audio) return false;
  // With a first frame we sent `adaptive`, and the task may report the shape it chose.
  return request.referenceImage != null || task.ratio == null || task.ratio === request.aspectRatio || task.ratio === 'adaptive';
}

function toJobRef(taskId: string, request: VideoRequest, seed: number): JobRef {
  return { provider: BYTEPLUS_PROVIDER_ID, model: request.model, jobId: taskId, data: { taskId, seed } };
}

/** Maps a ModelArk task to our status union. */
export function toBytePlusJobStatus(task: BytePlusTask): JobStatus {
  switch (task.status) {
    case 'succeeded': {
      const url = task.content?.video_url;
      if (url == null || url === '') {
        // ModelArk clears the URL 24 h after the task ended; the clip cannot be fetched any more.
        return {
          state: 'failed',
          reason: `BytePlus no longer holds the result of task ${task.id}: results are kept for 24 hours. Generate it again.`,
          code: 'ResultExpired',
          moderated: false,
        };
      }
      const finishedAtMs = task.updated_at ?? task.created_at;
      return {
        state: 'completed',
        assets: [
          {
            url,
            durationSeconds: task.duration ?? undefined,
            expiresAtMs: finishedAtMs == null ? undefined : finishedAtMs * 1000 + BYTEPLUS_RESULT_LIFETIME_MS,
          },
        ],
      };
    }
    case 'failed': {
      const code = task.error?.code ?? undefined;
      const message = task.error?.message ?? '';
      const moderated = code != null && isBytePlusModerationCode(code);
      const base = message === '' ? 'BytePlus reported the task as failed without a reason' : message.replace(/[.\s]+$/, '');
      return {
        state: 'failed',
        reason: `${base}${code == null ? '' : ` (${code})`}${moderated ? ' — change the prompt or the image' : ''}`,
        code,
        moderated,
      };
    }
    case 'cancelled':
      return { state: 'failed', reason: `BytePlus task ${task.id} was cancelled.`, code: 'cancelled', moderated: false };
    case 'expired':
      return {
        state: 'failed',
        reason: `BytePlus task ${task.id} did not finish within its execution window and expired; nothing was generated.`,
        code: 'expired',
        moderated: false,
      };
    default:
      // queued, running, and any status ModelArk adds later: still going. ModelArk reports no progress.
      return { state: 'pending' };
  }
}
