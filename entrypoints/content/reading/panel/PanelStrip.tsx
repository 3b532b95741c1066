import { t } from '../../../../i18n/t.ts';

export type PanelStripProps = {
  /** How many points the page has. */
  total: number;
  onOpen: () => void;
};

/**
 * The open panel on a window too narrow to dock it: a slim bar at the right
 * edge (the page makes room for it) with the tab's label and count; the reader
 * opens it over the page from here.
 */
export function PanelStrip({ total, onOpen }: PanelStripProps) {
  return (
    <aside class="strip" data-panel-strip aria-label={t('reading_panelLabel')}>
      <button type="button" class="strip-open" aria-label={t('reading_openPanel', total)} aria-expanded={false} onClick={onOpen}>
        <span class="strip-label">{t('reading_tabLabel')}</span>
        <span class="tab-count">{total}</span>
      </button>
    </aside>
  );
}
