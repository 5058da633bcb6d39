/** How many prompts the history keeps. */
export const PROMPT_HISTORY_LIMIT = 50;

/** The history with `prompt` first: an earlier copy moves up instead of repeating, the oldest fall off past the limit. */
export function rememberPrompt(history: readonly string[], prompt: string): string[] {
  const text = prompt.trim();
  if (text === '') return [...history];
  return [text, ...history.filter((earlier) => earlier !== text)].slice(0, PROMPT_HISTORY_LIMIT);
}

/** Prompts containing every word of the query (any case, any order), newest first; all of them for an empty query. */
export function searchPrompts(history: readonly string[], query: string): string[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');
  return history.filter((prompt) => {
    const text = prompt.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}
