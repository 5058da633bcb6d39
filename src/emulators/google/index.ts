export {
  createGoogleEmulator,
  GOOGLE_PROMPT_MARKERS,
  type GoogleEmulator,
  type GoogleEmulatorOptions,
  type GoogleEmulatorOperation,
  type GoogleEmulatorOutcome,
} from './google-emulator';
export {
  GOOGLE_EMULATED_MODELS,
  GOOGLE_RETIRED_MODELS,
  GOOGLE_LEGACY_GEMINI_MODELS,
  type GoogleEmulatorPlatform,
  type GoogleEmulatorCreate,
} from './google-emulator-request';
export { GEMINI_LISTED_OTHER_MODELS } from './google-emulator-model-list';
export {
  GOOGLE_OMNI_MODELS,
  GOOGLE_VERTEX_OMNI_MODELS,
  GOOGLE_VERTEX_OMNI_LOCATION,
  GOOGLE_RETIRED_OMNI_MODELS,
  type GoogleEmulatorInteractionCreate,
  type OmniTask,
} from './google-emulator-interaction-request';
export type { GoogleEmulatorInteraction, GoogleInteractionOutcome } from './google-emulator-interactions';
export { googleErrorBody, type GoogleEmulatorFailure } from './google-emulator-errors';
export { classifyGoogleRequest } from './google-emulator-phases';
export {
  DEMO_GEMINI_API_KEY,
  DEMO_VERTEX_ACCESS_TOKEN,
  DEMO_VERTEX_PROJECT,
  DEMO_VERTEX_LOCATION,
  GOOGLE_EMULATOR_DEMO_CREDENTIALS,
} from './google-demo-credentials';
