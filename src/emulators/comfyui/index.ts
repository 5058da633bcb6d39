export { createComfyUiEmulator, type ComfyUiEmulator, type ComfyUiEmulatorOptions } from './comfyui-emulator';
export { COMFYUI_EMULATED_MODEL_FILES, validateComfyUiPrompt } from './comfyui-emulator-nodes';
export { classifyComfyUiRequest, comfyUiErrorBody } from './comfyui-emulator-phases';
export { COMFYUI_EMULATOR_DEMO_CREDENTIALS } from './comfyui-demo-credentials';
