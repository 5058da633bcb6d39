import { useMemo, useState } from 'react';
import { describeError } from '../shared/app-error';
import { readDiagnosticsBody } from '../shared/diagnostics/diagnostics-body-schema';
import { formatDiagnosticsBody } from '../shared/diagnostics/diagnostics-lines';
import { APP_LOCALES, SOURCE_LOCALE } from '../shared/i18n/app-locale';
import { LOCALE_NATIVE_NAMES } from '../shared/i18n/catalogs';
import { intlSupportReport } from '../shared/i18n/intl-support';
import { createTranslator, loadedIntlFallbacks, type Translator } from '../shared/i18n/translator';
import { useMessages } from './i18n/use-messages';
import { SpectrumButton } from './spectrum/spectrum-button';
import { SpectrumCheckbox } from './spectrum/spectrum-checkbox';
import { SpectrumTextArea } from './spectrum/spectrum-text-field';
import { useAsyncAction } from './use-async-action';

/** How a diagnostics run may touch the project. */
interface DiagnosticsRunOptions {
  /** Skip the write probes (no scratch sequence is created). @default false */
  readonly readOnly: boolean;
  /** Keep the scratch sequence to look at it in the Timeline. @default false */
  readonly keepScratchSequence: boolean;
}

/**
 * Where Copy writes to: `navigator.clipboard`. Browsers have `writeText`; UXP documents
 * `setContent({ 'text/plain': … })` (Adobe's Premiere clipboard recipe), so either will do.
 */
interface ClipboardWriter {
  writeText?(text: string): Promise<void>;
  setContent?(content: { readonly 'text/plain': string }): Promise<unknown>;
}

const ENGLISH = createTranslator('en');

/** Copies the report; answers the line to show under the button (in the panel's language; English by default). */
export async function copyReport(
  text: string,
  clipboard: ClipboardWriter | null | undefined,
  t: Translator['t'] = ENGLISH.t,
): Promise<string> {
  const write =
    clipboard?.writeText != null
      ? (value: string) => clipboard.writeText!(value)
      : clipboard?.setContent != null
        ? (value: string) => clipboard.setContent!({ 'text/plain': value })
        : null;
  if (write == null) return t('settings.noClipboardReport');
  try {
    await write(text);
    return t('panel.copied');
  } catch (error) {
    return t('settings.couldNotCopy', { reason: describeError(error) });
  }
}

/** What a run answered, split for display: the text for people, and the JSON block for machines (or null). */
interface DiagnosticsOutput {
  readonly text: string;
  readonly json: string | null;
  /** The block's opening line as the host wrote it ("```json cliprelay-diagnostics"), kept so a copy still parses. */
  readonly fence?: string;
}

/** Where the JSON block starts: a Markdown ```json fence after the text, so a pasted issue renders both. */
const JSON_FENCE = /\n(```json[^\n]*)\n/;

/** Splits a run's answer (text, then an optional fenced JSON block) without knowing the host that wrote it. */
export function splitDiagnosticsOutput(output: string): DiagnosticsOutput {
  const fence = JSON_FENCE.exec(output);
  if (fence == null) return { text: output, json: null };
  const start = fence.index + fence[0].length;
  const end = output.indexOf('```', start);
  return {
    text: `${output.slice(0, fence.index).trimEnd()}\n`,
    json: output.slice(start, end < 0 ? undefined : end).trim(),
    fence: fence[1]!,
  };
}

/** Text, then the JSON block under its own fence line (so `parseDiagnosticsReport` finds it in a copy). */
function joinDiagnosticsOutput({ text, json, fence = '```json' }: DiagnosticsOutput): string {
  return json == null ? text : `${text}\n${fence}\n${json}\n\`\`\`\n`;
}

/**
 * A run's answer in the panel's language: the text said again from the JSON block's catalog messages (host-written
 * values verbatim), the JSON itself untouched — English with message ids, so support reads any report. English, a
 * report without a JSON block, or one this build cannot read is shown as it came.
 */
export function diagnosticsOutputIn(translator: Translator, output: string): string {
  const split = splitDiagnosticsOutput(output);
  if (split.json == null || translator.locale === SOURCE_LOCALE) return output;
  const body = readDiagnosticsBody(split.json);
  return body == null ? output : joinDiagnosticsOutput({ ...split, text: formatDiagnosticsBody(body, translator) });
}

interface DiagnosticsReportViewProps {
  /** What `run` answered. */
  readonly output: string;
  readonly clipboard: ClipboardWriter | null | undefined;
}

/**
 * The report: its text in a read-only area; Copy gives text and JSON together (one paste into an issue
 * carries both), Copy JSON only the machine-readable part (what becomes a fake profile).
 */
export function DiagnosticsReportView({ output, clipboard }: DiagnosticsReportViewProps) {
  const { t } = useMessages();
  const [copyMessage, setCopyMessage] = useState<string | null>(null);
  const { text, json } = splitDiagnosticsOutput(output);
  return (
    <>
      <SpectrumTextArea
        label={t('settings.diagnosticsReport')}
        labelHidden
        name="diagnostics-report"
        rows={12}
        readOnly
        value={text}
        onChange={() => undefined}
      />
      <div className="button-row">
        <SpectrumButton emphasis="quiet" onPress={() => void copyReport(output, clipboard, t).then(setCopyMessage)}>
          {json == null ? t('panel.copy') : t('settings.copyTextAndJson')}
        </SpectrumButton>
        {json == null ? null : (
          <SpectrumButton emphasis="quiet" onPress={() => void copyReport(json, clipboard, t).then(setCopyMessage)}>
            {t('settings.copyJson')}
          </SpectrumButton>
        )}
      </div>
      {copyMessage == null ? null : <p className="hint">{copyMessage}</p>}
    </>
  );
}

