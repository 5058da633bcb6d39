import type { ClipProvenance, HostNote, NleHost, SequenceSnapshot } from '../../hosts/spec';
import type { SidecarWriter } from '../../platform/sidecar-writer';
import { inspectMp4, type Mp4Info } from '../../media';
import {
  DownloadVerificationError,
  InvalidResponseError,
  ProviderApiError,
  ProviderJobFailedError,
  type VideoProvider,
  type VideoRequest,
} from '../../providers/spec';
import { AppError, describeError, type LocalizedMessage } from '../../shared/app-error';
import type { MediaFolder } from '../../platform/media-folder';
import { findPlacedMedia, placeMedia } from '../place-media';
import type { PlaceOptions } from '../place-options';
import { provenanceSidecarFileName, recordClipProvenance, serializeProvenanceSidecar } from '../provenance';
import { pollUntilDone, type PollOptions } from '../poll-until-done';
import { familyAlternatives, findCatalogModel, isoDay, loadBuiltinCatalog } from '../../providers/catalog';
import { abortableDelay } from '../../shared/abortable-delay';
import { classifyCreateFailure } from './classify-create-failure';
import { describeLocalRefusal } from './describe-local-refusal';
import { unavailableModelMessage } from './unavailable-model-message';
import { JobClaimedElsewhereError, type JobLedger } from './job-ledger';
import { downloadDeadline } from './download-deadline';
import { clipExcessSeconds, clipLongerThanReported } from './clip-duration-check';
import { durationCheckedSink } from './duration-checked-sink';
import { endpointForRecord, sameEndpoint } from './job-endpoint';
import { urlWithoutSecrets } from './url-without-secrets';
import { withWarnings } from '../with-warnings';
import { isTerminal, type JobPatch, type JobProblem, type JobRecord } from './job-record';
import { PrioritySlots } from './priority-slots';

export interface JobRunnerOptions {
  readonly ledger: JobLedger;
  /**
   * The provider for a job, created fresh (keys read at call time). `job`, when given, is the job
   * it is for: a provider made for it talks to the endpoint the job was created against.
   */
  readonly provider: (providerId: string, job?: JobRecord) => Promise<VideoProvider>;
  /** The editor to place clips in; without one (the CLI) a job ends `saved` on disk. */
  readonly host?: NleHost;
  /** Where a job's clip is written. */
  readonly mediaFolder: MediaFolder | ((job: JobRecord) => MediaFolder);
  readonly poll: Omit<PollOptions, 'onStatus' | 'signal'>;
  /** File name for a job's clip. */
  readonly fileName: (job: JobRecord) => string;
  /** Bin path for a job's clip, e.g. ["ClipRelay", "Kling"]. */
  readonly binPath: (job: JobRecord) => readonly string[];
  /** Where placed clips go, for the sequence they go into. @default at the playhead on the first free tracks */
  readonly placement?: (sequence: SequenceSnapshot) => PlaceOptions;
  /** Writes the provenance sidecar beside each clip; without one only the project records it. */
  readonly sidecars?: SidecarWriter;
  /** Jobs running at once per provider (Kling counts them against a resource pack). @default 2 */
  readonly maxConcurrentPerProvider?: number;
  /** Downloads at once; the URL expiring soonest goes first. @default 2 */
  readonly maxConcurrentDownloads?: number;
  /** ms since epoch. @default Date.now */
  readonly now?: () => number;
  /**
   * The sentence for a job whose model the provider's own listing lacks, naming the same model on
   * providers the user has set up (see unavailableModelMessage).
   * @default unavailableModelMessage over the built-in catalog, counting as set up every provider
   * the `provider` factory can create (it refuses those without keys; nothing is sent)
   */
  readonly explainUnavailableModel?: (job: JobRecord) => string | Promise<string>;
  /**
   * How long after a create was sent a provider may still not show it (stores settle, queues
   * lag): a lookup that finds nothing before then is asked again, never taken as absence.
   * @default 30_000
   */
  readonly reconcileGraceMs?: number;
  /** First wait between reconciliation lookups that failed (doubles, capped at 60 s; Retry-After wins when longer). @default 2_000 */
  readonly reconcileBackoffMs?: number;
  /**
   * Where a new job of this provider would be created (see providerEndpoint), recorded with it
   * unless the submitter names one, so a resume reaches the same server whatever the settings
   * say by then. Undefined (or a rejection) records nothing.
   */
  readonly endpoint?: (providerId: string) => string | undefined | Promise<string | undefined>;
  /** The catalog new jobs are validated with (see catalogVersion), recorded with each for support. */
  readonly catalogVersion?: string;
  /**
   * Each download (headers and body, every reconnection) must finish within this, or it is
   * stopped and the job kept for a retry (the CLI's --timeout-s). @default the transport's own
   */
  readonly downloadTimeoutMs?: number;
  /**
   * On resume, a job made at another endpoint than the current settings name gets a warning saying
   * so (the panel shows it on the job; the CLI prints its own note). @default false
   */
  readonly noteEndpointChanges?: boolean;
}

