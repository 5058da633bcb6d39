import type { ModelCatalog } from '../providers/catalog';
import type { ProviderRegistration } from '../providers/spec';
import type { ProviderChoice } from '../ui/panel-services';
import { baseUrlForJob, providerEndpoint } from '../workflows/jobs/job-endpoint';
import { MissingCredentialsError } from './missing-credentials-error';
import { missingCredentials } from '../providers/registry';

/** A provider as the panel lists it: its catalog models, and a factory that reads keys fresh per generation. */
export function providerChoice(
  registration: ProviderRegistration,
  options: {
    catalog: ModelCatalog;
    /** @default registration.displayName */
    displayName?: string;
    /** @default registration.defaultBaseUrl */
    baseUrl?: string;
    /** True where keys are entered in the panel (Premiere); false for the sandbox's emulators. */
    asksForKeys: boolean;
    readCredentials: () => Promise<Readonly<Record<string, string | undefined>>>;
  },
): ProviderChoice {
  return {
    id: registration.id,
    displayName: options.displayName ?? registration.displayName,
    credentials: options.asksForKeys ? registration.credentials : [],
    models: options.catalog.models
      .filter((model) => model.provider === registration.id)
      .map((model) => ({
        id: model.id,
        displayName: model.displayName,
        durationsSeconds: model.durationsSeconds,
        aspectRatios: model.aspectRatios,
        audio: model.audio,
        resolutions: model.resolutions,
        imageInput: model.imageInput,
        pricePerSecondUsd: model.pricePerSecondUsd,
        pricePerSecondUsdByResolution: model.pricePerSecondUsdByResolution,
      })),
    async endpoint() {
      return providerEndpoint(registration, { credentials: present(await options.readCredentials()), baseUrl: options.baseUrl });
    },
    async create(createOptions) {
      const credentials = await options.readCredentials();
      const missing = missingCredentials(registration, credentials);
      if (missing.length > 0) {
        const labels = registration.credentials.filter((spec) => missing.includes(spec.name)).map((spec) => spec.label);
        throw new MissingCredentialsError(registration.displayName, labels);
      }
      // A job is finished where it was created (another Vertex location, an emulator port since changed).
      return registration.create({ credentials: present(credentials), baseUrl: baseUrlForJob(createOptions?.endpoint, options.baseUrl) });
    },
  };
}

/** Only the credentials that have a value. */
function present(credentials: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(Object.entries(credentials).filter((entry): entry is [string, string] => entry[1] != null && entry[1] !== ''));
}
