/** How a probe turned out. `info` reports a fact with nothing to judge. */
export type DiagnosticStatus = 'ok' | 'warn' | 'fail' | 'info';

export interface DiagnosticEntry {
  readonly section: string;
  readonly label: string;
  readonly value: string;
  readonly status: DiagnosticStatus;
}

/** A VERIFY item of research/premiere-uxp.md §6 and what the probes found. */
export interface VerifyVerdict {
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

/** Collects entries and verdicts while the probes run. */
export class DiagnosticsRecorder {
  readonly entries: DiagnosticEntry[] = [];
  readonly verdicts: VerifyVerdict[] = [];

  constructor(private section = 'Host') {}

  begin(section: string): void {
    this.section = section;
  }

  add(label: string, value: string, status: DiagnosticStatus = 'info'): void {
    this.entries.push({ section: this.section, label, value, status });
  }

  verdict(item: number, question: string, status: DiagnosticStatus, answer: string): void {
    this.verdicts.push({ item, question, status, answer });
  }

  report(generatedAt: string): DiagnosticsReport {
    return { generatedAt, entries: [...this.entries], verdicts: [...this.verdicts] };
  }
}
