export {
  createOpenAIEmulator,
  OPENAI_MODERATION_MARKER,
  OPENAI_FAILURE_MARKER,
  OPENAI_NEVER_MARKER,
  OPENAI_SILENT_MARKER,
  OPENAI_BLOCK_MARKER,
  type OpenAIEmulator,
  type OpenAIEmulatorOptions,
  type OpenAIEmulatorVideo,
  type OpenAIEmulatorFault,
  type OpenAIEmulatorRoute,
  type OpenAIVideoStatus,
} from './openai-emulator';
export {
  OPENAI_EMULATED_MODELS,
  type OpenAIEmulatorCreate,
  type OpenAIEmulatorError,
  type OpenAIEmulatorReference,
} from './openai-emulator-request';
export type { OpenAIEmulatorAuthStyle } from './openai-emulator-auth';
export { DEMO_OPENAI_API_KEY } from './openai-demo-credentials';
export { classifyOpenAIRequest, openaiErrorBody } from './openai-emulator-phases';
