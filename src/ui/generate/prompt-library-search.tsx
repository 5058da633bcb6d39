import { useState } from 'react';
import { promptLibrary, searchPromptLibrary } from '../../domain/packs';
import type { PresetPack } from '../../domain/presets';
import { renderPromptTemplate, templateVariables, type PromptTemplate } from '../../domain/prompts/prompt-template';
import { describeErrorIn } from '../../shared/i18n/describe-error-in';
import type { Translator } from '../../shared/i18n/translator';
import { useMessages } from '../i18n/use-messages';
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
  const messages = useMessages();
  const { t } = messages;
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
    <div className="template-picker" role="group" aria-label={t('generate.promptLibrary')}>
      <SpectrumTextField
        label={t('generate.searchLibrary')}
        name="prompt-library-search"
        value={query}
        onChange={setQuery}
        placeholder={t('generate.librarySearchPlaceholder')}
      />
      {hits.length === 0 ? <p className="hint">{t('generate.noTemplateMatch', { query: query.trim() })}</p> : null}
      <div className="button-row">
        {hits.slice(0, MAX_HITS).map((template) => (
          <SpectrumButton
            key={template.key}
            emphasis="quiet"
            onPress={() => pick(template)}
            label={t('generate.pickTemplate', { name: template.name, source: sourceLabel(template, t) })}
            title={template.text}
          >
            {template.name}
          </SpectrumButton>
        ))}
      </div>
      {hits.length > MAX_HITS ? <p className="hint">{t('generate.moreTemplates', { count: hits.length - MAX_HITS })}</p> : null}
      {picked == null ? null : (
        <>
          <p className="hint">
            {picked.name} · {sourceLabel(picked, t)}
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
            label={t('generate.putIntoPrompt', { name: picked.name })}
            onPress={() => {
              try {
                onUse(renderPromptTemplate(picked.text, values));
                setProblem(null);
              } catch (error) {
                setProblem(describeErrorIn(messages, error));
              }
            }}
          >
            {t('generate.useTemplate')}
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
function sourceLabel(template: LibraryTemplate, t: Translator['t']): string {
  return template.source.kind === 'pack'
    ? t('generate.templateFromPack', { pack: template.source.packName, version: template.source.packVersion })
    : t('generate.templateYours');
}
