import { DiagnosticsRecorder, diagnosticsReportJson } from '../../hosts/premiere/premiere-diagnostics-report';
import { DIAGNOSTICS_JSON_FENCE } from '../../hosts/premiere/premiere-diagnostics-schema';
import type { HostCapabilities } from '../../hosts/spec';
import { formatDiagnosticsBody } from '../../shared/diagnostics/diagnostics-lines';
import { diagnosticsText as say, errorText, hostText, type DiagnosticsText } from '../../shared/diagnostics/diagnostics-text';
import {
  probeEmulator,
  probeIndexedDb,
  probeLocalStorage,
  type EmulatorOutcome,
  type ProbeFetch,
  type ProbeOutcome,
  type SandboxStorage,
} from './sandbox-probes';

/** What the sandbox page knows about where it runs; every probe reads only this, so tests give their own. */
export interface SandboxDiagnosticsEnvironment {
  /** The in-memory host's capabilities (Premiere's rules, or Resolve's under ?rules=resolve). */
  readonly capabilities: HostCapabilities;
  readonly rules: 'premiere' | 'resolve';
  /** `navigator.userAgent`: the browser, shown verbatim. */
  readonly userAgent: string;
  /** `window.localStorage`, read when the probe runs (reading it throws where storage is blocked); null when absent. */
  readonly localStorage: () => SandboxStorage | null;
  /** `window.indexedDB`, or null where the browser has none. */
  readonly indexedDB: IDBFactory | null;
  /** Each provider's emulator on this origin, in the panel's order: its brand name and base URL. */
  readonly emulators: readonly { readonly provider: string; readonly url: string }[];
  readonly fetch: ProbeFetch;
  readonly now: () => number;
}

/**
 * Capabilities the panel reads, in the report's order, with their label. A capability added to the host seam later
 * and not listed here is still reported, under its code name (see sandboxDiagnosticsRunner).
 */
const CAPABILITY_LABELS = [
  ['writesGainKeyframes', 'diagnostics.capabilityGainKeyframes'],
  ['writesGainSteps', 'diagnostics.capabilityGainSteps'],
  ['overwritesOccupiedSpans', 'diagnostics.capabilityOverwrite'],
  ['ducksRetimedClips', 'diagnostics.capabilityRetimedClips'],
  ['writesProvenance', 'diagnostics.capabilityProvenance'],
  ['revealsInBin', 'diagnostics.capabilityRevealInBin'],
  ['readsSelection', 'diagnostics.capabilitySelection'],
  ['readsClipAudioTypes', 'diagnostics.capabilityClipTypes'],
  ['capturesSequenceFrames', 'diagnostics.capabilitySequenceFrames'],
  ['capturesMediaFrames', 'diagnostics.capabilityMediaFrames'],
  ['readsProjectStills', 'diagnostics.capabilityProjectStills'],
] as const satisfies readonly (readonly [keyof HostCapabilities, string])[];

/** Where HostCapabilities documents a default other than "no" (src/hosts/spec/nle-host.ts). */
const DEFAULT_YES: ReadonlySet<string> = new Set<keyof HostCapabilities>(['overwritesOccupiedSpans']);

/** How long one storage or emulator probe may take before the report says it did not answer. */
const PROBE_TIMEOUT_SECONDS = 10;

/** The probes' outcome as a report value: a success's own words, or why it failed (the browser's words verbatim). */
function outcomeText(outcome: ProbeOutcome, works: DiagnosticsText) {
  switch (outcome.kind) {
    case 'works':
      return works;
    case 'readOnly':
      return say('diagnostics.storagePresentReadOnly');
    case 'missing':
      return say('diagnostics.storageMissing');
    case 'differs':
      return say('diagnostics.storageReadBackDiffers');
    case 'timedOut':
      return say('diagnostics.storageTimedOut', { seconds: PROBE_TIMEOUT_SECONDS });
    case 'refused':
      return say('diagnostics.storageRefused', { reason: errorText(outcome.error).text });
  }
}

