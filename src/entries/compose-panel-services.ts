import { trackRoleChoicesFor } from '../domain/preferences/sequence-track-roles';
import type { NleHost } from '../hosts/spec';
import { buildPackHosts } from '../platform/build-pack-hosts';
import type { LedgerStorage } from '../platform/ledger-storage';
import type { PackFetcher } from '../platform/pack-fetcher';
import type { SettingsStore } from '../platform/settings-store';
import type { MediaFolder } from '../platform/media-folder';
import type { PreferencesStore } from '../platform/preferences-store';
import type { SidecarWriter } from '../platform/sidecar-writer';
import type { ModelCatalog } from '../providers/catalog';
import { PROVIDER_REGISTRATIONS } from '../providers/registry';
import type { ProviderRegistration } from '../providers/spec';
import type { PanelServices } from '../ui/panel-services';
import { cachedPreferences } from '../ui/preferences-cache';
import { inCooperativeSlices } from '../shared/cooperative-slices';
import { catalogVersion } from '../workflows/jobs/catalog-version';
import { JobLedger } from '../workflows/jobs/job-ledger';
import { JobRunner, type JobRunnerOptions } from '../workflows/jobs/job-runner';
import { PackSubscriptions } from '../workflows/packs/pack-subscriptions';
import { jobNaming } from './job-naming';
import { providerChoice } from './provider-choice';
import { trackedPackSubscriptions } from './tracked-pack-subscriptions';
import type { PackFileSource } from '../platform/pack-file-source';
import { packFetcherWithFiles } from '../workflows/packs/pack-fetcher-with-files';
import { ProviderNotInBuildError } from './provider-not-in-build-error';

/** How one provider is reached from this runtime; the catalog is added by the composition. */
type ProviderAccess = Omit<Parameters<typeof providerChoice>[1], 'catalog'>;

/** What differs between the Premiere panel and the sandbox page; everything else is composed the same way. */
export interface PanelRuntime {
  readonly host: NleHost;
  readonly catalog: ModelCatalog;
  /** Real endpoints and the key store (Premiere), or the emulators on this origin (sandbox). */
  readonly providerAccess: (registration: ProviderRegistration) => ProviderAccess;
  readonly preferences: PreferencesStore;
  readonly ledgerStorage: LedgerStorage;
  /** Where generated clips are written. */
  readonly mediaFolder: MediaFolder;
  /** The same folder as Settings shows it, with a way to choose another. @default undefined (fixed folder: the sandbox) */
  readonly choosableMediaFolder?: PanelServices['mediaFolder'];
  readonly sidecars: SidecarWriter;
  /** Real providers take minutes; the emulators answer in seconds. */
  readonly poll: JobRunnerOptions['poll'];
  readonly secrets?: PanelServices['secrets'];
  readonly readMedia?: PanelServices['readMedia'];
  readonly pickImage?: PanelServices['pickImage'];
  readonly saveTextFile?: PanelServices['saveTextFile'];
  readonly runDiagnostics?: PanelServices['runDiagnostics'];
  readonly diagnosticsHost?: PanelServices['diagnosticsHost'];
  /**
   * Agency pack subscriptions: the runtime's fetcher, where they are kept, and hosts allowed beside the build's
   * (buildPackHosts; the sandbox adds its own 127.0.0.1). @default undefined (no subscriptions in this runtime)
   */
  readonly packs?: {
    readonly fetcher: PackFetcher;
    readonly settings: SettingsStore;
    readonly extraHosts?: readonly string[];
    /** Pack files on a shared drive, picked in the panel and read again on each check. @default none (web addresses only) */
    readonly files?: PackFileSource;
  };
  /** @default Date.now */
  readonly now?: () => number;
  /** @default a random UUID prefixed "cliprelay-" */
  readonly newJobId?: () => string;
}

