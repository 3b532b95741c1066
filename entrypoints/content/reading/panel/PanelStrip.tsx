import { t } from '../../../../i18n/t.ts';

export type PanelStripProps = {
  /** How many points the page has. */
  total: number;
  onOpen: () => void;
  /** The strip's label and its button's name: the outline's by default, 笔记 on a page without one. */
  label?: string;
  openLabel?: string;
};

/**
 * The open panel on a window too narrow to dock it: a slim bar at the right
 * edge (the page makes room for it) with the tab's label and count; the reader
 * opens it over the page from here.
 */
export function PanelStrip({ total, onOpen, label = t('reading_tabLabel'), openLabel = t('reading_openPanel', total) }: PanelStripProps) {
  return (
    <aside class="strip" data-panel-strip aria-label={label}>
      <button type="button" class="strip-open" aria-label={openLabel} aria-expanded={false} onClick={onOpen}>
        <span class="strip-label">{label}</span>
        <span class="tab-count">{total}</span>
      </button>
    </aside>
  );
}
