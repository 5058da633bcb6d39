export {
  createFalProvider,
  FAL_PROVIDER_ID,
  FAL_QUEUE_DEFAULT_BASE_URL,
  type FalProviderSettings,
  type FalVideoProvider,
} from './fal-video-provider';
export { buildFalInput, type FalCreateOptions } from './fal-create';
export { buildFalQueueUrls, falSubmitUrl, type FalQueueUrls } from './fal-endpoint';
export { falInputFormat, falKlingSupportsAudio, type FalEndpointFamily, type FalInputFormat } from './fal-input-format';
export { mapFalErrorBody, createFalErrorMapper, falFailureFromResult } from './fal-error';
export { falVideoInputSchema, type FalVideoInput } from './fal-api-schemas';
export { falRegistration } from './fal-registration';
