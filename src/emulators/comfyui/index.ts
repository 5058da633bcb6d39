export {
  createComfyUiEmulator,
  COMFYUI_PROMPT_MARKERS,
  type ComfyUiEmulator,
  type ComfyUiEmulatorOptions,
  type ComfyUiEmulatorPrompt,
  type ComfyUiRunState,
} from './comfyui-emulator';
export {
  COMFYUI_EMULATED_NODES,
  COMFYUI_EMULATED_MODEL_FILES,
  validateComfyUiPrompt,
  type ModelFolder,
  type PromptValidation,
} from './comfyui-emulator-nodes';
export { classifyComfyUiRequest, comfyUiErrorBody } from './comfyui-emulator-phases';
export { COMFYUI_EMULATOR_DEMO_CREDENTIALS } from './comfyui-demo-credentials';
