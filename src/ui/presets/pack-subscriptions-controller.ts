import type { PresetPack } from '../../domain/presets';
import { describeError } from '../../shared/app-error';
import type { PackSubscriptionView } from '../../workflows/packs/pack-subscriptions';
import { packsInUse } from '../../workflows/packs/packs-in-use';
import type { PanelPackSubscriptions } from '../panel-services';

/** What the Presets tab shows of the subscriptions at one moment. */
export interface SubscriptionsSnapshot {
  readonly views: readonly PackSubscriptionView[];
  /** The packs in use, in subscription order, for the effective policy and the preset layers. */
  readonly packs: readonly PresetPack[];
  /** A subscribe, check, apply or removal is under way. */
  readonly busy: boolean;
  /** Why the editor's last action did not work, in their words; null when it did. A pack's own check problem is on its view. */
  readonly problem: string | null;
  /** Updates the editor put off ("Later") this session, as `id@version`; a required one is never put off. */
  readonly postponed: ReadonlySet<string>;
}

export const EMPTY_SUBSCRIPTIONS: SubscriptionsSnapshot = { views: [], packs: [], busy: false, problem: null, postponed: new Set() };

/**
 * The editor's actions on pack subscriptions, one at a time, each ending in a new snapshot (told to
 * `onChange`): a failure becomes the snapshot's problem instead of an exception, so a button never
 * leaves an unhandled rejection and the last good packs stay in use.
 */
export class PackSubscriptionsController {
  #snapshot: SubscriptionsSnapshot = EMPTY_SUBSCRIPTIONS;
  readonly #subscriptions: PanelPackSubscriptions;
  readonly #onChange: (snapshot: SubscriptionsSnapshot) => void;
  readonly #describeProblem: (error: unknown) => string;

  /** `describeProblem`: a failure in the panel's language (describeErrorIn: each error carries its catalog message). @default the error's own words */
  constructor(
    subscriptions: PanelPackSubscriptions,
    onChange: (snapshot: SubscriptionsSnapshot) => void,
    describeProblem: (error: unknown) => string = describeError,
  ) {
    this.#subscriptions = subscriptions;
    this.#onChange = onChange;
    this.#describeProblem = describeProblem;
  }

  get snapshot(): SubscriptionsSnapshot {
    return this.#snapshot;
  }

  /** On start: the stored subscriptions at once (their packs apply without waiting for the network), then a check of each. */
  async start(): Promise<void> {
    await this.#run(() => this.#subscriptions.list());
    await this.checkNow();
  }

  checkNow(): Promise<boolean> {
    return this.#run(() => this.#subscriptions.checkAll());
  }

  /** Installs the pack at `location`; true when it worked (the form clears its field). */
  subscribe(location: string): Promise<boolean> {
    return this.#run(async () => {
      await this.#subscriptions.subscribe(location.trim());
      return this.#subscriptions.list();
    });
  }

  /** Whether the runtime can pick a pack file (a shared drive) to install. */
  get canInstallFromFile(): boolean {
    return this.#subscriptions.pickFile != null;
  }

  /**
   * Installs a pack from a file the editor picks, under the same rules as a web address (signature,
   * pinned key, later checks with the diff shown first); true when it worked, false when it did not
   * or the picker was dismissed (nothing changes then).
   */
  installFromFile(): Promise<boolean> {
    const pickFile = this.#subscriptions.pickFile;
    if (pickFile == null) return Promise.resolve(false);
    return this.#run(async () => {
      const picked = await pickFile();
      if (picked != null) await this.#subscriptions.subscribe(picked.location);
      return this.#subscriptions.list();
    });
  }

  apply(id: string): Promise<boolean> {
    return this.#run(async () => {
      await this.#subscriptions.applyUpdate(id);
      return this.#subscriptions.list();
    });
  }

  unsubscribe(id: string): Promise<boolean> {
    return this.#run(async () => {
      await this.#subscriptions.unsubscribe(id);
      return this.#subscriptions.list();
    });
  }

  /** "Later": hides an optional update until the next start or the next release. */
  postpone(id: string): void {
    const view = this.#snapshot.views.find((candidate) => candidate.id === id);
    if (view?.update == null || view.update.required) return;
    this.#set({ postponed: new Set([...this.#snapshot.postponed, `${id}@${view.update.version}`]) });
  }

  async #run(work: () => Promise<readonly PackSubscriptionView[]>): Promise<boolean> {
    this.#set({ busy: true, problem: null });
    try {
      const views = await work();
      this.#set({ views, packs: packsInUse([], views), busy: false });
      return true;
    } catch (error) {
      this.#set({ busy: false, problem: this.#describeProblem(error) });
      return false;
    }
  }

  #set(patch: Partial<SubscriptionsSnapshot>): void {
    this.#snapshot = { ...this.#snapshot, ...patch };
    this.#onChange(this.#snapshot);
  }
}

/** Whether the editor put this update off ("Later"); a required update is always shown. */
export function isPostponed(snapshot: SubscriptionsSnapshot, view: PackSubscriptionView): boolean {
  return view.update != null && !view.update.required && snapshot.postponed.has(`${view.id}@${view.update.version}`);
}
