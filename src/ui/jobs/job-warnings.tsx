import { useState } from 'react';
import { splitFormatMismatchNotice } from '../../workflows/format-mismatch';
import type { Translator } from '../../shared/i18n/translator';
import { useMessages } from '../i18n/use-messages';
import { SpectrumButton } from '../spectrum/spectrum-button';

/**
 * A job's warnings, each said once. The format-mismatch notice is one line with a "What this means"
 * button that shows Premiere's behaviour and what to do, so the card stays short.
 */
export function JobWarnings({
  warnings,
  messages,
}: {
  warnings: readonly string[];
  /** The card's language. @default the panel's (useMessages) */
  messages?: Translator;
}) {
  const distinct = [...new Set(warnings)];
  const mismatch = distinct.map(splitFormatMismatchNotice).find((split) => split != null);
  const others = distinct.filter((warning) => splitFormatMismatchNotice(warning) == null);
  return (
    <>
      {mismatch == null ? null : <FormatMismatchLine line={mismatch.line} meaning={mismatch.meaning} messages={messages} />}
      {others.map((warning) => (
        <p key={warning} className="warning">
          {warning}
        </p>
      ))}
    </>
  );
}

function FormatMismatchLine({ line, meaning, messages }: { line: string; meaning: string; messages: Translator | undefined }) {
  const panelMessages = useMessages();
  const { t } = messages ?? panelMessages;
  const [open, setOpen] = useState(false);
  return (
    <>
      <p className="warning" data-testid="format-mismatch">
        {line}{' '}
        <SpectrumButton emphasis="quiet" expanded={open} onPress={() => setOpen(!open)}>
          {t('jobs.whatThisMeans')}
        </SpectrumButton>
      </p>
      {open ? <p className="hint">{meaning}</p> : null}
    </>
  );
}
