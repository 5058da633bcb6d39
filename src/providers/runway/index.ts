export {
  createRunwayProvider,
  buildRunwayCreate,
  toRunwayJobStatus,
  RUNWAY_PROVIDER_ID,
  RUNWAY_DEFAULT_BASE_URL,
  type RunwayProviderSettings,
  type RunwayVideoProvider,
  type RunwayJobStatus,
} from './runway-video-provider';
export { runwayVideoOptionsSchema, type RunwayVideoOptions, type RunwayVideoRequest } from './runway-video-options';
export { RUNWAY_API_VERSION } from './runway-api-schemas';
export { mapRunwayErrorBody, describeRunwayFailure } from './runway-error';
export { runwayModelFeatures, type RunwayModelFeatures } from './runway-model-features';
export { runwayOutputExpiresAtMs } from './runway-output-url';
export { runwayRegistration } from './runway-registration';
