export { createFalEmulator, type FalEmulator, type FalEmulatorOptions } from './fal-emulator';
export { FAL_EMULATED_ENDPOINTS, validateFalInput } from './fal-emulator-endpoints';
export { classifyFalRequest, falErrorBody } from './fal-emulator-phases';
export { DEMO_FAL_KEY, FAL_EMULATOR_DEMO_CREDENTIALS } from './fal-demo-credentials';
