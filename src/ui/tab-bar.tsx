import { useRef, type KeyboardEvent } from 'react';

export interface TabDefinition<Id extends string> {
  readonly id: Id;
  readonly label: string;
  /** A short status after the label, e.g. the number of running jobs. */
  readonly badge?: string;
}

/**
 * Tabs as buttons in a row (UXP has no tab widget we can rely on). Arrow keys move between tabs,
 * as the WAI-ARIA tabs pattern expects, since UXP has no tab order of its own.
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
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = (index + step + tabs.length) % tabs.length;
    onSelect(tabs[next]!.id);
    buttons.current[next]?.focus();
  };
  return (
    <div className="tab-bar" role="tablist" aria-label="ClipRelay sections">
      {tabs.map((tab, index) => (
        <button
          key={tab.id}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          role="tab"
          id={`tab-${tab.id}`}
          aria-selected={tab.id === active}
          aria-controls={`panel-${tab.id}`}
          tabIndex={tab.id === active ? 0 : -1}
          className={tab.id === active ? 'tab active' : 'tab'}
          onClick={() => onSelect(tab.id)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {tab.label}
          {tab.badge == null ? null : <span className="tab-badge">{tab.badge}</span>}
        </button>
      ))}
    </div>
  );
}
