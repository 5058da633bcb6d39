import { templateVariables, type PromptTemplate } from '../prompts/prompt-template';
import type { PresetPack } from '../presets/preset-pack-schema';
import { templateNamingProblem } from '../presets/template-naming-rule';

/** A template as the Generate tab lists it: the agency's (from a pack, versioned with it) or the editor's own. */
interface LibraryTemplate {
  /** Unique in the library: `pack:<pack name>:<id>` or `personal:<id>`. */
  readonly key: string;
  readonly id: string;
  readonly name: string;
  readonly text: string;
  readonly tags: readonly string[];
  /** `{variables}` the editor fills in, in order. */
  readonly variables: readonly string[];
  /** The pack's name and release, or "personal". */
  readonly source: { readonly kind: 'pack'; readonly packName: string; readonly packVersion: number } | { readonly kind: 'personal' };
}

/** The agency's templates first (in pack order), then the editor's personal ones (from preferences). */
export function promptLibrary(packs: readonly PresetPack[], personal: readonly PromptTemplate[]): LibraryTemplate[] {
  const shared = packs.flatMap((pack) =>
    (pack.prompts?.templates ?? []).map((template): LibraryTemplate => ({
      key: `pack:${pack.name}:${template.id}`,
      id: template.id,
      name: template.name,
      text: template.text,
      tags: template.tags,
      variables: templateVariables(template.text),
      source: { kind: 'pack', packName: pack.name, packVersion: pack.version },
    })),
  );
  const own = personal.map((template): LibraryTemplate => ({
    key: `personal:${template.id}`,
    id: template.id,
    name: template.name,
    text: template.text,
    tags: [],
    variables: templateVariables(template.text),
    source: { kind: 'personal' },
  }));
  return [...shared, ...own];
}

/** Lower case, accents removed: "Café" finds "cafe". */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * Templates matching every word of `query` (in the name, tags, text or variables; case and
 * accents ignored), best first: a name match before a tag match before a text match, then library
 * order. An empty query lists the whole library in its order.
 */
export function searchPromptLibrary(library: readonly LibraryTemplate[], query: string): LibraryTemplate[] {
  const words = fold(query)
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length === 0) return [...library];
  const scored: { template: LibraryTemplate; score: number; index: number }[] = [];
  library.forEach((template, index) => {
    const name = fold(template.name);
    const tags = fold(template.tags.join(' '));
    const body = fold(`${template.text} ${template.variables.join(' ')}`);
    let score = 0;
    for (const word of words) {
      if (name.includes(word)) score += 3;
      else if (tags.includes(word)) score += 2;
      else if (body.includes(word)) score += 1;
      else return;
    }
    scored.push({ template, score, index });
  });
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).map((entry) => entry.template);
}

/**
 * Why a personal template's name breaks the agency's naming rule (the last installed pack that has
 * one), in the rule's own words; null when it follows it or no pack sets a rule. Checked before
 * the template is saved.
 */
export function personalTemplateNameProblem(name: string, packs: readonly PresetPack[]): string | null {
  const rule = packs.findLast((pack) => pack.prompts?.namingRule != null)?.prompts?.namingRule;
  return rule == null ? null : templateNamingProblem(name, rule);
}
