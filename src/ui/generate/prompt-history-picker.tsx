import { useState } from 'react';
import { searchPrompts } from './prompt-history';

/** How many matches are listed at once; the search narrows the rest. */
const SHOWN = 8;

/** Earlier prompts, searchable; choosing one fills the prompt field. Hidden until there is a history. */
export function PromptHistoryPicker({ history, onUse }: { history: readonly string[]; onUse: (prompt: string) => void }) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  if (history.length === 0) return null;
  const matches = searchPrompts(history, query);
  // A button, not <details>: UXP's HTML does not promise <details>, and the panel runs in both.
  const toggle = (
    <button type="button" className="quiet" aria-expanded={open} onClick={() => setOpen(!open)}>
      Earlier prompts ({history.length})
    </button>
  );
  if (!open) return <div className="row">{toggle}</div>;
  return (
    <div className="prompt-history" id="prompt-history">
      {toggle}
      <input
        type="search"
        name="prompt-history-search"
        aria-label="Search earlier prompts"
        placeholder="Search earlier prompts"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {matches.length === 0 ? (
        <p className="hint">No earlier prompt has all of these words.</p>
      ) : (
        <ul className="prompt-history-list">
          {matches.slice(0, SHOWN).map((prompt) => (
            <li key={prompt}>
              <button
                type="button"
                className="quiet"
                title={prompt}
                aria-label={`Use earlier prompt: ${prompt}`}
                onClick={() => onUse(prompt)}
              >
                {prompt}
              </button>
            </li>
          ))}
        </ul>
      )}
      {matches.length > SHOWN ? <p className="hint">{matches.length - SHOWN} more; search to narrow them.</p> : null}
    </div>
  );
}
