export {
  createFalProvider,
  FAL_PROVIDER_ID,
  FAL_QUEUE_DEFAULT_BASE_URL,
  type FalProviderSettings,
  type FalVideoProvider,
} from './fal-video-provider';
export { buildFalInput, type FalCreateOptions } from './fal-create';
export { falEndpointFamily, falKlingSupportsAudio, buildFalQueueUrls, falSubmitUrl, type FalEndpointFamily, type FalQueueUrls } from './fal-endpoint';
export { mapFalErrorBody, createFalErrorMapper, falFailureFromResult } from './fal-error';
export { falKlingInputSchema, falVeoInputSchema, type FalKlingInput, type FalVeoInput } from './fal-api-schemas';
export { falRegistration } from './fal-registration';
