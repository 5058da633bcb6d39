import type { ProviderRegistration } from '../spec';
import { COMFYUI_DEFAULT_BASE_URL, COMFYUI_PROVIDER_ID, createComfyUiProvider } from './comfyui-video-provider';

/**
 * A self-hosted ComfyUI. It has no credentials; the one optional entry is the workflow, which is
 * configuration rather than a secret — ProviderSettings has no other channel for a per-user
 * setting, so it travels as an optional credential (JSON text, "Export (API)" format). Without it
 * the built-in LTX-Video workflow is used.
 */
export const comfyUiRegistration: ProviderRegistration = {
  id: COMFYUI_PROVIDER_ID,
  displayName: 'ComfyUI (self-hosted)',
  credentials: [{ name: 'COMFYUI_WORKFLOW_JSON', label: 'Workflow, API-format JSON (optional; default LTX-Video)', optional: true }],
  defaultBaseUrl: COMFYUI_DEFAULT_BASE_URL,
  create: ({ credentials, baseUrl, fetch }) =>
    createComfyUiProvider({
      baseUrl,
      workflow: credentials.COMFYUI_WORKFLOW_JSON,
      fetch,
    }),
};
