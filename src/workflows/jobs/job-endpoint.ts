import type { ProviderRegistration, ProviderSettings } from '../../providers/spec';
import { urlWithoutSecrets } from './url-without-secrets';

/**
 * Where a provider made with these settings sends its requests: the registration's own answer
 * when it has one (Vertex AI picks a regional host from the location), else the configured base
 * URL, else the vendor's default. Recorded with each job, so a resume reaches the server that
 * holds it even after the settings moved on (another emulator port, another Vertex location).
 */
export function providerEndpoint(registration: ProviderRegistration, settings: Omit<ProviderSettings, 'fetch'>): string {
  try {
    return registration.endpoint?.(settings) ?? settings.baseUrl ?? registration.defaultBaseUrl;
  } catch {
    // A setting the provider refuses (an unknown Vertex location): the create will say so in its words.
    return settings.baseUrl ?? registration.defaultBaseUrl;
  }
}

/**
 * A base URL as the ledger keeps it: no user name, password, query or fragment (a proxy URL may
 * carry a key there, and the ledger is never a place for secrets), no trailing slash.
 */
export function endpointForRecord(baseUrl: string): string {
  return urlWithoutSecrets(baseUrl).replace(/\/+$/, '');
}

/** Whether two base URLs name the same endpoint once stored (keys and trailing slashes aside). */
export function sameEndpoint(a: string, b: string): boolean {
  return endpointForRecord(a) === endpointForRecord(b);
}

/**
 * The base URL to reach a job at: the configured one when it names the job's endpoint (it may
 * carry a key the record left out), else the job's own. A job recorded before endpoints were
 * kept goes wherever the settings say.
 */
export function baseUrlForJob(jobEndpoint: string | undefined, configured: string | undefined): string | undefined {
  if (jobEndpoint == null) return configured;
  return configured != null && sameEndpoint(configured, jobEndpoint) ? configured : jobEndpoint;
}