export interface SubmitInput {
  readonly request: VideoRequest;
  readonly providerId: string;
  readonly providerName: string;
  readonly projectName: string;
  /** Whose work it is, for per-client caps and reports. @default undefined */
  readonly clientTag?: string;
  readonly estimatedCostUsd: number;
  readonly outputFolder?: string;
  /** The base URL the provider is reached at, when not its default; kept so a resume needs no flags. */
  readonly endpoint?: string;
  /** The catalog the request was validated with. */
  readonly catalogVersion?: string;
  /** 1-based, when this job is one of several variations of one Generate. */
  readonly variation?: number;
}

/**
 * Runs generations as ledger-backed jobs: each step is recorded before it starts, so a reload or
 * a killed process resumes where it stopped; a create whose answer was lost is reconciled with
 * the provider, never re-posted; a failed download keeps the job for a retry.
 */
export class JobRunner {
  readonly #options: JobRunnerOptions;
  readonly #now: () => number;
  readonly #providerSlots: PrioritySlots;
  readonly #downloadSlots: PrioritySlots;
  readonly #running = new Map<string, { controller: AbortController; done: Promise<JobRecord> }>();
  /** Jobs whose result links were read again from the provider in this run, after the file host refused the stored one. */
  readonly #linksReadAgain = new Set<string>();
  /** Images (first frame and/or references) of jobs not yet accepted, by job id; never in the ledger (see JobRecord.request). */
  readonly #referenceImages = new Map<string, Pick<VideoRequest, 'referenceImage' | 'referenceImages'>>();

  constructor(options: JobRunnerOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
    this.#providerSlots = new PrioritySlots(options.maxConcurrentPerProvider ?? 2);
    this.#downloadSlots = new PrioritySlots(options.maxConcurrentDownloads ?? 2);
  }

  get ledger(): JobLedger {
    return this.#options.ledger;
  }

