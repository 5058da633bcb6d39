interface PromptLength {
  /** "2,431 / 2,500". */
  readonly counter: string;
  /** Past the model's limit: the form refuses before anything is sent. */
  readonly over: boolean;
  /** Why Generate is refused, in the editor's words; null within the limit. */
  readonly refusal: string | null;
}

const count = (value: number) => value.toLocaleString('en-US');

/**
 * The prompt's length against the model's limit from the catalog (`maxPromptChars`), counted the way
 * the request check counts it (UTF-16 units), so the counter and the refusal never disagree. Null
 * when the catalog gives the model no limit.
 */
export function promptLength(prompt: string, maxChars: number | undefined, modelName: string): PromptLength | null {
  if (maxChars == null) return null;
  const over = prompt.length > maxChars;
  return {
    counter: `${count(prompt.length)} / ${count(maxChars)}`,
    over,
    refusal: over
      ? `The prompt is ${count(prompt.length)} characters; ${modelName} takes at most ${count(maxChars)}. Shorten it by ${count(prompt.length - maxChars)} to generate; nothing is sent until then.`
      : null,
  };
}