function defaultClipboard(): ClipboardWriter | null {
  return typeof navigator === 'object' && navigator != null && navigator.clipboard != null ? navigator.clipboard : null;
}

/** Where the probes run: names the host and its scratch edit in the section's words. */
export type DiagnosticsHost = 'premiere' | 'resolve' | 'sandbox';

interface DiagnosticsSectionProps {
  /** Runs the probes and answers the text report, optionally followed by its JSON in a ```json fence. */
  readonly run: (options: DiagnosticsRunOptions) => Promise<string>;
  /** @default 'premiere' */
  readonly host?: DiagnosticsHost;
  /** @default navigator.clipboard, or none */
  readonly clipboard?: ClipboardWriter | null;
}

/**
 * "Run diagnostics" for a real Premiere install: the report in a read-only text area, and Copy.
 * Presentational: the probes come in through `run`; nothing here knows Premiere.
 */
export function DiagnosticsSection({ run, host = 'premiere', clipboard = defaultClipboard() }: DiagnosticsSectionProps) {
  const [readOnly, setReadOnly] = useState(false);
  const [keepScratchSequence, setKeepScratchSequence] = useState(false);
  const [state, start] = useAsyncAction(run);
  // A new run starts with a fresh view, so an old "Copied." does not linger.
  const [runCount, setRunCount] = useState(0);
  const translator = useMessages();
  const { t } = translator;
  const probes =
    state.status === 'done' ? state.result : state.status === 'failed' ? t('settings.diagnosticsStopped', { reason: state.message }) : null;
  // The report is said again and the Intl probe builds several formatters: once per report and language, not on every checkbox or copy.
  const report = useMemo(
    () => (probes == null ? null : withLines(diagnosticsOutputIn(translator, probes), intlSupportLines(translator))),
    [probes, translator],
  );

  return (
    <div className="subsection" aria-labelledby="diagnostics-heading">
      <h2 id="diagnostics-heading">{t('settings.diagnostics')}</h2>
      <p className="hint">{t('settings.diagnosticsIntro', { host })}</p>
      <SpectrumCheckbox name="diagnostics-read-only" label={t('settings.readOnly', { host })} checked={readOnly} onChange={setReadOnly} />
      {/* The sandbox makes no scratch timeline, so there is nothing to keep. */}
      {host === 'sandbox' ? null : (
        <SpectrumCheckbox
          name="diagnostics-keep-scratch"
          label={t('settings.keepScratch', { host })}
          checked={keepScratchSequence}
          disabled={readOnly}
          onChange={setKeepScratchSequence}
        />
      )}
      <div className="button-row">
        <SpectrumButton
          disabled={state.status === 'running'}
          onPress={() => {
            setRunCount((count) => count + 1);
            void start({ readOnly, keepScratchSequence: keepScratchSequence && !readOnly });
          }}
        >
          {state.status === 'running' ? t('settings.running') : t('settings.runDiagnostics')}
        </SpectrumButton>
      </div>
      {report == null ? null : <DiagnosticsReportView key={runCount} output={report} clipboard={clipboard} />}
    </div>
  );
}

/**
 * What this runtime's Intl offers the panel's messages (issue 17: UXP's Intl is undocumented, so it is measured on the
 * editor's install), in the panel's language: the language in use, one line per Intl feature, and the polyfills loaded
 * or needed.
 */
export function intlSupportLines(translator: Translator, intl: unknown = Intl): string[] {
  const { t } = translator;
  const support = intlSupportReport(intl, loadedIntlFallbacks());
  const listOrNone = (items: readonly string[]) => (items.length === 0 ? t('settings.none') : translator.formatList(items));
  return [
    t('settings.intlHeading', { language: LOCALE_NATIVE_NAMES[translator.locale] }),
    ...support.features.map((feature) => {
      if (!feature.works) return t('settings.intlMissing', { feature: feature.name, polyfill: feature.polyfill });
      const missing = APP_LOCALES.filter((locale) => !feature.locales.includes(locale));
      return missing.length === 0
        ? t('settings.intlOk', { feature: feature.name })
        : t('settings.intlNoData', { feature: feature.name, locales: missing.join(', ') });
    }),
    t('settings.intlPolyfillsLoaded', { list: listOrNone(support.polyfillsLoaded) }),
    t('settings.intlPolyfillsNeeded', { list: listOrNone(support.polyfillsNeeded) }),
  ];
}

/** The report with more lines at the end of its text part, before any JSON block, so Copy carries them too. */
function withLines(output: string, lines: readonly string[]): string {
  const split = splitDiagnosticsOutput(output);
  return joinDiagnosticsOutput({ ...split, text: `${split.text.trimEnd()}\n\n${lines.join('\n')}\n` });
}