  /** Records the job (before anything is sent) and starts it; resolves once it is on disk. */
  async submit(input: SubmitInput): Promise<JobRecord> {
    const nowMs = this.#now();
    const { referenceImage, referenceImages, ...request } = input.request;
    if (referenceImage != null || referenceImages != null)
      this.#referenceImages.set(request.clientJobId, { referenceImage, referenceImages });
    // Where a job was made only helps resume reach the same server; without it, resume uses the current settings.
    const endpoint = input.endpoint ?? (await Promise.resolve(this.#options.endpoint?.(input.providerId)).catch(() => undefined));
    const job = await this.ledger.put({
      id: request.clientJobId,
      providerId: input.providerId,
      providerName: input.providerName,
      request,
      referenceImageName: referenceImage?.fileName ?? referenceImages?.map((image) => image.fileName).join(', '),
      projectName: input.projectName,
      clientTag: input.clientTag,
      createdAtMs: nowMs,
      updatedAtMs: nowMs,
      phase: 'queued',
      estimatedCostUsd: input.estimatedCostUsd,
      outputFolder: input.outputFolder,
      endpoint: endpoint == null ? undefined : endpointForRecord(endpoint),
      catalogVersion: input.catalogVersion ?? this.#options.catalogVersion,
      ...(input.variation != null ? { variation: input.variation } : {}),
      warnings: [],
      downloadAttempts: 0,
    });
    this.#start(job.id);
    return job;
  }

  /** Continues every unfinished job without a blocking problem (on panel start, `cliprelay resume`). */
  resumeAll(): void {
    for (const job of this.ledger.list()) {
      if (!isTerminal(job) && !this.#running.has(job.id)) this.#start(job.id, true);
    }
  }

  /**
   * Runs a job again from where it stopped (a failed download, a refused create, a lost placement).
   * Never a second paid create: a create is sent again only when the provider holds no job for it
   * (it refused, or proved it has none); an unconfirmed job is looked up again, not re-posted.
   */
  async retry(id: string): Promise<void> {
    const job = this.ledger.get(id);
    if (job == null || this.#running.has(id)) return;
    if (job.phase === 'cancelled' || job.phase === 'placed' || job.phase === 'saved') return;
    if (job.phase === 'failed') {
      if (job.problem.retryable !== true || job.providerHold === 'unknown') return;
      const phase = job.ref == null ? 'queued' : job.assets == null ? 'generating' : 'downloading';
      if (phase === 'queued' && job.providerHold !== 'none') return;
      await this.#update(id, { phase, problem: undefined, providerHold: undefined });
    } else {
      await this.#update(id, { problem: undefined });
    }
    this.#start(id);
  }

  /**
   * For a provider that cannot be asked whether an unconfirmed create arrived: the user has seen
   * when it was sent and what the provider said, and chose to send it again (a second job may
   * be billed if the first did arrive). The same id is sent, so providers that honour it dedupe.
   */
  async recreate(id: string): Promise<void> {
    const job = this.ledger.get(id);
    if (job == null || this.#running.has(id) || job.phase !== 'unconfirmed') return;
    const provider = await this.#options.provider(job.providerId, job);
    // A provider that can be asked decides by reconciliation; the user only when it could not say
    // (the runner then recorded a problem that Retry cannot solve).
    if (provider.recover != null && job.problem?.retryable !== false) return;
    const sentAt = new Date(job.createSentAtMs).toISOString();
    await this.#update(id, {
      phase: 'queued',
      problem: undefined,
      ...withWarnings(job, [
        {
          message: `Sent again at your request; the first attempt (${sentAt}) may also have been created and billed by ${job.providerName}.`,
          localized: { id: 'errors.sentAgain', values: { sentAt, provider: job.providerName } },
        },
      ]),
    });
    this.#start(id);
  }

  async cancel(id: string): Promise<void> {
    const job = this.ledger.get(id);
    if (job == null || isTerminal(job)) return;
    this.#running.get(id)?.controller.abort(new CancelledError());
    if (job.ref != null) {
      const provider = await this.#options.provider(job.providerId, job);
      await provider.cancel?.(job.ref).catch(() => undefined); // best effort: the job is cancelled for us either way
    }
    this.#referenceImages.delete(id);
    const providerHold = job.ref != null ? 'held' : job.phase === 'creating' || job.phase === 'unconfirmed' ? 'unknown' : 'none';
    await this.#update(id, { phase: 'cancelled', problem: undefined, providerHold });
  }

  /**
   * Stops all work without changing any job (the panel closing, the CLI interrupted): the ledger
   * keeps each job's phase, and the next resumeAll() continues from there.
   */
  async stop(): Promise<void> {
    const runs = [...this.#running.values()];
    for (const run of runs) run.controller.abort(new StoppedError());
    // stop() only waits for the runs to end; each run's failure is already in its job record.
    await Promise.all(runs.map((run) => run.done.catch(() => undefined)));
  }

  /** Resolves when the job's current run ends (terminal, or stopped by a problem). */
  async settled(id: string): Promise<JobRecord | undefined> {
    await this.#running.get(id)?.done;
    return this.ledger.get(id);
  }

  #start(id: string, resumed = false): void {
    const controller = new AbortController();
    const done = this.#advance(id, controller.signal, resumed).finally(() => this.#running.delete(id));
    this.#running.set(id, { controller, done });
  }

  async #advance(id: string, signal: AbortSignal, resumed: boolean): Promise<JobRecord> {
    // Inside the job's own run, so the note never races a step's write of the same job.
    if (resumed) await this.#noteEndpointChange(id).catch(() => undefined);
    for (;;) {
      const job = this.ledger.get(id)!;
      if (isTerminal(job) || signal.aborted) return job;
      try {
        const next = await this.#step(job, signal);
        if (next == null) return this.ledger.get(id)!;
      } catch (error) {
        if (signal.aborted || error instanceof JobClaimedElsewhereError) return this.ledger.get(id)!;
        return this.#update(id, { problem: toProblem(error) }).catch((saveError: unknown) => {
          if (saveError instanceof JobClaimedElsewhereError) return this.ledger.get(id)!;
          throw saveError;
        });
      }
    }
  }

  /** Warns, once, that a resumed job is finished at the endpoint it was made at, not the one the settings name now. */
  async #noteEndpointChange(id: string): Promise<void> {
    const job = this.ledger.get(id);
    if (this.#options.noteEndpointChanges !== true || job?.endpoint == null || this.#options.endpoint == null) return;
    const current = await this.#options.endpoint(job.providerId);
    if (current == null || sameEndpoint(current, job.endpoint)) return;
    const now = endpointForRecord(current);
    const note = `Created at ${job.endpoint}; the settings now name ${now}, so it is finished where it was created.`;
    const localized = { id: 'errors.endpointChanged', values: { createdAt: job.endpoint, current: now } } as const;
    if (!job.warnings.includes(note)) await this.#update(id, withWarnings(job, [{ message: note, localized }]));
  }

