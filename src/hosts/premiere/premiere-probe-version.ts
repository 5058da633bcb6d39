import type { premierepro } from '@adobe/premierepro';
import type { DiagnosticsFacts } from './premiere-diagnostics-schema';
import type { UxpHostInfo } from './premiere-runtime';

/** Premiere's version and where it came from. */
interface PremiereVersion {
  /** e.g. "26.3.2"; null when no source answered. */
  readonly version: string | null;
  readonly source: DiagnosticsFacts['versionSource'];
  /** What `ppro.Application.version` held before any awaiting. */
  readonly applicationVersion: NonNullable<DiagnosticsFacts['applicationVersion']>;
}

function shapeOf(value: unknown): PremiereVersion['applicationVersion'] {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return 'string';
  if (typeof (value as { then?: unknown }).then === 'function') return 'promise';
  return 'other';
}

/**
 * The running Premiere's version. `require('uxp').host.version` first: Adobe's own sample reads it
 * there, and it answered "26.3.2" on 26.3.2 where `Application.version` — documented as
 * `Promise<string>` (`application.md`), typed `string` in the 26.3 `.d.ts` — was observed `null`
 * (26.3.2) and `undefined` (26.5.1) (research/premiere-uxp.md, Evidence 2026-12-06). Only when UXP gives
 * nothing is `Application.version` awaited, and only if it is a string or a Promise.
 */
export async function readPremiereVersion(ppro: premierepro, hostInfo: UxpHostInfo | null): Promise<PremiereVersion> {
  const raw: unknown = (ppro.Application as { version?: unknown } | undefined)?.version;
  const applicationVersion = shapeOf(raw);
  if (hostInfo != null && hostInfo.hostVersion !== '') return { version: hostInfo.hostVersion, source: 'uxp-host', applicationVersion };
  if (applicationVersion === 'string' || applicationVersion === 'promise') {
    // A version Premiere does not give is reported as unknown (version null) in the diagnostics.
    const answered: unknown = await Promise.resolve(raw).catch(() => null);
    if (typeof answered === 'string' && answered !== '') return { version: answered, source: 'application-version', applicationVersion };
  }
  return { version: null, source: null, applicationVersion };
}
