import type { LocalizedMessage } from '../../shared/app-error';
import { SOURCE_LOCALE } from '../../shared/i18n/app-locale';
import { CATALOGS } from '../../shared/i18n/catalogs';
import { describeLocalizedIn } from '../../shared/i18n/describe-error-in';
import { createTranslator } from '../../shared/i18n/translator';
import { useMessages } from '../i18n/use-messages';

const ENGLISH = createTranslator(SOURCE_LOCALE);

/**
 * A duck's warnings (the plan's and the host's notes) in the panel's language: each one's catalog message at its index
 * in `words`, where it has one that says, in English, exactly the warning (else the English as it came).
 */
export function DuckWarnings({ warnings, words }: { warnings: readonly string[]; words?: readonly (LocalizedMessage | null)[] }) {
  const messages = useMessages();
  return (
    <>
      {warnings.map((warning, index) => {
        const localized = words?.[index];
        const said =
          localized == null || !Object.hasOwn(CATALOGS[SOURCE_LOCALE], localized.id) || englishOf(localized) !== warning
            ? warning
            : describeLocalizedIn(messages, localized, warning);
        return (
          // Warnings can repeat (two files failing alike); the position keeps each its own line, and the list is never reordered.
          <p key={index} className="warning">
            {said}
          </p>
        );
      })}
    </>
  );
}

/** The message's English with its English values (parts as their English value), as the CLI prints it. */
function englishOf(localized: LocalizedMessage): string {
  return (ENGLISH.t as (id: string, values?: Readonly<Record<string, string | number>>) => string)(localized.id, localized.values);
}
