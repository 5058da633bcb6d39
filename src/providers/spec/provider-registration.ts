import type { VideoProvider } from './video-provider';

/** A secret a provider needs, named as the provider's own tools name it (e.g. KLING_ACCESS_KEY). */
interface CredentialSpec {
  readonly name: string;
  /** Shown next to the input field, e.g. "Access key". */
  readonly label: string;
  /** @default false — when true the provider works without it (a self-hosted server). */
  readonly optional?: boolean;
}

/** The fetch a provider uses; injected in tests and by runtimes with their own fetch. */
export type FetchFunction = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

export interface ProviderSettings {
  /** By CredentialSpec.name; only non-empty values. */
  readonly credentials: Readonly<Record<string, string>>;
  /** @default the registration's defaultBaseUrl */
  readonly baseUrl?: string;
  readonly fetch?: FetchFunction;
}

/**
 * How an entry (panel, CLI, sandbox) learns about a vendor without knowing its code: its id,
 * the credentials it needs, where it lives, and a factory. One per vendor folder.
 */
export interface ProviderRegistration {
  /** Matches VideoProvider.id and the catalog's `provider` field. */
  readonly id: string;
  readonly displayName: string;
  readonly credentials: readonly CredentialSpec[];
  readonly defaultBaseUrl: string;
  create(settings: ProviderSettings): VideoProvider;
  /**
   * The base URL a provider made with these settings calls, when it is not simply `baseUrl ??
   * defaultBaseUrl` (Vertex AI: the location's host). Recorded with each job so a resume reaches it.
   */
  endpoint?(settings: Omit<ProviderSettings, 'fetch'>): string;
}
