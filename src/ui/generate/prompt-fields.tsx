import { useMessages } from '../i18n/use-messages';
import { SpectrumTextArea, SpectrumTextField } from '../spectrum/spectrum-text-field';
import { promptLength } from './prompt-length';

/** The prompt and what to avoid: the text the provider is asked to generate from, counted against the model's limit. */
export function PromptFields({
  prompt,
  negativePrompt,
  maxPromptChars,
  modelName,
  onPromptChange,
  onNegativePromptChange,
}: {
  prompt: string;
  negativePrompt: string;
  /** The model's limit from the catalog. @default undefined (no counter) */
  maxPromptChars?: number;
  modelName: string;
  onPromptChange: (prompt: string) => void;
  onNegativePromptChange: (negativePrompt: string) => void;
}) {
  const messages = useMessages();
  const { t } = messages;
  const length = promptLength(prompt, maxPromptChars, modelName, messages);
  return (
    <>
      <SpectrumTextArea
        label={t('generate.prompt')}
        name="prompt"
        rows={3}
        value={prompt}
        placeholder={t('generate.promptPlaceholder')}
        invalid={length?.over === true}
        describedBy={length == null ? undefined : 'prompt-count'}
        onChange={onPromptChange}
      />
      {length == null ? null : (
        <p className={length.over ? 'hint over' : 'hint'} id="prompt-count" data-testid="prompt-count">
          <span aria-label={t('generate.promptLengthLabel', { counter: length.counter })}>{length.counter}</span>
        </p>
      )}
      {length?.refusal == null ? null : (
        <p className="error" role="alert" data-testid="prompt-too-long">
          {length.refusal}
        </p>
      )}
      <SpectrumTextField
        label={t('generate.negativePrompt')}
        name="negative-prompt"
        value={negativePrompt}
        placeholder={t('generate.negativePromptPlaceholder')}
        onChange={onNegativePromptChange}
      />
    </>
  );
}
