import type { ByteSink, DownloadOptions, FetchFunction } from '../spec';
import { createHttpClient, type HttpClientOptions } from './create-http-client';
import { downloadToSink } from './download-to-sink';
import type { PhaseTimeouts } from './phase-timeouts';
import type { ErrorBodyMapper, MappedErrorBody } from './to-provider-error';

/**
 * How one vendor's result files are fetched, as data. Everything a vendor does differently when it
 * downloads lives here, so the download code itself exists once and the vendors cannot drift.
 */
export interface VendorFileDownloadProfile {
  /** Provider id stored on errors, e.g. "runway". */
  readonly provider: string;
  /** Name used in messages, e.g. "Runway". */
  readonly providerName: string;
  readonly fetch?: FetchFunction;
  /** Injected for tests (retry waits of the file host). */
  readonly delay?: HttpClientOptions['delay'];
  readonly timeouts: Pick<PhaseTimeouts, 'downloadHeadersMs' | 'downloadStallMs'>;
  /**
   * Reads the file host's error bodies, for vendors whose host answers in the API's envelope
   * (OpenAI, Google). @default 401/403/404/410 read as an expired or missing file
   */
  readonly mapBody?: ErrorBodyMapper;
  /**
   * With the default mapping: what to tell the user when the file host says the link is expired or
   * gone (401/403/404/410), e.g. how long the vendor keeps results and how to get a fresh link.
   */
  readonly expiredFileAdvice?: string;
  /**
   * Our credential for file URLs the vendor serves itself. Sent only where `sendTo` allows (or the
   * caller's target says so): a CDN must never see it. @default none (result links are public or signed)
   */
  readonly credentials?: {
    readonly headers: Readonly<Record<string, string>>;
    readonly sendTo: (url: string) => boolean;
  };
}

/** One file to fetch. */
interface VendorFileTarget {
  readonly url: string;
  /** Headers the asset itself carries (some vendors hand them out with the link). */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Whether our credential goes with this request, when the caller decided it from more than the URL
   * (Google's download plan). @default the profile's `credentials.sendTo(url)`
   */
  readonly withCredentials?: boolean;
}

type VendorFileDownload = (target: VendorFileTarget, sink: ByteSink, options?: DownloadOptions) => Promise<number>;

/**
 * The one result-file download for every vendor: a client without the API's auth headers, bounded
 * by the download phase timeouts, streaming through downloadToSink (resume, verification, size
 * cap). Returns the number of bytes written.
 */
export function createVendorFileDownload(profile: VendorFileDownloadProfile): VendorFileDownload {
  const client = createHttpClient({ fetch: profile.fetch, timeoutMs: profile.timeouts.downloadHeadersMs, delay: profile.delay });
  const mapBody = profile.mapBody ?? (profile.expiredFileAdvice == null ? undefined : expiredFileMapper(profile.expiredFileAdvice));
  return (target, sink, options) => {
    const credentials = profile.credentials;
    const withCredentials = credentials != null && (target.withCredentials ?? credentials.sendTo(target.url));
    return downloadToSink({
      client,
      url: target.url,
      headers: { ...target.headers, ...(withCredentials ? credentials.headers : {}) },
      sink,
      signal: options?.signal,
      onProgress: options?.onProgress,
      provider: profile.provider,
      providerName: profile.providerName,
      mapBody,
      stallTimeoutMs: profile.timeouts.downloadStallMs,
    });
  };
}

/** A URL test for `credentials.sendTo`: only URLs below the API base URL the user configured. */
export function isUnderBaseUrl(baseUrl: string): (url: string) => boolean {
  const prefix = `${baseUrl.replace(/\/+$/, '')}/`;
  return (url) => url.startsWith(prefix);
}

function expiredFileMapper(advice: string): ErrorBodyMapper {
  return (status): MappedErrorBody => {
    if (status === 401 || status === 403 || status === 404 || status === 410) return { kind: 'not-found', message: advice };
    return {};
  };
}
