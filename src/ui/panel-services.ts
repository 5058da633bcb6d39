import type { NleHost } from '../hosts/spec';
import type { DiagnosticsHost } from './diagnostics-section';
import type { PreferencesStore } from '../platform/preferences-store';
import type { SecretStore } from '../platform/secret-store';
import type { ModelCatalog } from '../providers/catalog';
import type { ReferenceImage, VideoProvider } from '../providers/spec';
import type { ReadMedia } from '../platform/read-media';
import type { DuckingResult } from '../workflows/apply-ducking';
import type { JobRunner } from '../workflows/jobs/job-runner';
import type { PackSubscriptions } from '../workflows/packs/pack-subscriptions';
import type { PackFileSource } from '../platform/pack-file-source';

/** A model the Generate form can offer, from the catalog. */
export interface ModelChoice {
  readonly id: string;
  readonly displayName: string;
  readonly durationsSeconds: readonly number[];
  readonly aspectRatios: readonly string[];
  readonly audio: 'always' | 'toggle' | 'none';
  /** Resolutions to offer, e.g. ["720p", "1080p"]. @default undefined (none offered: the model's default) */
  readonly resolutions?: readonly string[];
  /** Whether to offer a reference image. @default undefined (unknown: offered; the provider warns if unused) */
  readonly imageInput?: 'optional' | 'required' | 'none';
  readonly pricePerSecondUsd: number;
  /** Where the price depends on the resolution (Kling 3.0 4K). @default undefined (one price) */
  readonly pricePerSecondUsdByResolution?: Readonly<Record<string, number>>;
}

/** A secret a provider needs, by the name the provider's own tools use (e.g. KLING_ACCESS_KEY). */
interface CredentialField {
  readonly name: string;
  readonly label: string;
}

/** A provider the panel can use; `create` is called per generation so keys are read fresh. */
export interface ProviderChoice {
  readonly id: string;
  readonly displayName: string;
  readonly models: readonly ModelChoice[];
  /** Empty when the provider needs no key (emulators in the sandbox, self-hosted ComfyUI). */
  readonly credentials: readonly CredentialField[];
  /**
   * A provider reading keys now. `endpoint`: the base URL a job was created against (JobRecord.endpoint),
   * so it is finished there. @default the configured endpoint
   */
  create(options?: { readonly endpoint?: string }): Promise<VideoProvider>;
  /** Where a new job would be created with the current settings, recorded with it. @default not recorded */
  endpoint?(): Promise<string>;
}

/** Everything the panel needs from its composition root; the UI never sees a concrete host or vendor. */
export interface PanelServices {
  readonly host: NleHost;
  readonly providers: readonly ProviderChoice[];
  readonly catalog: ModelCatalog;
  readonly jobs: JobRunner;
  readonly preferences: PreferencesStore;
  /** Where keys are kept; undefined where no provider needs one (the sandbox). */
  readonly secrets?: SecretStore;
  /** Unique id per generation (idempotency key sent to the provider). */
  readonly newJobId: () => string;
  /** ms since epoch. */
  readonly now: () => number;
  /** The folder generated clips go to, for display; and a way to choose another. */
  readonly mediaFolder?: { describe(): Promise<string | null>; choose(): Promise<string | null> };
  /** Reads voice media for speech detection; absent where media cannot be read (speech ducking off). */
  readonly readMedia?: ReadMedia;
  /**
   * Lets the editor choose a first-frame image; resolves null when the picker is dismissed.
   * Absent where no picker exists (the reference image button is hidden).
   */
  readonly pickImage?: () => Promise<ReferenceImage | null>;
  /**
   * Saves a text file where the editor chooses (UXP's save dialog; a download in the sandbox); resolves where it went,
   * or null when dismissed. Absent where nothing can save (the Duck tab's Export ducked timeline is hidden).
   */
  readonly saveTextFile?: (suggestedName: string, text: string) => Promise<string | null>;
  /**
   * Told what the Duck tab planned (Preview, `written` false) or wrote (Apply): the sandbox draws its speech regions and
   * planned curves on the timeline. Absent where nothing draws them.
   */
  readonly onDuckPlan?: (plan: DuckingResult, written: boolean) => void;
  /** Agency packs subscribed to by web address, re-checked on start. Absent where the runtime cannot fetch packs. */
  readonly packSubscriptions?: PanelPackSubscriptions;
  /** Probes of the live host, as a copyable text report (Premiere only). */
  readonly runDiagnostics?: (options: { readonly readOnly?: boolean; readonly keepScratchSequence?: boolean }) => Promise<string>;
  /** Which host `runDiagnostics` probes, so Settings names it and its scratch edit. @default 'premiere' */
  readonly diagnosticsHost?: DiagnosticsHost;
}

/** What the panel uses of the pack subscriptions (PackSubscriptions; a fake in tests). */
export type PanelPackSubscriptions = Pick<PackSubscriptions, 'list' | 'subscribe' | 'checkAll' | 'applyUpdate' | 'unsubscribe'> & {
  /** Picks a pack file (a shared drive) to subscribe to by its location; absent where no file can be picked. */
  readonly pickFile?: PackFileSource['pick'];
};
