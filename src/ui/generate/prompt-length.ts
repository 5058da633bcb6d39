import { SOURCE_MESSAGES, type FormMessages } from './source-messages';

interface PromptLength {
  /** "2,431 / 2,500" (grouped per locale). */
  readonly counter: string;
  /** Past the model's limit: the form refuses before anything is sent. */
  readonly over: boolean;
  /** Why Generate is refused, in the editor's words; null within the limit. */
  readonly refusal: string | null;
}

/**
 * The prompt's length against the model's limit from the catalog (`maxPromptChars`), counted the way
 * the request check counts it (UTF-16 units), so the counter and the refusal never disagree. Null
 * when the catalog gives the model no limit. In the editor's language when given the panel's `messages`.
 */
export function promptLength(
  prompt: string,
  maxChars: number | undefined,
  modelName: string,
  messages: Pick<FormMessages, 't'> = SOURCE_MESSAGES,
): PromptLength | null {
  if (maxChars == null) return null;
  const { t } = messages;
  const over = prompt.length > maxChars;
  return {
    counter: t('generate.promptCounter', { charCount: prompt.length, maxCount: maxChars }),
    over,
    refusal: over
      ? t('generate.promptTooLong', {
          charCount: prompt.length,
          model: modelName,
          maxCount: maxChars,
          excessCount: prompt.length - maxChars,
        })
      : null,
  };
}
