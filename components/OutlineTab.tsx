import { useState } from 'preact/hooks';
import type { OutlinePoint } from '../core/index.ts';
import { isWebPage, type NotesApi } from '../pages/notes-api.ts';
import { useTabOutline } from '../hooks/use-tab-outline.ts';
import { RunOnPage } from './activation/RunOnPage.tsx';
import { EmptyState } from './EmptyState.tsx';
import { OutlineView } from './OutlineView.tsx';
import { PageNotesHere } from './PageNotesHere.tsx';
import { SaveOutlineButton } from './SaveOutlineButton.tsx';
import { t } from '../i18n/t.ts';

export type OutlineTabProps = {
  /** The popup's `location.search`; `?tab=<id>` picks the tab to show. */
  search: string;
  api: NotesApi;
};

/** The popup's 本页提纲 tab: the outline of the active (or named) tab — a click on a point scrolls the tab there — with a save button, or why there is none. */
export function OutlineTab({ search, api }: OutlineTabProps) {
  const state = useTabOutline(search);
  const [missed, setMissed] = useState(false);
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
          {/* Highlights and notes work on any web page: this one's are listed here. */}
          {state.tab?.url && isWebPage(state.tab.url) && <PageNotesHere url={state.tab.url} api={api} />}
        </>
      );
    case 'ready': {
      const tabId = state.tab.id;
      const show = (index: number, point: OutlinePoint) => void api.showPoint(tabId, index, point).then((shown) => setMissed(!shown));
      return (
        <>
          {missed && (
            <p class="error-banner" role="alert">
              {t('showPointFailed')}
            </p>
          )}
          <OutlineView outline={state.outline} actions={<SaveOutlineButton outline={state.outline} api={api} />} onSelectPoint={show} />
        </>
      );
    }
  }
}
