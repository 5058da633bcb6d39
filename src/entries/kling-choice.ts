import type { ModelCatalog } from '../providers/catalog';
import { createKlingProvider } from '../providers/kling';
import type { ProviderChoice } from '../ui/panel-services';

export const KLING_CREDENTIALS = [
  { name: 'KLING_ACCESS_KEY', label: 'Access key' },
  { name: 'KLING_SECRET_KEY', label: 'Secret key' },
] as const;

/** The Kling entry of the provider list, its models from the catalog and its keys from `readKeys`. */
export function klingChoice(options: {
  catalog: ModelCatalog;
  displayName: string;
  baseUrl?: string;
  /** Empty for the sandbox (emulator keys are not secrets). */
  credentials: ProviderChoice['credentials'];
  readKeys: () => Promise<{ accessKey: string; secretKey: string }>;
}): ProviderChoice {
  return {
    id: 'kling',
    displayName: options.displayName,
    credentials: options.credentials,
    models: options.catalog.models
      .filter((model) => model.provider === 'kling')
      .map((model) => ({ id: model.id, displayName: model.displayName, durationsSeconds: model.durationsSeconds, audio: model.audio })),
    async create() {
      const keys = await options.readKeys();
      return createKlingProvider({ ...keys, baseUrl: options.baseUrl });
    },
  };
}
