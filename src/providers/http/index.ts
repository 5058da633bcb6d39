export { createHttpClient, type HttpClient, type FetchFunction } from './create-http-client';
export { httpErrorResponse, toProviderError, type ErrorBodyMapper, type MappedErrorBody } from './to-provider-error';
export { downloadToSink } from './download-to-sink';
export { parseJsonResponse } from './parse-json-response';

export { DEFAULT_PHASE_TIMEOUTS, resolvePhaseTimeouts, type PhaseTimeouts } from './phase-timeouts';
export { parseStrictBody, parseVendorOptions } from './parse-outgoing';
export { createVendorFileDownload, isUnderBaseUrl, type VendorFileDownloadProfile } from './vendor-file-download';
export { readErrorBody } from './read-response-body';
