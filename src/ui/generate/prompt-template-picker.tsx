import { useState } from 'react';
import { renderPromptTemplate, templateVariables, type PromptTemplate } from '../../domain/prompts/prompt-template';
import { describeError } from '../../shared/app-error';

/** Pick a prompt template, fill its {variables}, and put the result into the prompt. */
export function PromptTemplatePicker({ templates, onUse }: { templates: readonly PromptTemplate[]; onUse: (prompt: string) => void }) {
  const [templateId, setTemplateId] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const template = templates.find((candidate) => candidate.id === templateId);
  if (templates.length === 0) return null;
  return (
    <div className="template-picker">
      <label className="field">
        <span>Prompt template</span>
        <select
          name="prompt-template"
          value={templateId}
          onChange={(event) => (setTemplateId(event.target.value), setValues({}), setProblem(null))}
        >
          <option value="">None</option>
          {templates.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </select>
      </label>
      {template == null ? null : (
        <>
          {templateVariables(template.text).map((name) => (
            <label key={name} className="field">
              <span>{name}</span>
              <input
                type="text"
                value={values[name] ?? ''}
                onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
              />
            </label>
          ))}
          <button
            type="button"
            className="quiet"
            onClick={() => {
              try {
                onUse(renderPromptTemplate(template.text, values));
                setProblem(null);
              } catch (error) {
                setProblem(describeError(error));
              }
            }}
          >
            Use template
          </button>
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
