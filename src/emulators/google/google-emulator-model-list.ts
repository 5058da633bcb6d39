import { invalidArgument, type GoogleEmulatorFailure } from './google-emulator-errors';

/**
 * Non-video models a Gemini API listing carries beside Veo, so clients see a realistic mix (a
 * listing is never video-only). Which text models are live is not what the emulator models;
 * these stand in for "something else". Grade I.
 */
export const GEMINI_LISTED_OTHER_MODELS: readonly string[] = ['gemini-2.5-flash', 'gemini-2.5-pro'];

/** Google's documented page size default and ceiling for `models.list` (Gemini API reference). */
const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 1000;

/**
 * One page of `GET /v1beta/models` in the Gemini API's shape: `{models: [Model], nextPageToken?}`,
 * each Model with `name: "models/{id}"`, `version`, `displayName`, `description`, token limits and
 * `supportedGenerationMethods` (Veo: `predictLongRunning`). `@google/genai` reads exactly these
 * (dist/node/index.cjs `listModelsResponseFromMldev`, `modelFromMldev`; its Pager follows
 * `nextPageToken` with `pageToken`). Page tokens are opaque; here, the offset in base64.
 */
export function listGeminiModels(
  veoModels: readonly string[],
  otherModels: readonly string[],
  query: URLSearchParams,
  omniModels: readonly string[] = [],
): { page: { models: unknown[]; nextPageToken?: string } } | { failure: GoogleEmulatorFailure } {
  const pageSizeText = query.get('pageSize');
  const pageSize = pageSizeText == null ? DEFAULT_PAGE_SIZE : Number(pageSizeText);
  if (!Number.isInteger(pageSize) || pageSize < 0)
    return { failure: invalidArgument('pageSize must be a non-negative integer.', 'pageSize') };
  const size = Math.min(pageSize === 0 ? DEFAULT_PAGE_SIZE : pageSize, MAX_PAGE_SIZE);
  const token = query.get('pageToken');
  const offset = token == null || token === '' ? 0 : Number(Buffer.from(token, 'base64').toString('utf8'));
  if (!Number.isInteger(offset) || offset < 0) return { failure: invalidArgument('Invalid page token.', 'pageToken') };

  const all = [...otherModels.map(textModel), ...veoModels.map(veoModel), ...omniModels.map(omniModel)];
  const models = all.slice(offset, offset + size);
  const next = offset + size < all.length ? Buffer.from(String(offset + size), 'utf8').toString('base64') : undefined;
  return { page: next == null ? { models } : { models, nextPageToken: next } };
}

function veoModel(id: string): unknown {
  const version = /^veo-(\d+(?:\.\d+)?)/.exec(id)?.[1] ?? '1';
  return {
    name: `models/${id}`,
    version,
    displayName: `Veo ${version}${id.includes('-fast-') ? ' Fast' : id.includes('-lite-') ? ' Lite' : ''}`,
    description: 'Video generation model.',
    inputTokenLimit: 480,
    outputTokenLimit: 8192,
    supportedGenerationMethods: ['predictLongRunning'],
  };
}

/**
 * A Gemini Omni id as the listing shows it. Which `supportedGenerationMethods` Google lists for a
 * model served only through the Interactions API is not in anything we could read (I); clients
 * (ours, `models --check`) read only `name`, so the guess cannot mislead them.
 */
function omniModel(id: string): unknown {
  const version = /^gemini-omni-(\d+(?:\.\d+)?)/.exec(id)?.[1] ?? '1';
  return {
    name: `models/${id}`,
    version,
    displayName: `Gemini Omni ${version} Flash`,
    description: 'Video generation with native audio, through the Interactions API.',
    inputTokenLimit: 1_048_576,
    outputTokenLimit: 65_536,
    supportedGenerationMethods: ['createInteraction'],
  };
}

function textModel(id: string): unknown {
  return {
    name: `models/${id}`,
    version: '001',
    displayName: id,
    description: 'Text model.',
    inputTokenLimit: 1_048_576,
    outputTokenLimit: 65_536,
    supportedGenerationMethods: ['generateContent', 'countTokens'],
  };
}
