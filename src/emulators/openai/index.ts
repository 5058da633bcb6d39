export { createOpenAIEmulator, type OpenAIEmulator, type OpenAIEmulatorOptions } from './openai-emulator';
export { OPENAI_EMULATED_MODELS, type OpenAIEmulatorCreate, type OpenAIEmulatorError } from './openai-emulator-request';
export type { OpenAIEmulatorAuthStyle } from './openai-emulator-auth';
export { DEMO_OPENAI_API_KEY } from './openai-demo-credentials';
export { classifyOpenAIRequest, openaiErrorBody } from './openai-emulator-phases';
