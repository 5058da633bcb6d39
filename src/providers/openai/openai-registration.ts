import type { ProviderRegistration } from '../spec';
import { createOpenAIProvider, OPENAI_DEFAULT_BASE_URL, OPENAI_PROVIDER_ID } from './openai-video-provider';

export const openaiRegistration: ProviderRegistration = {
  id: OPENAI_PROVIDER_ID,
  displayName: 'OpenAI Sora',
  // The SDK's own environment names, so an existing setup works unchanged. Kept so jobs from
  // before the shutdown can still be looked up; the label says no generation can use it.
  credentials: [{ name: 'OPENAI_API_KEY', label: 'API key (no longer used: OpenAI shut the Sora API down on 2026-09-24)' }],
  defaultBaseUrl: OPENAI_DEFAULT_BASE_URL,
  create: ({ credentials, baseUrl, fetch }) =>
    createOpenAIProvider({
      // The entries check required credentials before calling create (missingCredentials).
      apiKey: credentials.OPENAI_API_KEY ?? '',
      // An Azure OpenAI base URL switches the key to the `api-key` header by itself.
      baseUrl,
      fetch,
    }),
};
