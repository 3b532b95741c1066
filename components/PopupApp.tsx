import { t } from '../utils/i18n.ts';
import { useTabOutline } from '../utils/use-tab-outline.ts';
import { EmptyState } from './EmptyState.tsx';
import { OutlineView } from './OutlineView.tsx';

export type PopupAppProps = {
  /** The popup's `location.search`; `?tab=<id>` picks the tab to show. */
  search: string;
};

/** The toolbar popup: the outline of the active (or named) tab, or why there is none. */
export function PopupApp({ search }: PopupAppProps) {
  const state = useTabOutline(search);
  switch (state.status) {
    case 'loading':
      return <p class="status">{t('loading')}</p>;
    case 'error':
      return (
        <main class="empty" data-error-state>
          <h1 class="empty-title">{t('errorTitle')}</h1>
          <p class="status">{state.error}</p>
        </main>
      );
    case 'empty':
      return <EmptyState />;
    case 'ready':
      return <OutlineView outline={state.outline} />;
  }
}
