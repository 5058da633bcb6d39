import { useState } from 'react';
import { renderPromptTemplate, templateVariables, type PromptTemplate } from '../../domain/prompts/prompt-template';
import { describeErrorIn } from '../../shared/i18n/describe-error-in';
import { useMessages } from '../i18n/use-messages';
import { SpectrumButton } from '../spectrum/spectrum-button';
import { SpectrumPicker } from '../spectrum/spectrum-picker';
import { SpectrumTextField } from '../spectrum/spectrum-text-field';

/** The picker value for "no template" (a picker shows no option whose value is empty). */
const NO_TEMPLATE = 'none';

/** Pick a prompt template, fill its {variables}, and put the result into the prompt. */
export function PromptTemplatePicker({ templates, onUse }: { templates: readonly PromptTemplate[]; onUse: (prompt: string) => void }) {
  const [templateId, setTemplateId] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const messages = useMessages();
  const { t } = messages;
  const template = templates.find((candidate) => candidate.id === templateId);
  if (templates.length === 0) return null;
  return (
    <div className="template-picker">
      <SpectrumPicker
        label={t('generate.promptTemplate')}
        name="prompt-template"
        value={templateId === '' ? NO_TEMPLATE : templateId}
        options={[
          { value: NO_TEMPLATE, label: t('generate.templateNone') },
          ...templates
            .filter((candidate) => candidate.id !== NO_TEMPLATE)
            .map((candidate) => ({ value: candidate.id, label: candidate.name })),
        ]}
        onChange={(value) => (setTemplateId(value === NO_TEMPLATE ? '' : value), setValues({}), setProblem(null))}
      />
      {template == null ? null : (
        <>
          {templateVariables(template.text).map((name) => (
            <SpectrumTextField
              key={name}
              label={name}
              name={`template-${name}`}
              value={values[name] ?? ''}
              onChange={(value) => setValues((current) => ({ ...current, [name]: value }))}
            />
          ))}
          <SpectrumButton
            emphasis="quiet"
            onPress={() => {
              try {
                onUse(renderPromptTemplate(template.text, values));
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