/** An emulator probe's outcome as a report value, at its path on this origin. */
function emulatorText(reached: EmulatorOutcome, path: string) {
  switch (reached.kind) {
    case 'answers':
      return say('diagnostics.emulatorAnswers', { path, status: reached.status });
    case 'notThere':
      return say('diagnostics.emulatorNotThere', { path, status: reached.status });
    case 'timedOut':
      return say('diagnostics.emulatorTimedOut', { path, seconds: PROBE_TIMEOUT_SECONDS });
    case 'unreachable':
      return say('diagnostics.emulatorUnreachable', { path, reason: errorText(reached.error).text });
  }
}

const statusOf = (outcome: ProbeOutcome) =>
  outcome.kind === 'works' ? 'ok' : outcome.kind === 'readOnly' ? 'info' : outcome.kind === 'missing' ? 'warn' : 'fail';

/**
 * Diagnostics for the sandbox (issue 17): facts about where it runs — the in-memory host and what it supports, the
 * browser, storage, each provider emulator — recorded as Premiere's are (same recorder, same catalog messages), so the
 * panel says the report in the editor's language and Copy gives a JSON block `parseDiagnosticsReport` reads. Its facts
 * stay unsettled: they describe Premiere, which the sandbox is not. `readOnly` writes nothing (no storage probe);
 * there is no scratch sequence to keep. No credential is read or shown.
 */
export function sandboxDiagnosticsRunner(environment: SandboxDiagnosticsEnvironment) {
  return async (run: { readonly readOnly?: boolean } = {}): Promise<string> => {
    const readOnly = run.readOnly === true;
    const timeoutMs = PROBE_TIMEOUT_SECONDS * 1000;
    // Every probe that waits starts now, together; the report lists them in a fixed order.
    const storage = Promise.all([
      probeLocalStorage(environment.localStorage, readOnly),
      probeIndexedDb(environment.indexedDB, readOnly, timeoutMs),
    ]);
    const emulators = Promise.all(environment.emulators.map((emulator) => probeEmulator(environment.fetch, emulator.url, timeoutMs)));

    const record = new DiagnosticsRecorder(say('diagnostics.sectionHost'));
    const { capabilities } = environment;
    record.add(say('diagnostics.sandboxHost'), say('diagnostics.sandboxHostRules', { name: capabilities.name, rules: environment.rules }));
    record.add(say('diagnostics.browser'), hostText(environment.userAgent));

    record.begin(say('diagnostics.sectionHostSupports'));
    const listed = new Set<string>(['name']);
    const answer = (key: string, label: DiagnosticsText) => {
      listed.add(key);
      const value = (capabilities as unknown as Record<string, unknown>)[key] ?? DEFAULT_YES.has(key);
      record.add(label, value === true ? say('diagnostics.yes') : say('diagnostics.no'), value === true ? 'ok' : 'info');
    };
    for (const [key, label] of CAPABILITY_LABELS) answer(key, say(label));
    for (const key of Object.keys(capabilities)) if (!listed.has(key)) answer(key, hostText(key));

    record.begin(say('diagnostics.sectionStorage'));
    const [local, indexed] = await storage;
    record.add(say('diagnostics.localStorage'), outcomeText(local, say('diagnostics.storageWorks')), statusOf(local));
    record.add(say('diagnostics.indexedDb'), outcomeText(indexed, say('diagnostics.indexedDbWorks')), statusOf(indexed));

    record.begin(say('diagnostics.sectionEmulators'));
    (await emulators).forEach((reached, index) => {
      const { provider, url } = environment.emulators[index]!;
      const value = emulatorText(reached, new URL(url).pathname);
      record.add(hostText(provider), value, reached.kind === 'answers' ? 'ok' : 'fail');
    });

    const report = record.report(new Date(environment.now()).toISOString());
    const { schemaVersion, ...rest } = diagnosticsReportJson(report);
    const json = { schemaVersion, host: 'sandbox', ...rest };
    const text = formatDiagnosticsBody({ host: 'sandbox', ...report });
    return `${text}\n${DIAGNOSTICS_JSON_FENCE}\n${JSON.stringify(json, null, 2)}\n\`\`\`\n`;
  };
}
