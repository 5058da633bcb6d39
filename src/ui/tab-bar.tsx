import { useRef, type KeyboardEvent } from 'react';
import { useMessages } from './i18n/use-messages';

export interface TabDefinition<Id extends string> {
  readonly id: Id;
  readonly label: string;
  /** A short status after the label, e.g. the number of running jobs. */
  readonly badge?: string;
}

/**
 * The panel's sections as a row of quiet Spectrum action buttons in the WAI-ARIA tabs pattern: Premiere has no
 * built-in tab widget and Adobe wraps no SWC tabs, while action buttons exist in both runtimes. The selected one
 * is `selected`; arrow keys move between tabs, since UXP has no tab order of its own.
 */
export function TabBar<Id extends string>({
  tabs,
  active,
  onSelect,
}: {
  tabs: readonly TabDefinition<Id>[];
  active: Id;
  onSelect: (id: Id) => void;
}) {
  const { t } = useMessages();
  const buttons = useRef<(HTMLElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = (index + step + tabs.length) % tabs.length;
    onSelect(tabs[next]!.id);
    buttons.current[next]?.focus();
  };
  return (
    <div className="tab-bar" role="tablist" aria-label={t('panel.sections')}>
      {tabs.map((tab, index) => (
        <sp-action-button
          key={tab.id}
          ref={(element: HTMLElement | null) => {
            buttons.current[index] = element;
          }}
          quiet
          size="s"
          role="tab"
          id={`tab-${tab.id}`}
          selected={tab.id === active || undefined}
          // As text: React drops a `false` attribute on custom elements.
          aria-selected={tab.id === active ? 'true' : 'false'}
          aria-controls={`panel-${tab.id}`}
          tabIndex={tab.id === active ? 0 : -1}
          onClick={() => onSelect(tab.id)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {tab.label}
          {tab.badge == null ? null : <span className="tab-badge">{tab.badge}</span>}
        </sp-action-button>
      ))}
    </div>
  );
}
