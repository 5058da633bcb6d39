import { useState } from 'react';
import { describeError } from '../shared/app-error';
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

/** Copies the report; answers the line to show under the button. */
export async function copyReport(text: string, clipboard: ClipboardWriter | null | undefined): Promise<string> {
  const write =
    clipboard?.writeText != null
      ? (value: string) => clipboard.writeText!(value)
      : clipboard?.setContent != null
        ? (value: string) => clipboard.setContent!({ 'text/plain': value })
        : null;
  if (write == null) return 'No clipboard here: select the report and copy it by hand.';
  try {
    await write(text);
    return 'Copied.';
  } catch (error) {
    return `Could not copy (${describeError(error)}): select the report and copy it by hand.`;
  }
}

/** What a run answered, split for display: the text for people, and the JSON block for machines (or null). */
interface DiagnosticsOutput {
  readonly text: string;
  readonly json: string | null;
}

/** Where the JSON block starts: a Markdown ```json fence after the text, so a pasted issue renders both. */
const JSON_FENCE = /\n```json[^\n]*\n/;

/** Splits a run's answer (text, then an optional fenced JSON block) without knowing the host that wrote it. */
export function splitDiagnosticsOutput(output: string): DiagnosticsOutput {
  const fence = JSON_FENCE.exec(output);
  if (fence == null) return { text: output, json: null };
  const start = fence.index + fence[0].length;
  const end = output.indexOf('```', start);
  return { text: `${output.slice(0, fence.index).trimEnd()}\n`, json: output.slice(start, end < 0 ? undefined : end).trim() };
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
  const [copyMessage, setCopyMessage] = useState<string | null>(null);
  const { text, json } = splitDiagnosticsOutput(output);
  return (
    <>
      <SpectrumTextArea
        label="Diagnostics report"
        labelHidden
        name="diagnostics-report"
        rows={12}
        readOnly
        value={text}
        onChange={() => undefined}
      />
      <div className="button-row">
        <SpectrumButton emphasis="quiet" onPress={() => void copyReport(output, clipboard).then(setCopyMessage)}>
          {json == null ? 'Copy' : 'Copy (text and JSON)'}
        </SpectrumButton>
        {json == null ? null : (
          <SpectrumButton emphasis="quiet" onPress={() => void copyReport(json, clipboard).then(setCopyMessage)}>
            Copy JSON
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

interface DiagnosticsSectionProps {
  /** Runs the probes and answers the text report, optionally followed by its JSON in a ```json fence. */
  readonly run: (options: DiagnosticsRunOptions) => Promise<string>;
  /** @default navigator.clipboard, or none */
  readonly clipboard?: ClipboardWriter | null;
}

/**
 * "Run diagnostics" for a real Premiere install: the report in a read-only text area, and Copy.
 * Presentational: the probes come in through `run`; nothing here knows Premiere.
 */
export function DiagnosticsSection({ run, clipboard = defaultClipboard() }: DiagnosticsSectionProps) {
  const [readOnly, setReadOnly] = useState(false);
  const [keepScratchSequence, setKeepScratchSequence] = useState(false);
  const [state, start] = useAsyncAction(run);
  // A new run starts with a fresh view, so an old "Copied." does not linger.
  const [runCount, setRunCount] = useState(0);
  const report = state.status === 'done' ? state.result : state.status === 'failed' ? `Diagnostics stopped: ${state.message}` : null;

  return (
    <div className="subsection" aria-labelledby="diagnostics-heading">
      <h2 id="diagnostics-heading">Diagnostics</h2>
      <p className="hint">
        Checks this Premiere install against what ClipRelay relies on. Unless read-only, it edits only a scratch sequence it creates and
        deletes.
      </p>
      <SpectrumCheckbox
        name="diagnostics-read-only"
        label="Read-only (skip the scratch sequence)"
        checked={readOnly}
        onChange={setReadOnly}
      />
      <SpectrumCheckbox
        name="diagnostics-keep-scratch"
        label="Keep the scratch sequence to inspect it"
        checked={keepScratchSequence}
        disabled={readOnly}
        onChange={setKeepScratchSequence}
      />
      <div className="button-row">
        <SpectrumButton
          disabled={state.status === 'running'}
          onPress={() => {
            setRunCount((count) => count + 1);
            void start({ readOnly, keepScratchSequence: keepScratchSequence && !readOnly });
          }}
        >
          {state.status === 'running' ? 'Running…' : 'Run diagnostics'}
        </SpectrumButton>
      </div>
      {report == null ? null : <DiagnosticsReportView key={runCount} output={report} clipboard={clipboard} />}
    </div>
  );
}
