import { ProviderApiError, type JobRef, type VideoProvider } from '../spec';
import { INLINE_VIDEO_SCHEME } from './google-inline-video';
import { isGeminiOmniModel } from './google-gemini-api-provider';
import { interactionResourceName } from './google-interaction-status';
import { createGoogleOmniProvider } from './google-omni-provider';
import {
  createGoogleVeoProvider,
  GOOGLE_VERTEX_PROVIDER_ID,
  VERTEX_AI_DEFAULT_LOCATION,
  type VertexAiVeoSettings,
} from './google-video-provider';
import { vertexApiOrigin } from './google-vertex-location';

export const VERTEX_PROVIDER_NAME = 'Google Vertex AI';
/**
 * Gemini Omni on Vertex is served in the `global` location only (research/video-apis-2026-12.md §1:
 * "Live, region global", from Google's Vertex video page, read second-hand).
 */
export const VERTEX_OMNI_LOCATION = 'global';

export interface VertexAiProviderSettings extends Omit<VertexAiVeoSettings, 'platform'> {
  /**
   * The id Google knows a catalog model by (catalog `wireModelId`): Omni's catalog ids on Vertex
   * differ from the wire id the Gemini API entries already use. @default the catalog id itself
   */
  readonly wireModelId?: (catalogModelId: string) => string;
}

/**
 * Google's video models on Vertex AI behind one access token and project. Gemini Omni ids go
 * through the Interactions API under the project and the `global` location; Veo ids keep
 * `predictLongRunning` in the configured location. The wire id decides the route at start; the
 * job's ref (and an inline asset's name) decides it afterwards, so a job survives a reload.
 *
 * Omni results come back inline: Vertex has no Gemini file store, and writing to a bucket
 * (`gcs_uri` in the SDK's VideoResponseFormat) is not something we could confirm Vertex honours
 * for Omni (I), so nothing depends on it.
 */
export function createVertexAiProvider(settings: VertexAiProviderSettings): VideoProvider {
  const { wireModelId = (id: string) => id, ...common } = settings;
  const location = settings.location ?? VERTEX_AI_DEFAULT_LOCATION;
  const veo = createGoogleVeoProvider({ ...common, platform: 'vertex-ai' });
  // Created on first use: its host depends on the location, which may be one Omni refuses.
  let omni: VideoProvider | undefined;
  const omniProvider = () =>
    (omni ??= createGoogleOmniProvider({
      ...common,
      // The SDK's own choice for location global: https://aiplatform.googleapis.com
      // (`@google/genai` 2.32.0 dist/node/index.cjs, "Vertex Express or global endpoint case"; S).
      baseUrl: settings.baseUrl ?? vertexApiOrigin(VERTEX_OMNI_LOCATION),
      vertex: { accessToken: settings.accessToken, project: settings.project, location },
      providerId: GOOGLE_VERTEX_PROVIDER_ID,
      providerName: 'Google Gemini Omni (Vertex AI)',
      delivery: 'inline',
      wireModelId,
    }));
  const byRef = (ref: JobRef) => (ref.data.api === 'interactions' ? omniProvider() : veo);

  return {
    id: GOOGLE_VERTEX_PROVIDER_ID,
    displayName: VERTEX_PROVIDER_NAME,
    start: async (request, options) => {
      if (!isGeminiOmniModel(wireModelId(request.model)))
        return veo.start({ ...request, model: wireModelId(request.model) }, options).then(keepCatalogId(request.model));
      if (location !== VERTEX_OMNI_LOCATION) {
        // Refused before anything is sent: a create in another region would fail at Google with a
        // less helpful "not found", and nothing may be billed twice.
        throw new ProviderApiError({
          provider: GOOGLE_VERTEX_PROVIDER_ID,
          kind: 'invalid-request',
          message: `Gemini Omni on Vertex AI is served only in the "${VERTEX_OMNI_LOCATION}" location, and ClipRelay is set to "${location}". Set GOOGLE_CLOUD_LOCATION to ${VERTEX_OMNI_LOCATION} (Veo works there too), or pick a Veo model.`,
        });
      }
      return omniProvider().start(request, options);
    },
    status: (ref, options) => byRef(ref).status(ref, options),
    // Interactions can be cancelled; Vertex's Veo operations are not cancelled by ClipRelay.
    cancel: async (ref, options) => {
      if (ref.data.api === 'interactions') await omniProvider().cancel!(ref, options);
    },
    download: (asset, sink, options) =>
      (asset.url.startsWith(`${INLINE_VIDEO_SCHEME}${interactionResourceName('')}`) ? omniProvider() : veo).download(asset, sink, options),
  };
}

/** The ref records the catalog id the user picked, not the wire id, like every other provider. */
function keepCatalogId(catalogModelId: string) {
  return <T extends { ref: JobRef }>(started: T): T => ({ ...started, ref: { ...started.ref, model: catalogModelId } });
}
