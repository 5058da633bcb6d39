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
  const mismatchNotice = distinct.find((warning) => splitFormatMismatchNotice(warning) != null);
  const others = distinct.filter((warning) => splitFormatMismatchNotice(warning) == null);
  const messages = useMessages();
  const mismatch = mismatchNotice == null ? null : mismatchIn(messages, mismatchNotice, wordsOf(mismatchNotice, warnings, words));
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

/** The warning in the card's language: its catalog message when one is stored beside it, else the English as stored. */
function warningIn(
  messages: Translator,
  warning: string,
  warnings: readonly string[],
  words: readonly (LocalizedMessage | null)[] | undefined,
): string {
  const localized = wordsOf(warning, warnings, words);
  return localized == null ? warning : describeLocalizedIn(messages, localized, warning);
}

/**
 * The format-mismatch notice as its line and what it means, each in the card's language when its words are stored (its
 * line and meaning are parts of `jobs.formatMismatch`); else split from the stored English by its shape (older records).
 */
function mismatchIn(messages: Translator, notice: string, localized: LocalizedMessage | null): { line: string; meaning: string } {
  const english = splitFormatMismatchNotice(notice)!;
  const line = localized?.id === 'jobs.formatMismatch' ? localized.parts?.line : undefined;
  const meaning = localized?.id === 'jobs.formatMismatch' ? localized.parts?.meaning : undefined;
  // Each part must say, in English, exactly the stored line and meaning: else the stored English it is.
  if (line == null || meaning == null || sayEnglish(line) !== english.line || sayEnglish(meaning) !== english.meaning) return english;
  return { line: describeLocalizedIn(messages, line, english.line), meaning: describeLocalizedIn(messages, meaning, english.meaning) };
}

/**
 * The warning's stored catalog message when it says, in English, exactly the stored text (a list edited out of step, or
 * text redacted since, has none); an id this build does not know (a newer build's ledger) has none either.
 */
function wordsOf(
  warning: string,
  warnings: readonly string[],
  words: readonly (LocalizedMessage | null)[] | undefined,
): LocalizedMessage | null {
  const localized = words?.[warnings.indexOf(warning)];
  if (localized == null || !isKnown(localized) || sayEnglish(localized) !== warning) return null;
  return localized;
}

function isKnown(localized: LocalizedMessage): boolean {
  return [localized, ...(localized.also ?? []), ...Object.values(localized.parts ?? {})].every((message) =>
    Object.hasOwn(CATALOGS[SOURCE_LOCALE], message.id),
  );
}

/** The message in English, with the sentences after it (`also`, joined by a space as English joins them). */
function sayEnglish(localized: LocalizedMessage): string {
  const english = (ENGLISH.t as (id: string, values?: Readonly<Record<string, string | number>>) => string)(localized.id, localized.values);
  return [english, ...(localized.also ?? []).map(sayEnglish)].join(' ');
}
