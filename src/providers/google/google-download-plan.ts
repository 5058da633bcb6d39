import { INLINE_VIDEO_SCHEME } from './google-inline-video';

/** How to fetch one Veo result, decided from the asset URL the operation gave us. */
type GoogleDownloadPlan =
  /** GET `url`; `authorized` means it goes to an origin that may see our credential. */
  | { readonly kind: 'http'; readonly url: string; readonly authorized: boolean }
  /** The bytes came inside the operation (Vertex without storageUri): read it again and decode. */
  | { readonly kind: 'inline'; readonly operationName: string; readonly videoIndex: number };

/** The Gemini API's public origin; result URIs name it even when we talk to a proxy or emulator. */
const GEMINI_API_ORIGIN = 'https://generativelanguage.googleapis.com';

/**
 * Where a Veo asset is downloaded from and whether our credential goes with it:
 * - `x-google-operation:{name}?video={i}` → inline bytes of that operation (Vertex AI without an
 *   output bucket; see inlineVideoUrl).
 * - `gs://bucket/object` → the Cloud Storage JSON API (`storage/v1/b/{bucket}/o/{object}?alt=media`)
 *   with the same bearer token; the token's account needs read access to the bucket.
 * - a Gemini file URI (`…/v1beta/files/{id}:download?alt=media`) → rebuilt on the API base we were
 *   given, exactly as the SDK's `files.download` does (it extracts the id with `[a-z0-9]+`,
 *   research §2 "Download"), so a proxy or emulator base URL is honoured and the key is only ever
 *   sent to the API origin we were configured with.
 * - anything else → as is, with the credential only when it is on the API origin.
 */
export function planGoogleDownload(assetUrl: string, context: { apiBaseUrl: string; storageBaseUrl: string }): GoogleDownloadPlan {
  if (assetUrl.startsWith(INLINE_VIDEO_SCHEME)) {
    const inline = /^([^?]+)\?video=(\d+)$/.exec(assetUrl.slice(INLINE_VIDEO_SCHEME.length));
    if (inline != null) return { kind: 'inline', operationName: inline[1]!, videoIndex: Number(inline[2]) };
  }

  const gcs = /^gs:\/\/([^/]+)\/(.+)$/.exec(assetUrl);
  if (gcs != null) {
    const storageBase = context.storageBaseUrl.replace(/\/+$/, '');
    return {
      kind: 'http',
      url: `${storageBase}/storage/v1/b/${encodeURIComponent(gcs[1]!)}/o/${encodeURIComponent(gcs[2]!)}?alt=media`,
      authorized: true,
    };
  }

  const apiBase = context.apiBaseUrl.replace(/\/+$/, '');
  const apiOrigin = originOf(apiBase);
  const assetOrigin = originOf(assetUrl);
  const fileId = /\/files\/([a-z0-9]+)/.exec(assetUrl)?.[1];
  if (fileId != null && (assetOrigin === GEMINI_API_ORIGIN || assetOrigin === apiOrigin)) {
    return { kind: 'http', url: `${apiBase}/v1beta/files/${fileId}:download?alt=media`, authorized: true };
  }
  return { kind: 'http', url: assetUrl, authorized: assetOrigin != null && assetOrigin === apiOrigin };
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    // A URL that does not parse has no origin; the caller treats it as foreign.
    return undefined;
  }
}
