export {
  createOpenAIProvider,
  buildOpenAICreate,
  toOpenAIJobStatus,
  OPENAI_PROVIDER_ID,
  OPENAI_DEFAULT_BASE_URL,
  type OpenAIProviderSettings,
  type OpenAIVideoProvider,
  type OpenAIVideoPage,
  type OpenAIVideoSummary,
  type OpenAIListQuery,
} from './openai-video-provider';
export {
  openaiVideoOptionsSchema,
  OPENAI_REFERENCE_IMAGE_TYPES,
  type OpenAIVideoOptions,
  type OpenAIVideoRequest,
} from './openai-video-options';
export { detectOpenAIAuthStyle, openaiAuthHeaders, type OpenAIAuthStyle } from './openai-auth';
export { mapOpenAIErrorBody, openaiErrorMapper, isOpenAIModerationCode, OPENAI_RETIREMENT_NOTE, type OpenAICall } from './openai-error';
export { OPENAI_VIDEO_SECONDS, OPENAI_VIDEO_SIZES, type OpenAIVideoSize } from './openai-api-schemas';
export { openaiRegistration } from './openai-registration';
