export {
  createRunwayProvider,
  buildRunwayCreate,
  toRunwayJobStatus,
  type RunwayProviderSettings,
  type RunwayVideoProvider,
} from './runway-video-provider';
export { type RunwayVideoRequest } from './runway-video-options';

export { mapRunwayErrorBody } from './runway-error';
export { runwayModelFeatures } from './runway-model-features';
export { runwayOutputExpiresAtMs } from './runway-output-url';
export { runwayRegistration } from './runway-registration';
