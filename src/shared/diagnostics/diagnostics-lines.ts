import type { LocalizedMessage } from '../app-error';
import { SOURCE_LOCALE } from '../i18n/app-locale';
import { CATALOGS, type MessageId } from '../i18n/catalogs';
import { describeLocalizedIn } from '../i18n/describe-error-in';
import type { Translator } from '../i18n/translator';
import type { DiagnosticsText } from './diagnostics-text';

/** How a probe turned out. `info` reports a fact with nothing to judge. */
export type DiagnosticStatus = 'ok' | 'warn' | 'fail' | 'info';

/** One line of a report, as the JSON keeps it: the English text, and the catalog messages of its parts where it has them. */
export interface DiagnosticEntry {
  readonly section: string;
  readonly label: string;
  readonly value: string;
  readonly status: DiagnosticStatus;
  readonly messages?: {
    readonly section?: LocalizedMessage;
    readonly label?: LocalizedMessage;
    readonly value?: LocalizedMessage;
  };
}

/** A VERIFY item of research/premiere-uxp.md §6 and what the probes found. */
export interface VerifyVerdict {
  /** 1–9, as numbered in §6 (one item may have several verdicts). */
  readonly item: number;
  readonly question: string;
  readonly status: DiagnosticStatus;
  readonly answer: string;
  readonly messages?: { readonly question?: LocalizedMessage; readonly answer?: LocalizedMessage };
}

/** What a report's text is made of, whichever host wrote it. */
export interface DiagnosticsBody {
  /** Premiere's report ends with the VERIFY items; Resolve's and the sandbox's have none. */
  readonly host: 'premiere' | 'resolve' | 'sandbox';
  /** ISO 8601, shown as is (support compares it with logs). */
  readonly generatedAt: string;
  readonly entries: readonly DiagnosticEntry[];
  readonly verdicts: readonly VerifyVerdict[];
}

/** ASCII in every language: support reads the marks of any report. */
const MARK: Record<DiagnosticStatus, string> = { ok: '[ok]  ', warn: '[warn]', fail: '[FAIL]', info: '[info]' };

/** The catalog messages of some parts, only those that have one (a report with none keeps today's JSON shape). */
function messagesOf<Part extends string>(
  parts: Readonly<Record<Part, DiagnosticsText>>,
): Partial<Record<Part, LocalizedMessage>> | undefined {
  const found = Object.entries<DiagnosticsText>(parts).filter(([, part]) => part.message != null);
  return found.length === 0
    ? undefined
    : (Object.fromEntries(found.map(([name, part]) => [name, part.message])) as Partial<Record<Part, LocalizedMessage>>);
}

/**
 * The report as plain text to paste into an issue: sections in probe order, then (Premiere) one line per VERIFY item.
 * Stable layout, no colours, no secrets. In English (or with no translator) it is the text each entry keeps, word for
 * word; in another language each part with a catalog message is said in it, and host-written text stays verbatim.
 */
export function formatDiagnosticsBody(report: DiagnosticsBody, translator: Translator | null = null): string {
  const local = translator != null && translator.locale !== SOURCE_LOCALE ? translator : null;
  /**
   * A report message in the language's own catalog (the Premiere build has no English ones in its main script, only
   * their ids): the English when this build does not know the id, or when the language's file could not be read and
   * the catalog in use is that stub.
   */
  const inLanguage = (id: string, values: LocalizedMessage['values'], english: string) => {
    if (local == null || !Object.hasOwn(CATALOGS[local.locale], id)) return english;
    const said = (local.t as (id: MessageId, values?: LocalizedMessage['values']) => string)(id as MessageId, values);
    return said === '' ? english : said;
  };
  // Another area's message (an error's) is said as errors are.
  const say = (english: string, message: LocalizedMessage | undefined) =>
    local == null || message == null
      ? english
      : message.id.startsWith('diagnostics.')
        ? inLanguage(message.id, message.values, english)
        : describeLocalizedIn(local, message, english);
  const { generatedAt } = report;
  const lines = [
    report.host === 'resolve'
      ? inLanguage('diagnostics.titleResolve', { generatedAt }, `ClipRelay diagnostics for DaVinci Resolve — ${generatedAt}`)
      : report.host === 'sandbox'
        ? inLanguage('diagnostics.titleSandbox', { generatedAt }, `ClipRelay diagnostics for the sandbox — ${generatedAt}`)
        : inLanguage('diagnostics.title', { generatedAt }, `ClipRelay diagnostics — ${generatedAt}`),
  ];
  let section: string | null = null;
  for (const entry of report.entries) {
    if (entry.section !== section) {
      section = entry.section;
      lines.push('', `== ${say(section, entry.messages?.section)} ==`);
    }
    const label = say(entry.label, entry.messages?.label);
    const value = say(entry.value, entry.messages?.value);
    lines.push(`${MARK[entry.status]} ${inLanguage('diagnostics.line', { label, value }, `${label}: ${value}`)}`);
  }
  if (report.host !== 'premiere') return `${lines.join('\n')}\n`;
  lines.push('', `== ${inLanguage('diagnostics.verifyHeading', undefined, 'VERIFY items (research/premiere-uxp.md §6)')} ==`);
  for (const verdict of [...report.verdicts].sort((a, b) => a.item - b.item)) {
    const question = say(verdict.question, verdict.messages?.question);
    const answer = say(verdict.answer, verdict.messages?.answer);
    const line = inLanguage(
      'diagnostics.verdictLine',
      { item: verdict.item, question, answer },
      `${verdict.item}. ${question} — ${answer}`,
    );
    lines.push(`${MARK[verdict.status]} ${line}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Collects a report's entries and verdicts while the probes run; each part keeps its English and its catalog message. */
export class DiagnosticsLog {
  readonly entries: DiagnosticEntry[] = [];
  readonly verdicts: VerifyVerdict[] = [];

  constructor(private section: DiagnosticsText) {}

  begin(section: DiagnosticsText): void {
    this.section = section;
  }

  add(label: DiagnosticsText, value: DiagnosticsText, status: DiagnosticStatus = 'info'): void {
    const messages = messagesOf({ section: this.section, label, value });
    this.entries.push({ section: this.section.text, label: label.text, value: value.text, status, ...(messages && { messages }) });
  }

  verdict(item: number, question: DiagnosticsText, status: DiagnosticStatus, answer: DiagnosticsText): void {
    const messages = messagesOf({ question, answer });
    this.verdicts.push({ item, question: question.text, status, answer: answer.text, ...(messages && { messages }) });
  }
}
