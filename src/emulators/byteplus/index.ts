export {
  createBytePlusEmulator,
  BYTEPLUS_MODERATION_MARKER,
  BYTEPLUS_OUTPUT_MODERATION_MARKER,
  BYTEPLUS_FAILURE_MARKER,
  BYTEPLUS_NEVER_MARKER,
  BYTEPLUS_EXPIRE_MARKER,
  BYTEPLUS_SILENT_MARKER,
  type BytePlusEmulator,
  type BytePlusEmulatorOptions,
  type BytePlusEmulatorTask,
  type BytePlusEmulatorFault,
  type BytePlusEmulatorRoute,
  type BytePlusTaskStatus,
} from './byteplus-emulator';
export { BYTEPLUS_EMULATED_MODELS, type BytePlusEmulatorCreate } from './byteplus-emulator-request';
export { byteplusError, byteplusErrorBody, classifyBytePlusRequest } from './byteplus-emulator-errors';
export { DEMO_ARK_API_KEY, BYTEPLUS_EMULATOR_DEMO_CREDENTIALS } from './byteplus-demo-credentials';
