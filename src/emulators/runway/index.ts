export {
  createRunwayEmulator,
  RUNWAY_MODERATION_MARKER,
  RUNWAY_FAILURE_MARKER,
  RUNWAY_NEVER_MARKER,
  RUNWAY_SILENT_MARKER,
  type RunwayEmulator,
  type RunwayEmulatorOptions,
  type RunwayEmulatorTask,
  type RunwayEmulatorFault,
  type RunwayEmulatorRoute,
  type RunwayTaskStatus,
} from './runway-emulator';
export { RUNWAY_EMULATED_MODELS, type RunwayEmulatorCreate, type RunwayEndpoint, type RunwayIssue } from './runway-emulator-request';
export { RUNWAY_EMULATED_API_VERSION } from './runway-emulator-auth';
export { DEMO_RUNWAYML_API_SECRET } from './runway-demo-credentials';
export { classifyRunwayRequest, runwayErrorBody } from './runway-emulator-phases';
