import type { JobRef, VideoProvider } from '../spec';
import { INLINE_VIDEO_SCHEME } from './google-inline-video';
import { createGoogleOmniProvider } from './google-omni-provider';
import type { OmniDelivery } from './google-omni-create';
import {
  createGoogleVeoProvider,
  GEMINI_API_DEFAULT_BASE_URL,
  GOOGLE_PROVIDER_ID,
  type GeminiApiVeoSettings,
} from './google-video-provider';

export const GEMINI_API_PROVIDER_NAME = 'Google Gemini API';

export interface GeminiApiProviderSettings extends Omit<GeminiApiVeoSettings, 'platform'> {
  /** How Omni results come back. @default 'uri' (createGoogleOmniProvider) */
  readonly omniDelivery?: OmniDelivery;
  /** The id Google knows a catalog model by (catalog `wireModelId`). @default the catalog id itself */
  readonly wireModelId?: (catalogModelId: string) => string;
}

/**
 * Google's video models behind one Gemini API key. Gemini Omni ids (`gemini-omni-…`) go through the
 * Interactions API; anything else through Veo's `predictLongRunning`, which today answers every Veo
 * id with Google's "no longer available" 404 — kept so an old job or an old catalog still gets
 * Google's own explanation. The model decides the route at start; the job's ref (and an inline
 * asset's name) decides it afterwards, so jobs survive a reload on the right path.
 */
export function createGeminiApiProvider(settings: GeminiApiProviderSettings): VideoProvider {
  const { omniDelivery, wireModelId = (id: string) => id, ...common } = settings;
  const veo = createGoogleVeoProvider({ ...common, platform: 'gemini-api' });
  const omni = createGoogleOmniProvider({
    ...common,
    baseUrl: settings.baseUrl ?? GEMINI_API_DEFAULT_BASE_URL,
    providerId: GOOGLE_PROVIDER_ID,
    providerName: 'Google Gemini Omni',
    delivery: omniDelivery,
    wireModelId,
  });
  const byRef = (ref: JobRef) => (ref.data.api === 'interactions' ? omni : veo);

  return {
    id: GOOGLE_PROVIDER_ID,
    displayName: GEMINI_API_PROVIDER_NAME,
    start: (request, options) => (isGeminiOmniModel(wireModelId(request.model)) ? omni : veo).start(request, options),
    status: (ref, options) => byRef(ref).status(ref, options),
    // Interactions can be cancelled. Veo's Gemini API operations never could (research §2), and none
    // can still be running: every Veo id there is shut down, so there is nothing to stop.
    cancel: async (ref, options) => {
      if (ref.data.api === 'interactions') await omni.cancel!(ref, options);
    },
    // One listing for both: the same `GET /v1beta/models`.
    listAvailableModels: (options) => omni.listAvailableModels!(options),
    // File URIs download the same way on both paths; inline assets name their source.
    download: (asset, sink, options) => (asset.url.startsWith(`${INLINE_VIDEO_SCHEME}models/`) ? veo : omni).download(asset, sink, options),
  };
}

/** Omni ids all start so (`gemini-omni-1.2-flash`, `gemini-omni-1.1-flash`; research §1). */
export function isGeminiOmniModel(model: string): boolean {
  return model.startsWith('gemini-omni-');
}
