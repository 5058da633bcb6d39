export { createFalProvider, type FalProviderSettings, type FalVideoProvider } from './fal-video-provider';
export { buildFalInput } from './fal-create';
export { buildFalQueueUrls } from './fal-endpoint';
export { falInputFormat, falKlingSupportsAudio } from './fal-input-format';
export { mapFalErrorBody, createFalErrorMapper, falFailureFromResult } from './fal-error';

export { falRegistration } from './fal-registration';
