import { MissingTemplateValuesError } from './missing-template-values-error';

/**
 * A reusable prompt with `{variables}`, e.g. "Aerial shot of {place} at {time of day}, {mood} light".
 * Variable names may contain spaces; the editor fills them in before Generate.
 */
export interface PromptTemplate {
  readonly id: string;
  readonly name: string;
  readonly text: string;
}

/** Variable names in order of first appearance, without duplicates. */
export function templateVariables(text: string): string[] {
  const names = [...text.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1]!.trim());
  return [...new Set(names)];
}

/** The prompt with every variable filled; throws naming the variables still empty. */
export function renderPromptTemplate(text: string, values: Readonly<Record<string, string>>): string {
  const missing = templateVariables(text).filter((name) => (values[name] ?? '').trim() === '');
  if (missing.length > 0) throw new MissingTemplateValuesError({ names: missing });
  return text.replace(/\{([^{}]+)\}/g, (_, name: string) => values[name.trim()]!.trim());
}
