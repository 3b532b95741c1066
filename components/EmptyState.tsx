import { t } from '../i18n/t.ts';
import { curatedSitesText } from '../i18n/site-names.ts';

export type EmptyStateProps = Record<string, never>;

/** What the popup says on a page without a speech outline, and what to do instead. */
export function EmptyState(_props: EmptyStateProps) {
  return (
    <main class="empty" data-empty-state>
      <h1 class="empty-title">{t('emptyTitle')}</h1>
      <p>{t('emptyBody')}</p>
      <p class="empty-sites">{t('emptySites', curatedSitesText('fanwen'), curatedSitesText('official'))}</p>
    </main>
  );
}
