import { useState } from 'react';
import type { LocalizedMessage } from '../../shared/app-error';
import { SOURCE_LOCALE } from '../../shared/i18n/app-locale';
import { CATALOGS } from '../../shared/i18n/catalogs';
import { describeLocalizedIn } from '../../shared/i18n/describe-error-in';
import { createTranslator } from '../../shared/i18n/translator';
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
  words,
}: {
  warnings: readonly string[];
  /** Each warning's catalog message at its index (the job's `warningWords`); none: the stored English. */
  words?: readonly (LocalizedMessage | null)[];
}) {
  const distinct = [...new Set(warnings)];
  const mismatch = distinct.map(splitFormatMismatchNotice).find((split) => split != null);
  const others = distinct.filter((warning) => splitFormatMismatchNotice(warning) == null);
  const messages = useMessages();
  return (
    <>
      {mismatch == null ? null : <FormatMismatchLine line={mismatch.line} meaning={mismatch.meaning} />}
      {others.map((warning) => (
        <p key={warning} className="warning">
          {warningIn(messages, warning, warnings, words)}
        </p>
      ))}
    </>
  );
}

function FormatMismatchLine({ line, meaning }: { line: string; meaning: string }) {
  const { t } = useMessages();
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

const ENGLISH = createTranslator(SOURCE_LOCALE);

/**
 * The warning in the card's language: its catalog message when one is stored beside it and says, in English, exactly
 * the stored text (a list edited out of step, or text redacted since, falls back to the English as stored).
 */
function warningIn(
  messages: Translator,
  warning: string,
  warnings: readonly string[],
  words: readonly (LocalizedMessage | null)[] | undefined,
): string {
  const localized = words?.[warnings.indexOf(warning)];
  // An id this build does not know (a newer build's ledger) keeps the stored English too.
  if (localized == null || !Object.hasOwn(CATALOGS[SOURCE_LOCALE], localized.id) || formatEnglish(localized) !== warning) return warning;
  return describeLocalizedIn(messages, localized, warning);
}

function formatEnglish(localized: LocalizedMessage): string {
  return (ENGLISH.t as (id: string, values?: Readonly<Record<string, string | number>>) => string)(localized.id, localized.values);
}
