import type { TargetedKeyboardEvent } from 'preact';

/** One tab of a TabBar. */
export type TabItem<K extends string> = { key: K; label: string };

export type TabBarProps<K extends string> = {
  tabs: TabItem<K>[];
  current: K;
  onSelect: (key: K) => void;
  /** Prefix of the tab and panel ids (`${idPrefix}-tab-${key}`, `${idPrefix}-panel-${key}`). */
  idPrefix: string;
};

/** A row of tabs with the WAI-ARIA keyboard pattern: arrows, Home and End move between tabs. */
export function TabBar<K extends string>({ tabs, current, onSelect, idPrefix }: TabBarProps<K>) {
  const onKeyDown = (e: TargetedKeyboardEvent<HTMLDivElement>) => {
    const i = tabs.findIndex((t) => t.key === current);
    let next = -1;
    if (e.key === 'ArrowRight') next = (i + 1) % tabs.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + tabs.length) % tabs.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = tabs.length - 1;
    if (next < 0) return;
    e.preventDefault();
    const key = tabs[next]!.key;
    onSelect(key);
    e.currentTarget.querySelector<HTMLElement>(`#${idPrefix}-tab-${key}`)?.focus();
  };
  return (
    <div class="tab-bar" role="tablist" onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          type="button"
          role="tab"
          key={tab.key}
          id={`${idPrefix}-tab-${tab.key}`}
          aria-selected={tab.key === current}
          aria-controls={`${idPrefix}-panel-${tab.key}`}
          tabIndex={tab.key === current ? 0 : -1}
          class="tab"
          data-tab={tab.key}
          onClick={() => onSelect(tab.key)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
