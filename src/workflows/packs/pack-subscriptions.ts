import { afterApply, afterCheck, type CheckOutcome, type SubscriptionState } from '../../domain/packs/subscription-state';
import { describePackDiff } from '../../domain/packs/describe-pack-diff';
import { diffPacks, type PackDiff } from '../../domain/packs/pack-diff';
import { packHostAllowed } from '../../domain/packs/pack-host-allowed';
import { keyFingerprint, openSignedPack } from '../../domain/packs';
import type { PresetPack } from '../../domain/presets';
import type { PackFetcher } from '../../platform/pack-fetcher';
import { readStoredJson } from '../../platform/read-stored-json';
import type { SettingsStore, SettingsValue } from '../../platform/settings-store';
import { AppError, describeError, InvariantError, type LocalizedMessage } from '../../shared/app-error';
import { redactEchoedSecrets } from '../../shared/redact-echoed-secrets';
import { redactedLocalizedMessage } from '../jobs/storable-localized-message';
import { PackHostNotAllowedError } from './pack-host-not-allowed-error';
import { packsInUse } from './packs-in-use';
import { packSubscriptionListSchema, type PackSubscriptionRecord } from './pack-subscription-record';

const SETTINGS_KEY = 'packSubscriptions';

/** A subscription as the panel shows it. */
export interface PackSubscriptionView {
  readonly id: string;
  readonly location: string;
  /** The pack in use (the last good release); null only when its stored copy no longer verifies (see `problem`). */
  readonly pack: PresetPack | null;
  /** The pinned agency key, as people compare it ("3f2a 9c01 77de b4e0"). */
  readonly fingerprint: string;
  readonly lastCheckedAtMs: number | null;
  /** Why the last check did not bring anything, in the editor's words; null when it worked. */
  readonly problem: string | null;
  /** The problem's catalog message, so the card says it in the editor's language; absent where it has none. */
  readonly problemLocalized?: LocalizedMessage;
  /** A newer release waiting to be applied, with what it changes; null when there is none. */
  readonly update: {
    readonly version: number;
    readonly required: boolean;
    readonly diff: PackDiff;
    readonly changes: readonly string[];
  } | null;
}

interface PackSubscriptionsOptions {
  readonly settings: SettingsStore;
  readonly fetcher: PackFetcher;
  /** The build's pack hosts (cliprelay.build.json); a web address elsewhere is refused. File paths are not checked. */
  readonly allowedHosts: readonly string[];
  readonly now?: () => number;
  /** @default a time-based id */
  readonly newId?: () => string;
}

/**
 * Agency packs the editor subscribed to: installed from a web address or a file, re-checked on
 * start and on demand with conditional requests, updated only by the editor's choice (or because
 * the agency marked the release required), and always verified under the key pinned at first
 * install. A check never throws at the editor: whatever goes wrong is kept as the subscription's
 * problem and the last good pack keeps working.
 */
