import type { premierepro } from '@adobe/premierepro';
import type { XmpToolkit } from './premiere-xmp-toolkit';

/**
 * Premiere's runtime module, as UXP provides it inside the host.
 *
 * This file holds the only `require('premierepro')` and the Premiere host's only `require('uxp')`
 * (a test scans for others): webpack leaves both specifiers external, and every other module
 * receives what it needs as a parameter, so tests can pass the in-memory fake instead.
 */
export function loadPremiereRuntime(): premierepro {
  return require('premierepro') as premierepro;
}

/** Versions of the host and of UXP, as `require('uxp')` reports them (research §1.1). */
export interface UxpHostInfo {
  /** e.g. "premierepro" */
  readonly hostName: string;
  /**
   * e.g. "26.3.2". Premiere's version to trust: `Application.version` is documented as a Promise and
   * was observed null (26.3.2) and undefined (26.5.1); `readPremiereVersion` reads this first.
   */
  readonly hostVersion: string;
  /** e.g. "uxp-8.3.0" */
  readonly uxpVersion: string;
  /** The panel's own version from its manifest. */
  readonly pluginVersion: string;
  readonly uiLocale: string;
}

interface UxpInfoModule {
  readonly host?: { readonly name?: unknown; readonly version?: unknown; readonly uiLocale?: unknown };
  readonly versions?: { readonly uxp?: unknown; readonly plugin?: unknown };
  readonly xmp?: Partial<XmpToolkit>;
}

function loadUxp(): UxpInfoModule | null {
  try {
    return require('uxp') as UxpInfoModule;
  } catch {
    // Outside UXP (tests, the sandbox) there is no 'uxp' module, so no host info to report.
    return null;
  }
}

/** Host and UXP versions; null outside UXP. */
export function loadUxpHostInfo(): UxpHostInfo | null {
  const uxp = loadUxp();
  if (uxp == null) return null;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- host fields are strings or numbers; an object would still print something rather than throw
  const text = (value: unknown) => (value == null ? '' : String(value));
  return {
    hostName: text(uxp.host?.name),
    hostVersion: text(uxp.host?.version),
    uxpVersion: text(uxp.versions?.uxp),
    pluginVersion: text(uxp.versions?.plugin),
    uiLocale: text(uxp.host?.uiLocale),
  };
}

/**
 * UXP's XMP toolkit, or null where it is missing (UXP before 7.2): the Premiere host then edits
 * the private-namespace XMP text itself (premiere-private-xmp.ts).
 */
export function loadUxpXmp(): XmpToolkit | null {
  const xmp = loadUxp()?.xmp;
  return typeof xmp?.XMPMeta === 'function' ? (xmp as XmpToolkit) : null;
}
