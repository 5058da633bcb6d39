export {
  createBytePlusProvider,
  toBytePlusJobStatus,
  BYTEPLUS_PROVIDER_ID,
  BYTEPLUS_DEFAULT_BASE_URL,
  BYTEPLUS_RESULT_LIFETIME_MS,
  type BytePlusProviderSettings,
} from './byteplus-video-provider';
export { buildBytePlusCreate, BYTEPLUS_MAX_IMAGE_BYTES, type BytePlusCreate } from './byteplus-create';
export { byteplusJobSeed } from './byteplus-job-seed';
export { byteplusResolutions, byteplusDefaultResolution } from './byteplus-model-features';
export { mapBytePlusErrorBody, byteplusKindForCode, isBytePlusModerationCode } from './byteplus-error';
export { BytePlusUnconfirmedJobError } from './byteplus-unconfirmed-job-error';
export { BYTEPLUS_MAX_SEED, BYTEPLUS_RATIOS } from './byteplus-api-schemas';
export { byteplusRegistration } from './byteplus-registration';
