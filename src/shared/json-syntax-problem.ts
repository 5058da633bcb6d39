/** Where a JSON text stops parsing: a line and column as an editor counts them, or why there is none. */
type JsonSyntaxSpot = { readonly line: number; readonly column: number } | 'empty' | 'cut-short';

/**
 * Where a JSON text stops parsing, as a person can find it in an editor: "near line 3, column 14".
 * The engine's own message is not shown: it differs between engines and reads like a parser's
 * ("Expected ',' or '}' after property value").
 */
export function jsonSyntaxProblem(error: unknown, text: string): string {
  const spot = jsonSyntaxSpot(error, text);
  if (spot === 'empty') return 'it is empty';
  if (spot === 'cut-short') return 'it is not valid JSON (it may be cut short)';
  return `it is not valid JSON (a mistake near line ${spot.line}, column ${spot.column})`;
}

/** The same as jsonSyntaxProblem, as data, for a message in another language. */
export function jsonSyntaxSpot(error: unknown, text: string): JsonSyntaxSpot {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message);
  if (position == null) return text.trim() === '' ? 'empty' : 'cut-short';
  const offset = Math.min(Number(position[1]), text.length);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