  /** One phase of work; returns the updated job, or null when the job must wait (a problem was recorded). */
  async #step(job: JobRecord, signal: AbortSignal): Promise<JobRecord | null> {
    switch (job.phase) {
      case 'queued':
        return this.#create(job, signal);
      case 'creating':
        // The request may have been sent before the reload: find out, never send it again.
        return this.#update(job.id, { phase: 'unconfirmed', createSentAtMs: job.createSentAtMs });
      case 'unconfirmed':
        return this.#reconcile(job, signal);
      case 'generating':
        return this.#generate(job, signal);
      case 'downloading':
        return this.#download(job, signal);
      case 'placing':
        return this.#place(job);
      default:
        return null;
    }
  }

  async #create(job: JobRecord, signal: AbortSignal): Promise<JobRecord | null> {
    const images = this.#referenceImages.get(job.id);
    if (job.referenceImageName != null && images == null) {
      // The bytes lived in the session that submitted the job (see JobRecord.request); sending the
      // prompt alone would be a different, paid generation.
      return this.#update(job.id, {
        phase: 'failed',
        providerHold: 'none',
        problem: {
          message: `The reference image "${job.referenceImageName}" was not kept after ClipRelay restarted, and this job had not been sent yet; nothing was charged. Choose the image again and generate anew.`,
          retryable: false,
        },
      });
    }
    const release = await this.#providerSlots.acquire(job.providerId, 0, signal);
    try {
      const provider = await this.#options.provider(job.providerId, job);
      if (!(await this.#modelIsListed(provider, job, signal))) {
        return this.#update(job.id, {
          phase: 'failed',
          providerHold: 'none',
          problem: { message: await this.#explainUnavailableModel(job), retryable: false },
        });
      }
      // queued → creating is the claim: a second process that loaded the same queued job is
      // refused here (JobClaimedElsewhereError), so one job is never created twice.
      const sent = await this.#update(job.id, { phase: 'creating', createSentAtMs: this.#now(), problem: undefined });
      try {
        const started = await provider.start(images == null ? job.request : { ...job.request, ...images }, { signal });
        this.#referenceImages.delete(job.id);
        return this.#update(job.id, {
          phase: 'generating',
          ref: started.ref,
          ...withWarnings(
            sent,
            started.warnings.map((warning) => ({ message: warning.details, localized: warning.localized })),
          ),
        });
      } catch (error) {
        if (signal.aborted) throw error;
        return this.#createFailed(sent, provider, error, signal);
      }
    } finally {
      release();
    }
  }

  /** A create that did not come back accepted: nothing sent, a refusal, or an unknown outcome. */
  async #createFailed(job: JobRecord, provider: VideoProvider, error: unknown, signal: AbortSignal): Promise<JobRecord | null> {
    const kind = classifyCreateFailure(error);
    if (kind === 'not-sent') {
      this.#referenceImages.delete(job.id);
      return this.#update(job.id, {
        phase: 'failed',
        providerHold: 'none',
        // A connection never made says so in its own words, and may simply be tried again; a local refusal needs the request changed.
        problem:
          error instanceof ProviderApiError && error.neverSent
            ? toProblem(error)
            : { message: describeLocalRefusal(error, job.providerName, job.request), retryable: false },
      });
    }
    const answer = describeError(error);
    if (kind === 'refused') {
      // A provider refusing our own id as a duplicate holds the job (our create arrived earlier,
      // e.g. re-sent by the browser): ask it by that id before believing the refusal.
      const mayBeDuplicate = error instanceof ProviderApiError && (error.kind === 'invalid-request' || error.status === 409);
      if (!mayBeDuplicate || provider.recover == null) {
        return this.#update(job.id, { phase: 'failed', providerHold: 'none', problem: toProblem(error), createAnswer: answer });
      }
      try {
        const existing = await provider.recover(job.request, { signal });
        if (existing == null)
          return this.#update(job.id, { phase: 'failed', providerHold: 'none', problem: toProblem(error), createAnswer: answer });
        this.#referenceImages.delete(job.id);
        return this.#update(job.id, { phase: 'generating', ref: existing, createAnswer: answer, problem: undefined });
      } catch (lookupError) {
        if (signal.aborted) throw lookupError;
        // The look-up could not decide. A refusal that names a duplicate, or a look-up that may work
        // later, keeps the job unconfirmed; otherwise the provider's own "no" stands (shrunk from
        // the property run: BytePlus refusing a bad parameter while its task list was too long to
        // search left a never-created job "unconfirmed: check the console" for ever).
        const namesDuplicate =
          error instanceof ProviderApiError && (error.status === 409 || /duplicate|already exist/i.test(error.message));
        if (!namesDuplicate && !isTransientLookupError(lookupError)) {
          return this.#update(job.id, { phase: 'failed', providerHold: 'none', problem: toProblem(error), createAnswer: answer });
        }
      }
    }
    return this.#update(job.id, {
      phase: 'unconfirmed',
      createAnswer: answer,
      problem: {
        message: `${job.providerName} did not confirm the create (${answer}); checking whether the job exists…`,
        retryable: true,
        localized: { id: 'errors.createUnconfirmed', values: { provider: job.providerName, answer } },
      },
    });
  }

  /**
   * Whether the provider's own listing still has the job's model, asked before a paid create is
   * recorded as sent. True when the provider offers no listing, or the listing itself fails: a
   * check that cannot be made must not block generation; the create then speaks for itself.
   */
  async #modelIsListed(provider: VideoProvider, job: JobRecord, signal: AbortSignal): Promise<boolean> {
    if (provider.listAvailableModels == null) return true;
    try {
      const listed = await provider.listAvailableModels({ signal });
      return listed.includes(job.request.model);
    } catch (error) {
      if (signal.aborted) throw error;
      return true;
    }
  }

  async #explainUnavailableModel(job: JobRecord): Promise<string> {
    if (this.#options.explainUnavailableModel != null) return this.#options.explainUnavailableModel(job);
    const catalog = loadBuiltinCatalog();
    const today = isoDay(this.#now());
    const model = findCatalogModel(catalog, job.request.model);
    const candidates = [
      ...new Set((model == null ? [] : familyAlternatives(model, catalog, today)).map((alternative) => alternative.provider)),
    ];
    const configured: string[] = [];
    for (const providerId of candidates) {
      // Creating a provider only reads its settings; one without keys refuses.
      const created = await this.#options.provider(providerId).then(
        () => true,
        () => false,
      );
      if (created) configured.push(providerId);
    }
    return unavailableModelMessage({
      catalog,
      providerName: job.providerName,
      modelId: job.request.model,
      configuredProviderIds: configured,
      today,
    });
  }

  /**
   * Finds out whether an unconfirmed create arrived. Lookups that fail (429, 5xx, network,
   * malformed answers) are asked again with backoff honouring Retry-After, and the job stays
   * unconfirmed and visible meanwhile; "not there" counts as absence only once the grace period
   * since the create was sent has passed. Without a lookup by our id, the user decides.
   */
  async #reconcile(job: JobRecord & { phase: 'unconfirmed' }, signal: AbortSignal): Promise<JobRecord | null> {
    const provider = await this.#options.provider(job.providerId, job);
    if (provider.recover == null) {
      await this.#update(job.id, { problem: { message: noLookupMessage(job), retryable: false } });
      return null;
    }
    const delay = this.#options.poll.delay ?? abortableDelay;
    const graceMs = this.#options.reconcileGraceMs ?? 30_000;
    const firstBackoffMs = this.#options.reconcileBackoffMs ?? 2_000;
    const startedAtMs = this.#now();
    for (let failures = 0; ;) {
      let ref: Awaited<ReturnType<NonNullable<VideoProvider['recover']>>>;
      try {
        ref = await provider.recover(job.request, { signal });
      } catch (error) {
        if (signal.aborted) throw error;
        if (!isTransientLookupError(error)) {
          // The provider answered but cannot say (BytePlus with a task list too long to search, a
          // refused key): asking again the same way will not settle it, so the user decides with
          // the facts, as for a provider without a look-up (shrunk from the long property run).
          await this.#update(job.id, { problem: { message: undecidedMessage(job, describeError(error)), retryable: false } });
          return null;
        }
        failures++;
        const backoffMs = Math.min(firstBackoffMs * 2 ** (failures - 1), 60_000);
        const hintMs = error instanceof ProviderApiError && error.retryAfterSeconds != null ? error.retryAfterSeconds * 1000 : 0;
        const waitMs = Math.max(backoffMs, hintMs);
        const gaveUp = this.#now() - startedAtMs + waitMs > this.#options.poll.timeoutMs;
        await this.#update(job.id, {
          problem: {
            message:
              `${job.providerName} could not be asked whether job ${job.id} exists (${describeError(error)}). ` +
              (gaveUp
                ? 'It is kept unconfirmed, never sent again: Retry asks again.'
                : `Asking again in ${Math.ceil(waitMs / 1000)} s; nothing is sent again.`),
            retryable: true,
          },
        });
        if (gaveUp) return null;
        await delay(waitMs, signal);
        continue;
      }
      if (ref != null) return this.#update(job.id, { phase: 'generating', ref, problem: undefined });
      const sinceSentMs = this.#now() - job.createSentAtMs;
      if (sinceSentMs < graceMs) {
        await this.#update(job.id, {
          problem: {
            message: `${job.providerName} does not show job ${job.id} yet; asking again until ${Math.round(graceMs / 1000)} s after it was sent.`,
            retryable: true,
            localized: {
              id: 'errors.jobNotShownYet',
              values: { provider: job.providerName, jobId: job.id, seconds: String(Math.round(graceMs / 1000)) },
            },
          },
        });
        await delay(Math.max(Math.min(graceMs - sinceSentMs, this.#options.poll.intervalMs), 1), signal);
        continue;
      }
      return this.#update(job.id, {
        phase: 'failed',
        providerHold: 'none',
        problem: {
          message: `${job.providerName} has no job ${job.id} ${Math.round(sinceSentMs / 1000)} s after it was sent: the request never arrived, so nothing was charged. Retry creates it (with the same id, so never twice).`,
          retryable: true,
          localized: {
            id: 'errors.createNeverArrived',
            values: { provider: job.providerName, jobId: job.id, seconds: String(Math.round(sinceSentMs / 1000)) },
          },
        },
      });
    }
  }

  async #generate(job: JobRecord, signal: AbortSignal): Promise<JobRecord | null> {
    const provider = await this.#options.provider(job.providerId, job);
    try {
      const done = await pollUntilDone(provider, job.ref!, {
        ...this.#options.poll,
        signal,
        onStatus: (status) => {
          if (status.state === 'pending' && status.progress != null && status.progress !== this.ledger.get(job.id)?.progress) {
            this.#updateInBackground(job.id, { progress: status.progress });
          }
        },
      });
      return this.#update(job.id, { phase: 'downloading', assets: done.assets, progress: undefined, problem: undefined });
    } catch (error) {
      if (error instanceof ProviderJobFailedError) {
        return this.#update(job.id, {
          phase: 'failed',
          providerHold: 'held',
          problem: {
            message: error.moderated ? `${job.providerName} refused the content: ${error.reason}` : error.message,
            moderated: error.moderated,
            retryable: false,
            ...localizedField(
              error.moderated
                ? {
                    id: 'errors.providerRefusedContent',
                    values: { provider: job.providerName },
                    providerSaid: { provider: job.providerName, text: error.reason },
                  }
                : error.localized,
            ),
          },
        });
      }
      throw error;
    }
  }

  async #download(job: JobRecord, signal: AbortSignal): Promise<JobRecord | null> {
    const nowMs = this.#now();
    const asset = job.assets?.find((candidate) => candidate.expiresAtMs == null || candidate.expiresAtMs > nowMs);
    if (asset == null) {
      return this.#update(job.id, {
        phase: 'failed',
        providerHold: 'held',
        problem: {
          message: `The ${job.providerName} result link expired before it was downloaded; the provider no longer has the file.`,
          retryable: false,
        },
      });
    }
    const release = await this.#downloadSlots.acquire('download', asset.expiresAtMs ?? Number.MAX_SAFE_INTEGER, signal);
    try {
      // The last attempt's problem goes: this one is under way (a new one replaces it if it fails too).
      await this.#update(job.id, { downloadAttempts: job.downloadAttempts + 1, progress: 0, problem: undefined });
      const provider = await this.#options.provider(job.providerId, job);
      const folder = this.#mediaFolder(job);
      const file = await folder.createFile(this.#options.fileName(job));
      // A clip clearly shorter than the provider reported is refused before it gets its final name.
      const sink =
        asset.durationSeconds == null
          ? file.sink
          : durationCheckedSink(file.sink, { reportedSeconds: asset.durationSeconds, providerName: job.providerName });
      const deadline = downloadDeadline(signal, this.#options.downloadTimeoutMs, job.providerName);
      let lastReported = 0;
      try {
        await provider
          .download(asset, sink, {
            signal: deadline.signal,
            onProgress: ({ receivedBytes, totalBytes }) => {
              if (totalBytes == null || totalBytes === 0) return;
              const fraction = receivedBytes / totalBytes;
              if (fraction - lastReported < 0.05 && fraction < 1) return; // a ledger write per 5 %
              lastReported = fraction;
              this.#updateInBackground(job.id, { progress: fraction });
            },
          })
          .finally(() => deadline.clear());
      } catch (error) {
        // Signed result links expire (minutes to hours after the job ends) while the provider still
        // holds the result and signs a fresh link whenever its status is read: read it again, once a
        // run, instead of asking the same dead link forever. A provider that no longer has the
        // result says so when asked, and the job fails with its words.
        if (!isRefusedLink(error) || job.ref == null || this.#linksReadAgain.has(job.id)) throw error;
        this.#linksReadAgain.add(job.id);
        return this.#update(job.id, { phase: 'generating', assets: undefined, progress: undefined, problem: undefined });
      }
      const info = (await folder.inspect?.(file.path)) ?? inspectMp4(await folder.readFile(file.path));
      const added: HostNote[] = [];
      if (job.request.audio && info.audio == null) {
        added.push({
          message: `${job.providerName} returned a clip without an audio track.`,
          localized: { id: 'errors.clipWithoutAudio', values: { provider: job.providerName } },
        });
      }
      // The file is complete by its own sizes (downloadToSink) and not clearly short (the sink refuses
      // that); a file far longer than reported is worth a word, not a refusal: providers pad.
      if (asset.durationSeconds != null && clipExcessSeconds(info.durationSeconds, asset.durationSeconds) != null) {
        added.push(clipLongerThanReported(job.providerName, asset.durationSeconds, info.durationSeconds));
      }
      const { warnings, warningWords } = withWarnings(job, added);
      return this.#update(job.id, {
        phase: this.#options.host == null ? 'saved' : 'placing',
        // Result URLs are signed and short-lived: once the file is here they are not kept, only
        // where the file came from (host and path: a query may carry a signature or a key).
        assets: undefined,
        downloadedFrom: urlWithoutSecrets(asset.url),
        mediaPath: file.path,
        media: {
          durationSeconds: info.durationSeconds,
          hasAudio: info.audio != null,
          width: info.width,
          height: info.height,
          frameRate: info.frameRate,
        },
        warnings: this.#options.host == null ? [...warnings, ...(await this.#writeSidecar(job, file.path, info))] : warnings,
        warningWords,
        progress: undefined,
        problem: undefined,
      });
    } finally {
      release();
    }
  }

  #mediaFolder(job: JobRecord): MediaFolder {
    const { mediaFolder } = this.#options;
    return typeof mediaFolder === 'function' ? mediaFolder(job) : mediaFolder;
  }

  async #place(job: JobRecord): Promise<JobRecord | null> {
    const { host } = this.#options;
    if (host == null) return this.#update(job.id, { phase: 'saved' });
    // Placed before a reload whose ledger write did not land? Then it is already there: never twice.
    const already = await findPlacedMedia(host, job.mediaPath!);
    if (already != null) return this.#update(job.id, { phase: 'placed', placement: already, problem: undefined });
    // Placement and provenance are one undo step; the import into the bin is the host's own.
    const { imported, placed, provenanceRecorded, notices } = await placeMedia({
      host,
      mediaPath: job.mediaPath!,
      durationSeconds: job.media!.durationSeconds,
      format: job.media,
      binPath: this.#options.binPath(job),
      undoLabel: `ClipRelay: place ${job.providerName} clip`,
      placement: this.#options.placement,
      provenance: provenanceOf(job),
    });
    const recorded = await recordClipProvenance({
      host,
      alreadyInProject: provenanceRecorded,
      sidecars: this.#options.sidecars,
      itemId: imported.itemId,
      mediaPath: job.mediaPath!,
      media: { ...job.media!, sha256: null },
      provenance: provenanceOf(job),
      job: { projectName: job.projectName, clientTag: job.clientTag },
    });
    return this.#update(job.id, {
      // Added to the bin only: on disk and in the project, no timeline edit.
      ...(placed == null ? { phase: 'saved' as const } : { phase: 'placed' as const, placement: placed }),
      binItemId: imported.itemId,
      ...withWarnings(job, [...notices, ...recorded.warnings]),
      problem: undefined,
    });
  }

  /** The CLI has no project to record provenance in: the sidecar beside the clip carries it. */
  async #writeSidecar(job: JobRecord, mediaPath: string, info: Mp4Info): Promise<string[]> {
    const { sidecars } = this.#options;
    if (sidecars == null) return [];
    const media = {
      fileName: mediaPath.split(/[\\/]/).pop() ?? mediaPath,
      durationSeconds: info.durationSeconds,
      width: info.width,
      height: info.height,
      frameRate: info.frameRate,
      hasAudio: info.audio != null,
      sha256: null,
    };
    try {
      await sidecars.writeBeside(
        mediaPath,
        provenanceSidecarFileName(mediaPath),
        serializeProvenanceSidecar(provenanceOf(job), media, {
          projectName: job.projectName,
          clientTag: job.clientTag,
        }),
      );
      return [];
    } catch (error) {
      return [`The provenance sidecar could not be written: ${describeError(error)}`];
    }
  }

  /** Applies a step's change; the ledger checks the result against its phase before storing it. */
  #update(id: string, patch: JobPatch): Promise<JobRecord> {
    const job = this.ledger.get(id)!;
    // A step finishing after the user cancelled must not bring the job back.
    if (job.phase === 'cancelled') return Promise.resolve(job);
    return this.ledger.put({ ...job, ...patch, updatedAtMs: this.#now() } as JobRecord);
  }

  /** A progress write nobody waits for: a failure to store a percentage must not become an unhandled rejection. */
  #updateInBackground(id: string, patch: JobPatch): void {
    this.#update(id, patch).catch(() => undefined);
  }
}