export class PackSubscriptions {
  readonly #options: PackSubscriptionsOptions;
  readonly #now: () => number;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: PackSubscriptionsOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  /**
   * Every subscription. One whose stored pack no longer verifies (the settings file was edited by
   * hand) is listed without a pack and with the reason; the others are not affected.
   */
  async list(): Promise<PackSubscriptionView[]> {
    return (await this.#read()).map(safeView);
  }

  /** The packs in use, in subscription order, for effectivePolicy and the preset layers. */
  async packs(): Promise<PresetPack[]> {
    return packsInUse([], await this.list());
  }

  /**
   * Installs a signed pack from `location` and pins its key. Throws (for the dialog to show) when
   * the host is not allowed, the fetch fails, the signature does not verify, or the same location
   * is already subscribed.
   */
  subscribe(location: string, signal?: AbortSignal): Promise<PackSubscriptionView> {
    return this.#serialized(async () => {
      this.#assertHostAllowed(location);
      const records = await this.#read();
      if (records.some((record) => record.location === location)) throw new PackAlreadySubscribedError(location);
      const fetched = await this.#options.fetcher.fetchPack(location, {}, signal);
      if (fetched.kind !== 'fetched')
        throw new InvariantError({ message: 'A first download without validators came back "not modified".' });
      const verified = openSignedPack(fetched.text, { source: sourceName(location) });
      const nowMs = this.#now();
      const record: PackSubscriptionRecord = {
        id: this.#options.newId?.() ?? `pack-${nowMs.toString(36)}-${records.length}`,
        location,
        pinnedPublicKey: verified.publicKey,
        installedAtMs: nowMs,
        state: {
          current: { version: verified.pack.version, signedText: fetched.text },
          pending: null,
          validators: fetched.validators,
          lastCheckedAtMs: nowMs,
          lastProblem: null,
        },
      };
      await this.#write([...records, record]);
      return toView(record);
    });
  }

  /** Re-checks every subscription (on start, and when the editor asks). Never throws for a pack's own problems. */
  checkAll(signal?: AbortSignal): Promise<PackSubscriptionView[]> {
    return this.#serialized(async () => {
      const records = await this.#read();
      const checked: PackSubscriptionRecord[] = [];
      for (const record of records) checked.push({ ...record, state: checkedState(record, await this.#check(record, signal)) });
      await this.#write(checked);
      return checked.map(safeView);
    });
  }

  /** Makes the waiting release the pack in use. */
  applyUpdate(id: string): Promise<PackSubscriptionView> {
    return this.#serialized(async () => {
      const records = await this.#read();
      const record = records.find((candidate) => candidate.id === id);
      if (record == null) throw new PackSubscriptionMissingError(id);
      const applied = { ...record, state: afterApply(record.state) };
      await this.#write(records.map((candidate) => (candidate.id === id ? applied : candidate)));
      return toView(applied);
    });
  }

  unsubscribe(id: string): Promise<void> {
    return this.#serialized(async () => {
      await this.#write((await this.#read()).filter((record) => record.id !== id));
    });
  }

  async #check(record: PackSubscriptionRecord, signal: AbortSignal | undefined): Promise<CheckOutcome> {
    const atMs = this.#now();
    try {
      this.#assertHostAllowed(record.location);
      const fetched = await this.#options.fetcher.fetchPack(record.location, record.state.validators, signal);
      if (fetched.kind === 'not-modified') return { kind: 'not-modified', atMs };
      const verified = openSignedPack(fetched.text, { source: sourceName(record.location), pinnedPublicKey: record.pinnedPublicKey });
      return {
        kind: 'release',
        atMs,
        release: { version: verified.pack.version, signedText: fetched.text },
        required: verified.pack.updateRequired,
        validators: fetched.validators,
      };
    } catch (error) {
      const localized = AppError.isInstance(error) ? error.localized : undefined;
      return { kind: 'failed', atMs, message: describeError(error), ...(localized != null && { localized }) };
    }
  }

  #assertHostAllowed(location: string): void {
    if (!/^https?:\/\//i.test(location)) return;
    if (!packHostAllowed(location, this.#options.allowedHosts))
      throw new PackHostNotAllowedError({ host: new URL(location).hostname, allowedHosts: this.#options.allowedHosts });
  }

  async #read(): Promise<PackSubscriptionRecord[]> {
    const value = await this.#options.settings.get(SETTINGS_KEY);
    if (value == null) return [];
    // A stored message id is a string here; where it is shown, an id this build does not know keeps the English.
    return (
      (readStoredJson(JSON.stringify(value), packSubscriptionListSchema, 'pack subscriptions') as PackSubscriptionRecord[] | null) ?? []
    );
  }

  async #write(records: readonly PackSubscriptionRecord[]): Promise<void> {
    // Plain JSON: every record was read through the settings schema or built from one (interfaces carry no index type).
    await this.#options.settings.set(SETTINGS_KEY, records as unknown as SettingsValue);
  }

  #serialized<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}

/** The state after a check, its problem (the domain's words, or the error's) with echoed credentials blanked. */
function checkedState(record: PackSubscriptionRecord, outcome: CheckOutcome): SubscriptionState {
  const state = afterCheck(record.state, outcome);
  const problem = state.lastProblem;
  if (problem == null) return state;
  const { localized } = problem;
  return {
    ...state,
    lastProblem: {
      ...problem,
      message: redactEchoedSecrets(problem.message),
      ...(localized != null && { localized: redactedLocalizedMessage(localized) }),
    },
  };
}

/** toView, or the record without a pack and with the reason when its stored copy does not verify. */
function safeView(record: PackSubscriptionRecord): PackSubscriptionView {
  try {
    return toView(record);
  } catch (error) {
    return {
      id: record.id,
      location: record.location,
      pack: null,
      fingerprint: keyFingerprint(record.pinnedPublicKey),
      lastCheckedAtMs: record.state.lastCheckedAtMs,
      problem: `The stored copy of this pack cannot be trusted any more: ${describeError(error)} Remove the subscription and subscribe again.`,
      problemLocalized: { id: 'errors.packStoredCopyUntrusted', values: { reason: describeError(error) } },
      update: null,
    };
  }
}

/** The record as the panel shows it; its signed text is verified again under the pinned key. */
function toView(record: PackSubscriptionRecord): PackSubscriptionView {
  const state: SubscriptionState = record.state;
  const source = sourceName(record.location);
  const current = openSignedPack(state.current.signedText, { source, pinnedPublicKey: record.pinnedPublicKey }).pack;
  let update: PackSubscriptionView['update'] = null;
  if (state.pending != null) {
    const next = openSignedPack(state.pending.signedText, { source, pinnedPublicKey: record.pinnedPublicKey }).pack;
    const diff = diffPacks(current, next);
    update = { version: next.version, required: state.pending.required, diff, changes: describePackDiff(diff) };
  }
  return {
    id: record.id,
    location: record.location,
    pack: current,
    fingerprint: keyFingerprint(record.pinnedPublicKey),
    lastCheckedAtMs: state.lastCheckedAtMs,
    problem: state.lastProblem?.message ?? null,
    ...(state.lastProblem?.localized != null && { problemLocalized: state.lastProblem.localized }),
    update,
  };
}

/** "packs.acme.com/house.json" or the file's name: how messages name a subscribed pack. */
function sourceName(location: string): string {
  try {
    const url = new URL(location);
    return `${url.host}${url.pathname}`;
  } catch {
    return location.split(/[\\/]/).pop() ?? location;
  }
}

class PackAlreadySubscribedError extends AppError {
  constructor(location: string) {
    super(`You are already subscribed to ${location}; use Check for updates instead.`, {
      localized: { id: 'packs.alreadySubscribed', values: { location } },
    });
    this.name = 'PackAlreadySubscribedError';
  }
}

class PackSubscriptionMissingError extends AppError {
  constructor(id: string) {
    super(`The pack subscription ${id} is gone (removed in another window?); reopen the Presets tab.`, {
      localized: { id: 'packs.subscriptionGone', values: { id } },
    });
    this.name = 'PackSubscriptionMissingError';
  }
}
