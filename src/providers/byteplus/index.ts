export { createBytePlusProvider, toBytePlusJobStatus, type BytePlusProviderSettings } from './byteplus-video-provider';

export { byteplusJobSeed } from './byteplus-job-seed';
export { byteplusResolutions } from './byteplus-model-features';
export { mapBytePlusErrorBody, byteplusKindForCode } from './byteplus-error';

export { BYTEPLUS_MAX_SEED } from './byteplus-api-schemas';
export { byteplusRegistration } from './byteplus-registration';
