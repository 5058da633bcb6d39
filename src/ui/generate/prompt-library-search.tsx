import { useState } from 'react';
import { promptLibrary, searchPromptLibrary } from '../../domain/packs';
import type { PresetPack } from '../../domain/presets';
import { renderPromptTemplate, templateVariables, type PromptTemplate } from '../../domain/prompts/prompt-template';
import { describeError } from '../../shared/app-error';
import { SpectrumButton } from '../spectrum/spectrum-button';
import { SpectrumTextField } from '../spectrum/spectrum-text-field';

/** Hits shown at once: the search narrows the rest. */
const MAX_HITS = 8;

type LibraryTemplate = ReturnType<typeof promptLibrary>[number];

/**
 * The agency's shared prompt library (templates from the packs in use, versioned with them) beside
 * the editor's own, searchable by name, tag, text or variable; a picked template's {variables} are
 * filled in and the result goes into the prompt. Shown only when a pack brings templates.
 */
export function PromptLibrarySearch({
  packs,
  personal,
  onUse,
}: {
  packs: readonly PresetPack[];
  personal: readonly PromptTemplate[];
  onUse: (prompt: string) => void;
}) {
  const [query, setQuery] = useState('');
  const [pickedKey, setPickedKey] = useState<string | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  if (!packs.some((pack) => (pack.prompts?.templates.length ?? 0) > 0)) return null;
  const library = promptLibrary(packs, personal);
  const hits = searchPromptLibrary(library, query);
  const picked = library.find((template) => template.key === pickedKey);
  const pick = (template: LibraryTemplate) => {
    setPickedKey(template.key);
    setValues({});
    setProblem(null);
  };
  return (
    <div className="template-picker" role="group" aria-label="Prompt library">
      <SpectrumTextField
        label="Search the prompt library"
        name="prompt-library-search"
        value={query}
        onChange={setQuery}
        placeholder="name, tag, words of the prompt"
      />
      {hits.length === 0 ? <p className="hint">No template holds every word of “{query.trim()}”.</p> : null}
      <div className="button-row">
        {hits.slice(0, MAX_HITS).map((template) => (
          <SpectrumButton
            key={template.key}
            emphasis="quiet"
            onPress={() => pick(template)}
            label={`Pick template ${template.name} (${sourceLabel(template)})`}
            title={template.text}
          >
            {template.name}
          </SpectrumButton>
        ))}
      </div>
      {hits.length > MAX_HITS ? <p className="hint">{hits.length - MAX_HITS} more: type more of the name to narrow.</p> : null}
      {picked == null ? null : (
        <>
          <p className="hint">
            {picked.name} · {sourceLabel(picked)}
          </p>
          {templateVariables(picked.text).map((name) => (
            <SpectrumTextField
              key={name}
              label={name}
              name={`library-${name}`}
              value={values[name] ?? ''}
              onChange={(value) => setValues((current) => ({ ...current, [name]: value }))}
            />
          ))}
          <SpectrumButton
            emphasis="quiet"
            label={`Put ${picked.name} into the prompt`}
            onPress={() => {
              try {
                onUse(renderPromptTemplate(picked.text, values));
                setProblem(null);
              } catch (error) {
                setProblem(describeError(error));
              }
            }}
          >
            Use template
          </SpectrumButton>
          {problem == null ? null : (
            <p className="error" role="alert">
              {problem}
            </p>
          )}
        </>
      )}
    </div>
  );
}

/** "Acme house mix, release 3" or "yours". */
function sourceLabel(template: LibraryTemplate): string {
  return template.source.kind === 'pack' ? `${template.source.packName}, release ${template.source.packVersion}` : 'yours';
}
