import { findCatalogModel, loadBuiltinCatalog } from '../catalog';
import type { ProviderRegistration } from '../spec';
import {
  GEMINI_API_DEFAULT_BASE_URL,
  GOOGLE_PROVIDER_ID,
  GOOGLE_VERTEX_PROVIDER_ID,
  VERTEX_AI_DEFAULT_LOCATION,
} from './google-video-provider';
import { createGeminiApiProvider, GEMINI_API_PROVIDER_NAME } from './google-gemini-api-provider';
import { VERTEX_LOCATION_HOSTS, vertexApiOrigin } from './google-vertex-location';
import { createVertexAiProvider, VERTEX_OMNI_LOCATION, VERTEX_PROVIDER_NAME } from './google-vertex-provider';

/**
 * The id Google knows a catalog model by: its `wireModelId` where the catalog needs a different
 * key (Omni on Vertex), else the catalog id. Read from the built-in catalog; an id it does not
 * know (a newer `--catalog`) is sent as it is.
 */
function builtinWireModelId(catalogModelId: string): string {
  return findCatalogModel(loadBuiltinCatalog(), catalogModelId)?.wireModelId ?? catalogModelId;
}

/**
 * The Gemini API: the common case, one API key from Google AI Studio; today Gemini Omni through the
 * Interactions API (Veo's ids there are shut down). Names follow the SDK's own environment
 * variables (GEMINI_API_KEY, GOOGLE_GEMINI_BASE_URL), so an existing setup works unchanged.
 */
export const googleRegistration: ProviderRegistration = {
  id: GOOGLE_PROVIDER_ID,
  displayName: GEMINI_API_PROVIDER_NAME,
  credentials: [{ name: 'GEMINI_API_KEY', label: 'Gemini API key' }],
  defaultBaseUrl: GEMINI_API_DEFAULT_BASE_URL,
  create: ({ credentials, baseUrl, fetch }) =>
    createGeminiApiProvider({
      // The entries check required credentials before calling create (missingCredentials).
      apiKey: credentials.GEMINI_API_KEY ?? '',
      baseUrl,
      fetch,
      wireModelId: builtinWireModelId,
    }),
};

/**
 * Veo and Gemini Omni through Vertex AI, a registration of its own rather than a mode hidden in
 * optional credentials: its required settings differ (token + project instead of a key), so
 * `missingCredentials` can still name what is missing. Catalog ids must be unique across
 * providers, so Omni's entries here are `vertex/…` with the wire id in `wireModelId`.
 * The access token is the user's (`gcloud auth print-access-token`, valid one hour); the panel
 * does not run an OAuth flow. GOOGLE_CLOUD_PROJECT / GOOGLE_CLOUD_LOCATION are the SDK's names.
 */
export const googleVertexRegistration: ProviderRegistration = {
  id: GOOGLE_VERTEX_PROVIDER_ID,
  displayName: VERTEX_PROVIDER_NAME,
  credentials: [
    { name: 'GOOGLE_VERTEX_ACCESS_TOKEN', label: 'Access token (gcloud auth print-access-token)' },
    { name: 'GOOGLE_CLOUD_PROJECT', label: 'Project ID' },
    {
      name: 'GOOGLE_CLOUD_LOCATION',
      label: `Location: ${Object.keys(VERTEX_LOCATION_HOSTS).join(' or ')} (default ${VERTEX_AI_DEFAULT_LOCATION}; Gemini Omni needs ${VERTEX_OMNI_LOCATION})`,
      optional: true,
    },
    { name: 'GOOGLE_VERTEX_OUTPUT_URI', label: 'Output bucket, gs://… (optional; else bytes come inline)', optional: true },
  ],
  defaultBaseUrl: `https://${VERTEX_AI_DEFAULT_LOCATION}-aiplatform.googleapis.com`,
  endpoint: ({ credentials, baseUrl }) => baseUrl ?? vertexApiOrigin(credentials.GOOGLE_CLOUD_LOCATION ?? VERTEX_AI_DEFAULT_LOCATION),
  create: ({ credentials, baseUrl, fetch }) =>
    createVertexAiProvider({
      accessToken: credentials.GOOGLE_VERTEX_ACCESS_TOKEN ?? '',
      project: credentials.GOOGLE_CLOUD_PROJECT ?? '',
      location: credentials.GOOGLE_CLOUD_LOCATION,
      outputStorageUri: credentials.GOOGLE_VERTEX_OUTPUT_URI,
      // Undefined lets the location pick the regional host.
      baseUrl,
      fetch,
      wireModelId: builtinWireModelId,
    }),
};
