import {
  DIAGNOSTICS_JSON_FENCE,
  DIAGNOSTICS_SCHEMA_VERSION,
  emptyDiagnosticsFacts,
  type DiagnosticsFacts,
  type DiagnosticsReportJson,
} from './premiere-diagnostics-schema';

/** How a probe turned out. `info` reports a fact with nothing to judge. */
export type DiagnosticStatus = 'ok' | 'warn' | 'fail' | 'info';

interface DiagnosticEntry {
  readonly section: string;
  readonly label: string;
  readonly value: string;
  readonly status: DiagnosticStatus;
}

/** A VERIFY item of research/premiere-uxp.md §6 and what the probes found. */
interface VerifyVerdict {
  /** 1–9, as numbered in §6 (one item may have several verdicts). */
  readonly item: number;
  readonly question: string;
  readonly status: DiagnosticStatus;
  readonly answer: string;
}

export interface DiagnosticsReport {
  /** ISO 8601. */
  readonly generatedAt: string;
  readonly entries: readonly DiagnosticEntry[];
  readonly verdicts: readonly VerifyVerdict[];
  /** What the probes settled, for machines (premiere-diagnostics-schema.ts); null = not settled. */
  readonly facts: DiagnosticsFacts;
}

const MARK: Record<DiagnosticStatus, string> = { ok: '[ok]  ', warn: '[warn]', fail: '[FAIL]', info: '[info]' };

/**
 * The report as plain text to paste into an issue: sections in probe order, then one line per VERIFY
 * item. Stable layout, no colours, no secrets (the probes never read keys).
 */
export function formatDiagnosticsReport(report: DiagnosticsReport): string {
  const lines = [`ClipRelay diagnostics — ${report.generatedAt}`];
  let section: string | null = null;
  for (const entry of report.entries) {
    if (entry.section !== section) {
      section = entry.section;
      lines.push('', `== ${section} ==`);
    }
    lines.push(`${MARK[entry.status]} ${entry.label}: ${entry.value}`);
  }
  lines.push('', '== VERIFY items (research/premiere-uxp.md §6) ==');
  for (const verdict of [...report.verdicts].sort((a, b) => a.item - b.item)) {
    lines.push(`${MARK[verdict.status]} ${verdict.item}. ${verdict.question} — ${verdict.answer}`);
  }
  return `${lines.join('\n')}\n`;
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

/** Collects entries and verdicts while the probes run. */
export class DiagnosticsRecorder {
  readonly entries: DiagnosticEntry[] = [];
  readonly verdicts: VerifyVerdict[] = [];
  /** Probes set the facts they settle; the rest stay null. */
  readonly facts: DiagnosticsFacts = emptyDiagnosticsFacts();

  constructor(private section = 'Host') {}

  begin(section: string): void {
    this.section = section;
  }

  add(label: string, value: string, status: DiagnosticStatus = 'info'): void {
    this.entries.push({ section: this.section, label, value, status });
  }

  fact<K extends keyof DiagnosticsFacts>(key: K, value: DiagnosticsFacts[K]): void {
    this.facts[key] = value;
  }

  verdict(item: number, question: string, status: DiagnosticStatus, answer: string): void {
    this.verdicts.push({ item, question, status, answer });
  }

  report(generatedAt: string): DiagnosticsReport {
    return { generatedAt, entries: [...this.entries], verdicts: [...this.verdicts], facts: { ...this.facts } };
  }
}
