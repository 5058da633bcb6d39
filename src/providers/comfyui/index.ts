export {
  createComfyUiProvider,
  COMFYUI_PROVIDER_ID,
  COMFYUI_DEFAULT_BASE_URL,
  type ComfyUiProviderSettings,
} from './comfyui-video-provider';
export {
  parseComfyUiWorkflow,
  fillComfyUiWorkflow,
  comfyUiWorkflowPlaceholders,
  COMFYUI_PLACEHOLDERS,
  type ComfyUiWorkflow,
  type ComfyUiNode,
  type ComfyUiPlaceholder,
  type ComfyUiPlaceholderValues,
} from './comfyui-workflow';
export { ComfyUiWorkflowError } from './comfyui-workflow-error';
export { comfyUiPlaceholderValues, type ComfyUiPlaceholderOptions } from './comfyui-placeholder-values';
export { COMFYUI_DEFAULT_WORKFLOW } from './comfyui-default-workflow';
export { mapComfyUiErrorBody } from './comfyui-error';
export { toComfyUiJobStatus, viewUrl } from './comfyui-job-status';
export { comfyUiRegistration } from './comfyui-registration';
