import type { ProviderRegistration } from '../spec';
import { createRunwayProvider, RUNWAY_DEFAULT_BASE_URL, RUNWAY_PROVIDER_ID } from './runway-video-provider';

export const runwayRegistration: ProviderRegistration = {
  id: RUNWAY_PROVIDER_ID,
  displayName: 'Runway',
  // The SDK's own environment names, so an existing setup works unchanged.
  credentials: [{ name: 'RUNWAYML_API_SECRET', label: 'API secret' }],
  defaultBaseUrl: RUNWAY_DEFAULT_BASE_URL,
  create: ({ credentials, baseUrl, fetch }) =>
    createRunwayProvider({
      // The entries check required credentials before calling create (missingCredentials).
      apiSecret: credentials.RUNWAYML_API_SECRET ?? '',
      baseUrl,
      fetch,
    }),
};
