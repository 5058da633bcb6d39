import {
  DiagnosticsLog,
  formatDiagnosticsBody,
  type DiagnosticEntry,
  type DiagnosticStatus,
  type VerifyVerdict,
} from '../../shared/diagnostics/diagnostics-lines';
import { diagnosticsText, type DiagnosticsText } from '../../shared/diagnostics/diagnostics-text';
import {
  DIAGNOSTICS_JSON_FENCE,
  DIAGNOSTICS_SCHEMA_VERSION,
  emptyDiagnosticsFacts,
  type DiagnosticsFacts,
  type DiagnosticsReportJson,
} from './premiere-diagnostics-schema';

export interface DiagnosticsReport {
  /** ISO 8601. */
  readonly generatedAt: string;
  readonly entries: readonly DiagnosticEntry[];
  readonly verdicts: readonly VerifyVerdict[];
  /** What the probes settled, for machines (premiere-diagnostics-schema.ts); null = not settled. */
  readonly facts: DiagnosticsFacts;
}

export type { DiagnosticStatus };

/**
 * The report as plain text to paste into an issue: sections in probe order, then one line per VERIFY
 * item. Stable layout, no colours, no secrets (the probes never read keys). English: the panel says it
 * in the editor's language from the JSON (formatDiagnosticsBody with a translator).
 */
export function formatDiagnosticsReport(report: DiagnosticsReport): string {
  return formatDiagnosticsBody({ host: 'premiere', ...report });
}

/** The report as versioned JSON (premiere-diagnostics-schema.ts). */
export function diagnosticsReportJson(report: DiagnosticsReport): DiagnosticsReportJson {
  return {
    schemaVersion: DIAGNOSTICS_SCHEMA_VERSION,
    generatedAt: report.generatedAt,
    entries: [...report.entries],
    verdicts: [...report.verdicts],
    facts: report.facts,
  };
}

/**
 * What the panel's Copy gives: the text for people, then the JSON in a fenced block for machines, so
 * one paste into an issue carries both and `parseDiagnosticsReport` finds the JSON in it.
 */
export function formatDiagnosticsReportWithJson(report: DiagnosticsReport): string {
  return `${formatDiagnosticsReport(report)}\n${DIAGNOSTICS_JSON_FENCE}\n${JSON.stringify(diagnosticsReportJson(report), null, 2)}\n\`\`\`\n`;
}

/** Collects entries, verdicts and facts while the probes run. */
export class DiagnosticsRecorder extends DiagnosticsLog {
  /** Probes set the facts they settle; the rest stay null. */
  readonly facts: DiagnosticsFacts = emptyDiagnosticsFacts();

  constructor(section: DiagnosticsText = diagnosticsText('diagnostics.sectionHost')) {
    super(section);
  }

  fact<K extends keyof DiagnosticsFacts>(key: K, value: DiagnosticsFacts[K]): void {
    this.facts[key] = value;
  }

  report(generatedAt: string): DiagnosticsReport {
    return { generatedAt, entries: [...this.entries], verdicts: [...this.verdicts], facts: { ...this.facts } };
  }
}
