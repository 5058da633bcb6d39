export { createKlingProvider, type KlingProviderSettings } from './kling-video-provider';
export { signKlingToken, createKlingTokenSource } from './kling-auth';

export { klingRegistration } from './kling-registration';
