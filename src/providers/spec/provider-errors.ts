import { AppError, type LocalizedMessage } from '../../shared/app-error';

export type ProviderErrorKind = 'auth' | 'rate-limit' | 'quota' | 'moderation' | 'invalid-request' | 'not-found' | 'server' | 'network';

/**
 * A provider answered an HTTP call with an error (or never answered). Messages name the provider
 * and what to do; they never contain credentials.
 */
export class ProviderApiError extends AppError {
  readonly provider: string;
  readonly kind: ProviderErrorKind;
  /** HTTP status; undefined for network failures. */
  readonly status?: number;
  /** The provider's own error code, e.g. Kling's 1303. */
  readonly providerCode?: string;
  /** Seconds the provider asked us to wait, from Retry-After or retry-after-ms. */
  readonly retryAfterSeconds?: number;
  /**
   * The connection was never made (the host name did not resolve, or the server refused the
   * connection): no byte of the request left, so the provider cannot hold anything for it.
   */
  readonly neverSent: boolean;

  constructor(init: {
    provider: string;
    kind: ProviderErrorKind;
    message: string;
    status?: number;
    providerCode?: string;
    retryAfterSeconds?: number;
    /** @default false */
    neverSent?: boolean;
    cause?: unknown;
    /** The message as a catalog entry, for the panel (see AppError.localized). */
    localized?: LocalizedMessage;
  }) {
    super(init.message, { cause: init.cause, localized: init.localized });
    this.name = 'ProviderApiError';
    this.provider = init.provider;
    this.kind = init.kind;
    this.status = init.status;
    this.providerCode = init.providerCode;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.neverSent = init.neverSent ?? false;
  }

  /** Worth trying the same idempotent request again later. */
  get isRetryable(): boolean {
    return this.kind === 'rate-limit' || this.kind === 'server' || this.kind === 'network';
  }
}

/** The provider accepted the job but it ended in failure (including moderation of the output). */
export class ProviderJobFailedError extends AppError {
  constructor(
    readonly provider: string,
    readonly jobId: string,
    readonly reason: string,
    readonly moderated: boolean,
  ) {
    super(`${provider} job ${jobId} failed: ${reason}`, {
      localized: { id: 'errors.providerJobFailed', values: { provider, jobId }, providerSaid: { provider, text: reason } },
    });
    this.name = 'ProviderJobFailedError';
  }
}

/** The provider answered with something we cannot read (malformed JSON, missing fields). */
export class InvalidResponseError extends AppError {
  constructor(
    readonly provider: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${provider} sent an unexpected response: ${message}`, options);
    this.name = 'InvalidResponseError';
  }
}

/** The downloaded file is not what was promised (short, not an MP4). The job is kept. */
export class DownloadVerificationError extends AppError {
  constructor(message: string, localized?: LocalizedMessage) {
    super(message, { localized });
    this.name = 'DownloadVerificationError';
  }
}
