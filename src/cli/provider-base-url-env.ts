import type { ProviderRegistration } from '../providers/spec';

/**
 * The environment variable that points the CLI at another endpoint for each provider (an emulator,
 * a proxy), by provider id. Named as the vendor's own SDK names it where it has one, so a shell
 * already set up for that SDK works unchanged.
 */
const BASE_URL_ENV_BY_PROVIDER: Readonly<Record<string, string>> = {
  kling: 'KLING_BASE_URL',
  google: 'GOOGLE_GEMINI_BASE_URL',
  'google-vertex': 'GOOGLE_VERTEX_BASE_URL',
  runway: 'RUNWAYML_BASE_URL',
  fal: 'FAL_QUEUE_BASE_URL',
  byteplus: 'ARK_BASE_URL',
  openai: 'OPENAI_BASE_URL',
  comfyui: 'COMFYUI_BASE_URL',
};

/** The variable's name, for help text; undefined for a provider the CLI does not know. */
export function baseUrlEnvName(providerId: string): string | undefined {
  return BASE_URL_ENV_BY_PROVIDER[providerId];
}

/** The base URL the environment sets for a provider; undefined when unset (the registration's default applies). */
export function baseUrlFromEnv(env: Readonly<Record<string, string | undefined>>, providerId: string): string | undefined {
  const name = baseUrlEnvName(providerId);
  return name == null ? undefined : env[name];
}

/** The credentials the environment sets for a provider, by variable name; unset and empty ones left out. */
export function credentialsFromEnv(
  registration: ProviderRegistration,
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  return Object.fromEntries(registration.credentials.flatMap((spec) => (env[spec.name] ? [[spec.name, env[spec.name]!]] : [])));
}
