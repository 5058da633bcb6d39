export { createKlingProvider, KLING_PROVIDER_ID, type KlingProviderSettings } from './kling-video-provider';
export {
  signKlingToken,
  createKlingTokenSource,
  KLING_TOKEN_LIFETIME_SECONDS,
  type KlingCredentials,
  type KlingTokenClaims,
} from './kling-auth';
export { klingModelSupportsSound } from './kling-model-features';
export { klingRegistration } from './kling-registration';
