import type { ProviderRegistration } from '../spec';
import { BYTEPLUS_DEFAULT_BASE_URL, BYTEPLUS_PROVIDER_ID, createBytePlusProvider } from './byteplus-video-provider';

export const byteplusRegistration: ProviderRegistration = {
  id: BYTEPLUS_PROVIDER_ID,
  displayName: 'Seedance (BytePlus ModelArk)',
  // The name BytePlus's SDK and integrators read (byteplus-py, Comfy nodes, TanStack's adapter).
  credentials: [{ name: 'ARK_API_KEY', label: 'ModelArk API key (ap-southeast)' }],
  defaultBaseUrl: BYTEPLUS_DEFAULT_BASE_URL,
  create: ({ credentials, baseUrl, fetch }) =>
    createBytePlusProvider({
      // The entries check required credentials before calling create (missingCredentials).
      apiKey: credentials.ARK_API_KEY ?? '',
      baseUrl,
      fetch,
    }),
};
