import { SOURCE_LOCALE } from '../../shared/i18n/app-locale';
import { createTranslator, type Translator } from '../../shared/i18n/translator';

/**
 * English, the source catalog: what the form's line-composing helpers speak when no translator is passed (callers
 * outside a `MessagesProvider`, and tests that read the English lines). Components pass `useMessages()`.
 */
export const SOURCE_MESSAGES: Translator = createTranslator(SOURCE_LOCALE);

/** What the line-composing helpers need from a translator: the message and the number/duration formats. */
export type FormMessages = Pick<Translator, 't' | 'formatNumber' | 'formatDuration'>;
