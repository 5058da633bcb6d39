export {
  createGoogleVeoProvider,
  GOOGLE_PROVIDER_ID,
  GOOGLE_VERTEX_PROVIDER_ID,
  GEMINI_API_DEFAULT_BASE_URL,
  VERTEX_AI_DEFAULT_LOCATION,
  type GoogleVeoProviderSettings,
  type GeminiApiVeoSettings,
  type VertexAiVeoSettings,
} from './google-video-provider';
export { buildGoogleVeoCreate, type GoogleVeoPlatform, type GoogleVeoCreateOptions } from './google-veo-create';
export { toGoogleJobStatus } from './google-job-status';
export { planGoogleDownload, GEMINI_API_ORIGIN, type GoogleDownloadPlan } from './google-download-plan';
export {
  mapGoogleErrorBody,
  createGoogleErrorMapper,
  isGoogleModerationMessage,
  parseGoogleDurationMs,
  googleRetryHintMs,
  type GoogleCall,
} from './google-error';
export {
  googleOperationSchema,
  googleVeoCreateRequestSchema,
  type GoogleOperation,
  type GoogleVeoCreateRequest,
} from './google-api-schemas';
export { googleRegistration, googleVertexRegistration } from './google-registration';
export { VERTEX_LOCATION_HOSTS, VertexLocationError, vertexApiOrigin } from './google-vertex-location';
export { listGeminiModelIds } from './google-model-list';
export {
  createGeminiApiProvider,
  isGeminiOmniModel,
  GEMINI_API_PROVIDER_NAME,
  type GeminiApiProviderSettings,
} from './google-gemini-api-provider';
export {
  createGoogleOmniProvider,
  type GoogleOmniProviderSettings,
  type GeminiApiOmniSettings,
  type VertexAiOmniSettings,
} from './google-omni-provider';
export {
  createVertexAiProvider,
  VERTEX_OMNI_LOCATION,
  VERTEX_PROVIDER_NAME,
  type VertexAiProviderSettings,
} from './google-vertex-provider';
export { buildGoogleOmniCreate, type OmniDelivery, type GoogleOmniCreateOptions } from './google-omni-create';
export { toGoogleInteractionStatus, interactionVideos } from './google-interaction-status';
export {
  googleOmniCreateRequestSchema,
  googleInteractionSchema,
  type GoogleOmniCreateRequest,
  type GoogleInteraction,
} from './google-interactions-api-schemas';
