export { createGoogleEmulator, type GoogleEmulator, type GoogleEmulatorOptions } from './google-emulator';
export { GOOGLE_RETIRED_MODELS } from './google-emulator-request';

export { GOOGLE_OMNI_MODELS } from './google-emulator-interaction-request';

export { googleErrorBody } from './google-emulator-errors';
export { classifyGoogleRequest } from './google-emulator-phases';
export {
  DEMO_GEMINI_API_KEY,
  DEMO_VERTEX_ACCESS_TOKEN,
  DEMO_VERTEX_PROJECT,
  GOOGLE_EMULATOR_DEMO_CREDENTIALS,
} from './google-demo-credentials';
