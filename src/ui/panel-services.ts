import type { DuckPreset } from '../domain/ducking';
import type { NleHost } from '../hosts/spec';
import type { VideoProvider } from '../providers/spec';
import type { SecretStore } from '../platform/secret-store';
import type { MediaFolder } from '../workflows/media-folder';
import type { PollOptions } from '../workflows/poll-until-done';

/** A model the Generate form can offer, from the catalog. */
export interface ModelChoice {
  readonly id: string;
  readonly displayName: string;
  readonly durationsSeconds: readonly number[];
  readonly audio: 'always' | 'toggle' | 'none';
}

/** A secret a provider needs, by the name the provider's own tools use (e.g. KLING_ACCESS_KEY). */
export interface CredentialField {
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
  create(): Promise<VideoProvider>;
}

/** Everything the panel needs from its composition root; the UI never sees a concrete host or vendor. */
export interface PanelServices {
  readonly host: NleHost;
  readonly providers: readonly ProviderChoice[];
  readonly mediaFolder: MediaFolder;
  readonly presets: readonly DuckPreset[];
  readonly poll: Omit<PollOptions, 'onStatus' | 'signal'>;
  /** Where keys are kept; undefined where no provider needs one (the sandbox). */
  readonly secrets?: SecretStore;
  /** Unique id per generation (idempotency key sent to the provider). */
  readonly newJobId: () => string;
}
