import type { LocalizedMessage } from '../../shared/app-error';
import { jsonSyntaxProblem, jsonSyntaxSpot } from '../../shared/json-syntax-problem';
import type { PresetPackIssue } from './preset-pack-error';

/** A pack (or a signed pack file) that is not JSON: where it stops parsing, as a sentence with its catalog message. */
export function jsonSyntaxIssue(error: unknown, text: string): PresetPackIssue {
  const problem = jsonSyntaxProblem(error, text);
  return { path: '', message: problem.charAt(0).toUpperCase() + problem.slice(1), localized: spotWords(error, text) };
}

function spotWords(error: unknown, text: string): LocalizedMessage {
  const spot = jsonSyntaxSpot(error, text);
  if (spot === 'empty') return { id: 'packs.jsonEmpty' };
  if (spot === 'cut-short') return { id: 'packs.jsonCutShort' };
  // As text: English writes "line 1234" without grouping.
  return { id: 'packs.jsonMistakeAt', values: { line: String(spot.line), column: String(spot.column) } };
}
