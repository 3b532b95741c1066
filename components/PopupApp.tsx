import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { extensionNotesApi, type NotesApi } from '../pages/notes-api.ts';
import { NotesPanel } from './NotesPanel.tsx';
import { OutlineTab } from './OutlineTab.tsx';
import { SavedOutlinesPanel } from './SavedOutlinesPanel.tsx';
import { TabBar } from './TabBar.tsx';
import { t } from '../i18n/t.ts';

/** The popup's three views. */
export type PopupView = 'outline' | 'notes' | 'saved';

export type PopupAppProps = {
  /** The popup's `location.search`: `?tab=<id>` picks the browser tab to show, `?view=notes|saved` the view. */
  search: string;
  api?: NotesApi;
};

/** The view named by `?view=`, or the outline. */
export function viewFromQuery(search: string): PopupView {
  const view = new URLSearchParams(search).get('view');
  return view === 'notes' || view === 'saved' ? view : 'outline';
}

/** The toolbar popup: this tab's outline, the reader's notes, and saved outlines. */
export function PopupApp({ search, api = extensionNotesApi }: PopupAppProps) {
  const [view, setView] = useState<PopupView>(() => viewFromQuery(search));
  const openLibrary = (view = '') => {
    void browser.tabs.create({ url: browser.runtime.getURL(view ? `/library.html?view=${view}` : '/library.html') });
    window.close();
  };
  return (
    <div class="popup">
      <nav class="popup-nav">
        <TabBar
          idPrefix="popup"
          current={view}
          onSelect={setView}
          tabs={[
            { key: 'outline', label: t('tabOutline') },
            { key: 'notes', label: t('tabNotes') },
            { key: 'saved', label: t('tabSaved') },
          ]}
        />
        <button type="button" class="icon-button" onClick={() => openLibrary()} title={t('openLibrary')} aria-label={t('openLibrary')}>
          ⤢
        </button>
      </nav>
      <div role="tabpanel" id={`popup-panel-${view}`} aria-labelledby={`popup-tab-${view}`} class="popup-panel">
        {view === 'outline' && <OutlineTab search={search} api={api} />}
        {view === 'notes' && <NotesPanel api={api} onOpenTrash={() => openLibrary('trash')} />}
        {view === 'saved' && <SavedOutlinesPanel api={api} />}
      </div>
    </div>
  );
}
