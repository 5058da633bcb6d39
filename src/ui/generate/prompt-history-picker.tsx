import { useState } from 'react';
import { useMessages } from '../i18n/use-messages';
import { SpectrumButton } from '../spectrum/spectrum-button';
import { SpectrumTextField } from '../spectrum/spectrum-text-field';
import { searchPrompts } from './prompt-history';

/** How many matches are listed at once; the search narrows the rest. */
const SHOWN = 8;

/** Earlier prompts, searchable; choosing one fills the prompt field. Hidden until there is a history. */
export function PromptHistoryPicker({ history, onUse }: { history: readonly string[]; onUse: (prompt: string) => void }) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const { t } = useMessages();
  if (history.length === 0) return null;
  const matches = searchPrompts(history, query);
  // A button, not <details>: UXP's HTML does not promise <details>, and the panel runs in both.
  const toggle = (
    <SpectrumButton emphasis="quiet" expanded={open} onPress={() => setOpen(!open)}>
      {t('generate.earlierPrompts', { count: history.length })}
    </SpectrumButton>
  );
  if (!open) return <div className="row">{toggle}</div>;
  return (
    <div className="prompt-history" id="prompt-history">
      {toggle}
      <SpectrumTextField
        label={t('generate.searchPrompts')}
        labelHidden
        name="prompt-history-search"
        placeholder={t('generate.searchPrompts')}
        value={query}
        onChange={setQuery}
      />
      {matches.length === 0 ? (
        <p className="hint">{t('generate.noPromptMatch')}</p>
      ) : (
        <ul className="prompt-history-list">
          {matches.slice(0, SHOWN).map((prompt) => (
            <li key={prompt}>
              <SpectrumButton
                emphasis="quiet"
                title={prompt}
                label={t('generate.useEarlierPrompt', { prompt })}
                onPress={() => onUse(prompt)}
              >
                {prompt}
              </SpectrumButton>
            </li>
          ))}
        </ul>
      )}
      {matches.length > SHOWN ? <p className="hint">{t('generate.morePrompts', { count: matches.length - SHOWN })}</p> : null}
    </div>
  );
}
