import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { AppError, describeError, type LocalizedMessage } from '../app-error';
import type { MessageId } from '../i18n/catalogs';
import { EN_DIAGNOSTICS } from '../i18n/catalogs/en/diagnostics';

/**
 * One piece of a Diagnostics report (a section, a label, a value, a VERIFY question or answer): the English text the
 * report has always said, and the catalog message it was formatted from, so the panel can say it in the editor's
 * language while the copied JSON stays English for support. No message: text the host wrote (a version string, an
 * exception's own words), shown as is in every language.
 */
export interface DiagnosticsText {
  readonly text: string;
  readonly message?: LocalizedMessage;
}

type DiagnosticsMessageId = keyof typeof EN_DIAGNOSTICS & MessageId;
type DiagnosticsValues = Readonly<Record<string, string | number>>;
/** A message with placeholders needs its values; one without takes none (as the translator's `t`). */
type ValuesArgument<Id extends DiagnosticsMessageId> = (typeof EN_DIAGNOSTICS)[Id] extends `${string}{${string}`
  ? [values: DiagnosticsValues]
  : [];

// The area itself, not the English catalog: the Premiere build keeps these messages out of the main script (only the
// Diagnostics chunk, which records the report, formats them; see tools/english-areas-for-premiere-loader.cjs).
let english: IntlShape | null = null;

/** A catalog message of the `diagnostics` area, with its English text worked out now (the report's English is that text). */
export function diagnosticsText<Id extends DiagnosticsMessageId>(id: Id, ...values: ValuesArgument<Id>): DiagnosticsText {
  english ??= createIntl({ locale: 'en', messages: EN_DIAGNOSTICS, onError: () => undefined }, createIntlCache());
  const given = values[0];
  return {
    text: english.formatMessage({ id }, given),
    message: given == null ? { id } : { id, values: given },
  };
}

/** Text the host or Premiere wrote — a version string, a name, a reading — shown verbatim in every language, never read as ICU. */
export function hostText(text: string): DiagnosticsText {
  return { text };
}

/** A thrown value's message; its catalog message too when it carries one, so the panel says it in the editor's language. */
export function errorText(error: unknown): DiagnosticsText {
  const text = describeError(error);
  return AppError.isInstance(error) && error.localized != null ? { text, message: error.localized } : { text };
}