class StoppedError extends AppError {
  constructor() {
    super('ClipRelay stopped; the job resumes when it starts again.');
    this.name = 'StoppedError';
  }
}

class CancelledError extends AppError {
  constructor() {
    super('Cancelled by the user.');
    this.name = 'CancelledError';
  }
}

/** What the project and the sidecar record about where a clip came from. */
function provenanceOf(job: JobRecord): ClipProvenance {
  return {
    prompt: job.request.prompt,
    providerId: job.providerId,
    model: job.request.model,
    jobId: job.ref?.jobId ?? job.id,
    seed: job.request.seed ?? null,
    costUsd: job.estimatedCostUsd,
    createdAt: new Date(job.createdAtMs).toISOString(),
  };
}

/** Facts for the user when the provider cannot be asked whether an unconfirmed create arrived. */
function noLookupMessage(job: JobRecord & { phase: 'unconfirmed' }): string {
  return undecidedMessage(job, null);
}

/** The same facts when the look-up answered without deciding (`lookupAnswer`, e.g. a list too long to search). */
function undecidedMessage(job: JobRecord & { phase: 'unconfirmed' }, lookupAnswer: string | null): string {
  const sentAt = new Date(job.createSentAtMs).toISOString().replace('T', ' ').slice(0, 19);
  const asked =
    lookupAnswer == null
      ? `${job.providerName} cannot be asked whether job ${job.id} exists.`
      : `${job.providerName} could not say whether job ${job.id} exists: ${lookupAnswer}`;
  return (
    `${asked} The create was sent at ${sentAt} UTC` +
    `${job.createAnswer == null ? ' and no answer came back' : ` and ${job.providerName} answered: ${job.createAnswer}`}. ` +
    `Check its dashboard: if the clip is not there, create it again (about $${job.estimatedCostUsd.toFixed(2)}; if the first one did arrive, both are billed).`
  );
}

