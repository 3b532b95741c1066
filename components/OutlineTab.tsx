import type { NotesApi } from '../pages/notes-api.ts';
import { useTabOutline } from '../hooks/use-tab-outline.ts';
import { RunOnPage } from './activation/RunOnPage.tsx';
import { EmptyState } from './EmptyState.tsx';
import { OutlineView } from './OutlineView.tsx';
import { SaveOutlineButton } from './SaveOutlineButton.tsx';
import { t } from '../i18n/t.ts';

export type OutlineTabProps = {
  /** The popup's `location.search`; `?tab=<id>` picks the tab to show. */
  search: string;
  api: NotesApi;
};

/** The popup's 本页提纲 tab: the outline of the active (or named) tab with a save button, or why there is none. */
export function OutlineTab({ search, api }: OutlineTabProps) {
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
      return (
        <>
          <EmptyState />
          {/* Off the curated sites: run once here, or always on this site (shows only for such http(s) pages). */}
          {state.tab && <RunOnPage tabId={state.tab.id} url={state.tab.url} onRan={(found) => found && state.reload()} />}
        </>
      );
    case 'ready':
      return <OutlineView outline={state.outline} actions={<SaveOutlineButton outline={state.outline} api={api} />} />;
  }
}
