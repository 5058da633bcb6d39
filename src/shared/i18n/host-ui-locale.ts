/**
 * Premiere's UI language as UXP reports it: `require('uxp').host.uiLocale` (e.g. `fr_FR`; typed `any` in
 * @adobe/cc-ext-uxp-types, so it is read defensively). Takes the module as a value: only platform/uxp and the
 * entries may `require('uxp')` (lint rule premiere-runtime-modules). Null when the runtime does not say.
 */
export function hostUiLocaleOf(uxpModule: unknown): string | null {
  if (typeof uxpModule !== 'object' || uxpModule == null) return null;
  const host: unknown = (uxpModule as { host?: unknown }).host;
  if (typeof host !== 'object' || host == null) return null;
  const uiLocale: unknown = (host as { uiLocale?: unknown }).uiLocale;
  return typeof uiLocale === 'string' && uiLocale.trim() !== '' ? uiLocale : null;
}