/** The file host refused the result link itself (expired, revoked, gone: 401/403/404/410), not the connection. */
function isRefusedLink(error: unknown): boolean {
  return (
    AppError.isInstance(error) && error instanceof ProviderApiError && error.status != null && [401, 403, 404, 410].includes(error.status)
  );
}

/** A reconciliation lookup that may work when asked again. */
function isTransientLookupError(error: unknown): boolean {
  if (error instanceof InvalidResponseError) return true;
  return AppError.isInstance(error) && error instanceof ProviderApiError && error.isRetryable;
}

function toProblem(error: unknown): JobProblem {
  // The catalog message goes with the English one, so the panel can say it in the editor's language.
  const localized = localizedField(AppError.isInstance(error) ? error.localized : undefined);
  if (AppError.isInstance(error) && error instanceof ProviderApiError) {
    return { message: error.message, moderated: error.kind === 'moderation', retryable: error.isRetryable, ...localized };
  }
  if (error instanceof DownloadVerificationError) return { message: error.message, retryable: true, ...localized };
  return { message: describeError(error), retryable: true, ...localized };
}

/** The problem's `localized` field: present only when there is a message (no undefined field in the ledger). */
function localizedField(localized: LocalizedMessage | undefined): { localized?: LocalizedMessage } {
  return localized == null ? {} : { localized };
}

export type { JobRecord };
