export { createComfyUiProvider, type ComfyUiProviderSettings } from './comfyui-video-provider';
export {
  parseComfyUiWorkflow,
  fillComfyUiWorkflow,
  comfyUiWorkflowPlaceholders,
  type ComfyUiWorkflow,
  type ComfyUiPlaceholderValues,
} from './comfyui-workflow';
export { ComfyUiWorkflowError } from './comfyui-workflow-error';
export { comfyUiPlaceholderValues } from './comfyui-placeholder-values';
export { COMFYUI_DEFAULT_WORKFLOW } from './comfyui-default-workflow';
export { mapComfyUiErrorBody } from './comfyui-error';
export { toComfyUiJobStatus } from './comfyui-job-status';
export { comfyUiRegistration } from './comfyui-registration';
