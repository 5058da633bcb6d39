import type { ProviderRegistration } from '../spec';
import { createFalProvider, FAL_PROVIDER_ID, FAL_QUEUE_DEFAULT_BASE_URL } from './fal-video-provider';

export const falRegistration: ProviderRegistration = {
  id: FAL_PROVIDER_ID,
  displayName: 'fal.ai',
  // The SDK's own environment name, so an existing setup works unchanged.
  credentials: [{ name: 'FAL_KEY', label: 'API key (key-id:key-secret)' }],
  defaultBaseUrl: FAL_QUEUE_DEFAULT_BASE_URL,
  // The SDK has no base URL setting (it hard-codes queue.fal.run, research §0); this one is ours.
  create: ({ credentials, baseUrl, fetch }) =>
    createFalProvider({
      // The entries check required credentials before calling create (missingCredentials).
      apiKey: credentials.FAL_KEY ?? '',
      baseUrl,
      fetch,
    }),
};
