import { byteplusRegistration } from '../providers/byteplus';
import { comfyUiRegistration } from '../providers/comfyui';
import { falRegistration } from '../providers/fal';
import { googleRegistration, googleVertexRegistration } from '../providers/google';
import { klingRegistration } from '../providers/kling';
import { openaiRegistration } from '../providers/openai';
import { runwayRegistration } from '../providers/runway';
import type { ProviderRegistration } from '../providers/spec';

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
