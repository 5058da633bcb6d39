export type { VideoRequest, ReferenceImage, ReferenceImageMimeType, VideoContinuation } from './video-request';
export type { JsonValue, JobRef, VideoAsset, JobStatus } from './video-job';
export type { ByteSink, TransferProgress, DownloadOptions } from './byte-sink';
export type { ProviderWarning, StartedJob, VideoProvider } from './video-provider';
export type { ProviderErrorKind } from './provider-errors';
export { ProviderApiError, ProviderJobFailedError, InvalidResponseError, DownloadVerificationError } from './provider-errors';
export type { FetchFunction, ProviderSettings, ProviderRegistration } from './provider-registration';
