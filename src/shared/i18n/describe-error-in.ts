import { AppError, describeError, type LocalizedMessage } from '../app-error';
import { SOURCE_LOCALE } from './app-locale';
import { CATALOGS, type MessageId } from './catalogs';
import type { Translator } from './translator';

/** The catalog lookup without the compile-time values check: a LocalizedMessage's id and values travel together. */
type LooseTranslate = (id: MessageId, values?: Readonly<Record<string, string | number>>) => string;

/**
 * The message to show an editor for any thrown value, in the translator's language: the error's catalog message when
 * it carries one, else its own (English) message. English is the error's `message` word for word, so the panel and the
 * CLI say the same thing. Provider text is passed as a value (ICU never reads it) and, outside English, labelled.
 */
export function describeErrorIn(translator: Translator, error: unknown): string {
  if (!AppError.isInstance(error) || error.localized == null) return describeError(error);
  return describeLocalizedIn(translator, error.localized, describeError(error));
}

/**
 * A stored LocalizedMessage (a job's problem) in the translator's language; `english` is the text stored with it,
 * shown as is in English (what the CLI and older builds show) and wherever the message cannot be formatted.
 */
export function describeLocalizedIn(translator: Translator, localized: LocalizedMessage, english: string): string {
  // English is the stored text itself; an id this build does not know (a ledger from a newer build) keeps it too.
  if (translator.locale === SOURCE_LOCALE || !isKnown(localized)) return english;
  return sentenceIn(translator, localized);
}

/** Every id (this one and the sentences after it) is in this build's catalog. */
function isKnown(localized: LocalizedMessage): boolean {
  return (
    Object.hasOwn(CATALOGS[SOURCE_LOCALE], localized.id) &&
    (localized.also ?? []).every(isKnown) &&
    Object.values(localized.parts ?? {}).every(isKnown)
  );
}

function sentenceIn(translator: Translator, localized: LocalizedMessage): string {
  const translate = translator.t as LooseTranslate;
  const values: Record<string, string | number> = { ...localized.values };
  for (const [name, items] of Object.entries(localized.lists ?? {})) values[name] = translator.formatList(items);
  for (const [name, items] of Object.entries(localized.alternatives ?? {})) values[name] = translator.formatList(items, 'disjunction');
  for (const [name, part] of Object.entries(localized.parts ?? {})) values[name] = sentenceIn(translator, part);
  if (localized.providerSaid != null) {
    values.providerSaid = translate('panel.providerSaid', {
      provider: localized.providerSaid.provider,
      reason: localized.providerSaid.text,
    });
  }
  const sentence = translate(localized.id, values);
  const after = (localized.also ?? []).map((next) => sentenceIn(translator, next));
  // Chinese sentences end in a full-width stop and run on without a space.
  return [sentence, ...after].join(translator.locale === 'zh-Hans' ? '' : ' ');
}
