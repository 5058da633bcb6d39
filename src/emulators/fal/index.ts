export {
  createFalEmulator,
  FAL_PROMPT_MARKERS,
  type FalEmulator,
  type FalEmulatorOptions,
  type FalEmulatorRequest,
  type FalQueueState,
} from './fal-emulator';
export {
  FAL_EMULATED_ENDPOINTS,
  FAL_RETIRED_ENDPOINTS,
  falOutputHasAudio,
  validateFalInput,
  type FalEmulatedEndpoint,
  type FalValidationEntry,
} from './fal-emulator-endpoints';
export { classifyFalRequest, falErrorBody } from './fal-emulator-phases';
export { DEMO_FAL_KEY, FAL_EMULATOR_DEMO_CREDENTIALS } from './fal-demo-credentials';
