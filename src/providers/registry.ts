import { byteplusRegistration } from './byteplus';
import { comfyUiRegistration } from './comfyui';
import { falRegistration } from './fal';
import { googleRegistration, googleVertexRegistration } from './google';
import { klingRegistration } from './kling';
import { openaiRegistration } from './openai';
import { runwayRegistration } from './runway';
import type { ProviderRegistration } from './spec';

/** Every vendor ClipRelay can talk to, in the order the panel lists them. */
export const PROVIDER_REGISTRATIONS: readonly ProviderRegistration[] = [
  klingRegistration,
  googleRegistration,
  googleVertexRegistration,
  runwayRegistration,
  falRegistration,
  byteplusRegistration,
  openaiRegistration,
  comfyUiRegistration,
];

export function findRegistration(id: string): ProviderRegistration | undefined {
  return PROVIDER_REGISTRATIONS.find((registration) => registration.id === id);
}

/** Required credentials that are missing or empty, by name. */
export function missingCredentials(
  registration: ProviderRegistration,
  credentials: Readonly<Record<string, string | undefined>>,
): string[] {
  return registration.credentials
    .filter((spec) => spec.optional !== true && (credentials[spec.name] == null || credentials[spec.name] === ''))
    .map((spec) => spec.name);
}
