export { createGoogleVeoProvider, type GoogleVeoProviderSettings } from './google-video-provider';

export { toGoogleJobStatus } from './google-job-status';
export { planGoogleDownload } from './google-download-plan';
export { mapGoogleErrorBody, createGoogleErrorMapper, parseGoogleDurationMs } from './google-error';
export { googleOperationSchema } from './google-api-schemas';
export { googleRegistration, googleVertexRegistration } from './google-registration';
export { VERTEX_LOCATION_HOSTS, VertexLocationError } from './google-vertex-location';

export { createGeminiApiProvider, type GeminiApiProviderSettings } from './google-gemini-api-provider';

export { createVertexAiProvider, type VertexAiProviderSettings } from './google-vertex-provider';
