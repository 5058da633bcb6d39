export { createRunwayEmulator, type RunwayEmulator, type RunwayEmulatorOptions } from './runway-emulator';
export { RUNWAY_EMULATED_MODELS } from './runway-emulator-request';

export { DEMO_RUNWAYML_API_SECRET } from './runway-demo-credentials';
export { classifyRunwayRequest, runwayErrorBody } from './runway-emulator-phases';