/**
 * The panel's services from the runtime's pieces: providers from the registry and the catalog,
 * preferences read once and cached (the runner names files with them at download time), the
 * ledger opened, and one job runner whose options — concurrency per provider, naming, polling —
 * come from the same place in every runtime. Unfinished jobs are not resumed here: the caller
 * does that when it is ready to show them.
 */
export async function composePanelServices(runtime: PanelRuntime): Promise<PanelServices> {
  const { host, catalog } = runtime;
  const providers = PROVIDER_REGISTRATIONS.map((registration) =>
    providerChoice(registration, { ...runtime.providerAccess(registration), catalog }),
  );
  const preferences = cachedPreferences(runtime.preferences);
  // An unreadable preferences file is the panel's to show (usePreferences shares this read): start on the defaults.
  await preferences.read().catch(() => undefined);
  const now = runtime.now ?? Date.now;
  const packs =
    runtime.packs == null
      ? null
      : trackedPackSubscriptions(
          new PackSubscriptions({
            settings: runtime.packs.settings,
            fetcher: runtime.packs.files == null ? runtime.packs.fetcher : packFetcherWithFiles(runtime.packs.fetcher, runtime.packs.files),
            allowedHosts: [...buildPackHosts(), ...(runtime.packs.extraHosts ?? [])],
            now,
          }),
          runtime.packs.files == null ? undefined : () => runtime.packs!.files!.pick(),
        );
  // Hashing the catalog costs ~130 ms the first time (cold), before the panel's first render: it is worked out when the
  // first job is sent (JobRunner reads the option then), once.
  let version: string | undefined;
  const jobs = new JobRunner({
    ledger: await JobLedger.open(runtime.ledgerStorage),
    provider: async (providerId, job) => {
      const choice = providers.find((candidate) => candidate.id === providerId);
      if (choice == null) throw new ProviderNotInBuildError({ providerId });
      return choice.create({ endpoint: job?.endpoint });
    },
    // Recorded with each job, so it is finished where it was made whatever the settings say later.
    endpoint: (providerId) => providers.find((candidate) => candidate.id === providerId)?.endpoint?.(),
    get catalogVersion() {
      return (version ??= catalogVersion(catalog));
    },
    noteEndpointChanges: true,
    host,
    mediaFolder: runtime.mediaFolder,
    poll: runtime.poll,
    maxConcurrentPerProvider: preferences.current.maxConcurrentPerProvider,
    sidecars: runtime.sidecars,
    // The Duck tab's role choices for the sequence the clip goes into: never onto a track the editor calls voice.
    placement: (sequence) => ({
      trackRoles: trackRoleChoicesFor(preferences.current.trackRolesBySequence, sequence),
      // The Generate tab's "Add to bin only", as set when the clip arrives.
      binOnly: preferences.current.newClipPlacement === 'bin',
    }),
    now,
    // Files are named when a clip downloads: under the subscribed agency packs too, as the panel's policy is.
    ...jobNaming(() =>
      packs == null ? preferences.current : { ...preferences.current, presetPacks: packs.packsInUse(preferences.current.presetPacks) },
    ),
  });
  return {
    host,
    providers,
    catalog,
    jobs,
    preferences,
    secrets: runtime.secrets,
    mediaFolder: runtime.choosableMediaFolder,
    // The panel reads media on its only thread (UXP has no Worker): in slices, so a long voice-over never freezes it.
    readMedia: runtime.readMedia == null ? undefined : cooperativeReadMedia(runtime.readMedia),
    pickImage: runtime.pickImage,
    saveTextFile: runtime.saveTextFile,
    runDiagnostics: runtime.runDiagnostics,
    diagnosticsHost: runtime.diagnosticsHost,
    packSubscriptions: packs?.subscriptions,
    newJobId: runtime.newJobId ?? (() => `cliprelay-${crypto.randomUUID()}`),
    now,
  };
}

function cooperativeReadMedia(readMedia: NonNullable<PanelServices['readMedia']>): NonNullable<PanelServices['readMedia']> {
  return (mediaPath) => inCooperativeSlices(readMedia(mediaPath));
}
