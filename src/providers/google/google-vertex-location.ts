import { AppError } from '../../shared/app-error';

/**
 * The Vertex AI locations ClipRelay accepts, each with the API host it calls. Restricted on
 * purpose: the UXP manifest must list every host the panel calls (network.domains, kept equal to
 * the catalog's hosts by test/packaging/manifest.test.ts), and a free-text region would name a
 * host the manifest does not allow, failing in Premiere with an opaque network error.
 * - `us-central1` → `https://us-central1-aiplatform.googleapis.com`: the region of Google's Veo
 *   samples and the SDK's documented default (docs.cloud.google.com Vertex "locations" page: a
 *   region's endpoint is `https://{region}-aiplatform.googleapis.com`). Grade V.
 * - `global` → `https://aiplatform.googleapis.com`: Generative AI on Vertex's global endpoint
 *   (same page, "Generative AI locations, including global endpoints"); that Veo answers there is
 *   not confirmed (grade I) — a create there that Google refuses says so in Google's words.
 * Adding a region means adding its host to the Vertex models' `apiHosts` and to manifest.json.
 */
export const VERTEX_LOCATION_HOSTS: Readonly<Record<string, string>> = {
  'us-central1': 'https://us-central1-aiplatform.googleapis.com',
  global: 'https://aiplatform.googleapis.com',
};

/** A Vertex location ClipRelay cannot call from Premiere (its host is not in the manifest). */
export class VertexLocationError extends AppError {
  constructor(readonly location: string) {
    super(
      `Vertex AI location "${location}" is not supported: ClipRelay may only call the hosts its Premiere manifest lists. ` +
        `Use one of ${Object.keys(VERTEX_LOCATION_HOSTS).join(', ')} (GOOGLE_CLOUD_LOCATION).`,
    );
    this.name = 'VertexLocationError';
  }
}

/** The API origin for a location; throws VertexLocationError for one the manifest does not cover. */
export function vertexApiOrigin(location: string): string {
  const origin = VERTEX_LOCATION_HOSTS[location];
  if (origin == null) throw new VertexLocationError(location);
  return origin;
}
