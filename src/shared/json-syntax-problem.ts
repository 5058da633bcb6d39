/**
 * Where a JSON text stops parsing, as a person can find it in an editor: "near line 3, column 14".
 * The engine's own message is not shown: it differs between engines and reads like a parser's
 * ("Expected ',' or '}' after property value").
 */
export function jsonSyntaxProblem(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message);
  if (position == null) return text.trim() === '' ? 'it is empty' : 'it is not valid JSON (it may be cut short)';
  const offset = Math.min(Number(position[1]), text.length);
  const before = text.slice(0, offset).split('\n');
  return `it is not valid JSON (a mistake near line ${before.length}, column ${before.at(-1)!.length + 1})`;
}
