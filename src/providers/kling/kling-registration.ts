import type { ProviderRegistration } from '../spec';
import { createKlingProvider, KLING_PROVIDER_ID } from './kling-video-provider';

export const klingRegistration: ProviderRegistration = {
  id: KLING_PROVIDER_ID,
  displayName: 'Kling',
  credentials: [
    { name: 'KLING_ACCESS_KEY', label: 'Access key' },
    { name: 'KLING_SECRET_KEY', label: 'Secret key' },
  ],
  defaultBaseUrl: 'https://api-singapore.klingai.com',
  create: ({ credentials, baseUrl, fetch }) =>
    createKlingProvider({
      // The entries check required credentials before calling create (missingCredentials).
      accessKey: credentials.KLING_ACCESS_KEY ?? '',
      secretKey: credentials.KLING_SECRET_KEY ?? '',
      baseUrl,
      fetch,
    }),
};
