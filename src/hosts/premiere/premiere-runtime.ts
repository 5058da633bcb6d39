import type { premierepro } from '@adobe/premierepro';

/**
 * Premiere's runtime module, as UXP provides it inside the host.
 *
 * This is the only `require('premierepro')` in the code base (a test scans for others): webpack
 * leaves the specifier external, and every other module receives the runtime as a parameter, so
 * tests can pass the in-memory fake instead.
 */
export function loadPremiereRuntime(): premierepro {
  return require('premierepro') as premierepro;
}
